package org.unkg.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.unkg.eval.PdfLikeRenderer;
import org.unkg.ingest.AknExtract;
import org.unkg.ingest.AknReader;
import org.unkg.ingest.DocumentReader;
import org.unkg.model.DocumentRecord;
import org.unkg.reference.ReferenceData;

/**
 * Renders AKN files as the PDF-like text of {@link PdfLikeRenderer} for the bench's text path:
 * file {@code i} of a list becomes {@code doc-NNNNN.txt} (its index), so names and contents do
 * not depend on which worker renders which file. The files are read by the bare
 * {@link AknReader}: the standard reader also runs the State, organization and treaty
 * extractors on every record (about 40 % of a read), whose findings the renderer never prints.
 * At most a few files per worker are in flight at once, so memory does not grow with the list.
 *
 * <pre>{@code
 * TextRender.Result r = new TextRender(ReferenceData.load(), 2).render(xmlFiles, txtDir);
 * }</pre>
 */
final class TextRender {
    /** Files queued per worker beyond the one it renders: enough to keep both cores busy. */
    private static final int AHEAD = 8;

    private final DocumentReader akn;
    private final int threads;

    TextRender(ReferenceData ref, int threads) {
        this.akn = new AknReader(ref, AknExtract.none());
        this.threads = Math.max(1, threads);
    }

    /** What a folder's rendering gave: bytes written, files rendered and refused, CPU of the workers. */
    record Result(long bytes, int rendered, int unrendered, double cpuSeconds) {
    }

    /** One file's outcome: whether it was rendered, its size and the CPU it took. */
    private record One(boolean rendered, long bytes, long cpuNanos) {
    }

    /** Renders {@code xml.get(i)} to {@code txtDir/doc-<i>.txt}, on {@code threads} workers. */
    Result render(List<Path> xml, Path txtDir) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            Deque<Future<One>> inFlight = new ArrayDeque<>();
            long bytes = 0;
            long cpu = 0;
            int rendered = 0;
            for (int i = 0; i < xml.size() || !inFlight.isEmpty(); ) {
                if (i < xml.size() && inFlight.size() < threads * AHEAD) {
                    Path in = xml.get(i);
                    Path txt = txtDir.resolve(String.format(Locale.ROOT, "doc-%05d.txt", i));
                    inFlight.add(pool.submit(() -> one(in, txt)));
                    i++;
                    continue;
                }
                One o = inFlight.poll().get();
                bytes += o.bytes();
                cpu += o.cpuNanos();
                rendered += o.rendered() ? 1 : 0;
            }
            return new Result(bytes, rendered, xml.size() - rendered, cpu / 1e9);
        } finally {
            pool.shutdownNow();
        }
    }

    /**
     * Renders one XML file to text. Not rendered: a file the AKN reader does not take or
     * refuses (a runtime failure), or a language without a rendering.
     */
    private One one(Path xml, Path txt) throws IOException {
        ThreadMXBean mx = ManagementFactory.getThreadMXBean();
        long c0 = mx.getCurrentThreadCpuTime();
        boolean ok = false;
        long size = 0;
        try {
            DocumentRecord d = akn.accepts(xml) ? akn.read(xml) : null;
            if (d != null && d.language() != null && PdfLikeRenderer.supports(d.language())) {
                Files.writeString(txt, new PdfLikeRenderer().render(d), StandardCharsets.UTF_8);
                size = Files.size(txt);
                ok = true;
            }
        } catch (RuntimeException e) {
            ok = false;
        }
        return new One(ok, size, mx.getCurrentThreadCpuTime() - c0);
    }
}
