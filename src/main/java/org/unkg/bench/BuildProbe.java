package org.unkg.bench;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

import org.apache.jena.atlas.json.JsonObject;
import org.unkg.build.Build;
import org.unkg.build.Readers;
import org.unkg.rdf.OutputFormat;
import org.unkg.reference.ReferenceData;

/**
 * Child JVM: one real build ({@link Build} with {@link Readers#standard}) of the given folders
 * to N-Triples, then its counts, time and memory marks as a {@code BENCH-RESULT} line.
 * Run by {@link BenchMain} under a fixed {@code -Xmx}. The live heap is also sampled by a
 * forced full collection ({@link MemoryWatch#live}) at four points: reference data loaded
 * ({@code start}), the last document handed to the writer ({@code lastDocument}: the reading
 * phase's live data at its largest corpus), the merge's first output line ({@code merge}: every
 * chunk reader open) and after the build ({@code end}: what outlives it).
 *
 * <p>The three samples taken inside the timed build are stop-the-world full collections that a
 * user's build never does (and the floor does not either): their time is measured and left out of
 * {@code seconds} (0.3-1.1 s on the full sample), and reported as {@code forcedGcSeconds} beside
 * {@code secondsWithForcedGc}, the figure the benchmark reported until 2026-11-24.
 */
public final class BuildProbe {
    private BuildProbe() {
    }

    public static void main(String[] argv) throws Exception {
        Probe p = new Probe(argv);
        MemoryWatch mem = MemoryWatch.start();
        Path out = Path.of(p.get("out"));
        List<Path> inputs = p.all("input").stream().map(Path::of).toList();
        long t0 = System.nanoTime();
        ReferenceData ref = ReferenceData.load();
        AtomicLong forced = new AtomicLong();
        live(mem, "start", forced);
        AtomicInteger done = new AtomicInteger();
        AtomicBoolean merging = new AtomicBoolean();
        Build.Builder b = Build.create().inputs(inputs).output(out).format(OutputFormat.NT)
                .reference(ref).readers(Readers.standard(ref))
                .listener(e -> {
                    if (e.file() != null && done.incrementAndGet() == e.total()) {
                        live(mem, "lastDocument", forced);
                    }
                })
                .outputLines(l -> {
                    if (merging.compareAndSet(false, true)) {
                        live(mem, "merge", forced);
                    }
                });
        String threads = p.get("threads", null);
        if (threads != null) {
            b.threads(Integer.parseInt(threads));
        }
        Build.Result r = b.build().run();
        double withForced = (System.nanoTime() - t0) / 1e9;
        double seconds = withForced - forced.get() / 1e9;
        mem.live("end");
        JsonObject o = new JsonObject();
        o.put("documents", r.documents());
        o.put("skipped", r.skipped().size());
        if (!r.skipped().isEmpty()) {
            o.put("firstSkipped", underInput(r.skipped().get(0), inputs));
        }
        o.put("triples", r.triples());
        o.put("seconds", Probe.num(seconds));
        o.put("forcedGcSeconds", Probe.num(forced.get() / 1e9));
        o.put("secondsWithForcedGc", Probe.num(withForced));
        o.put("buildSeconds", Probe.num(r.seconds()));
        o.put("outputBytes", r.output() == null ? 0 : Files.size(r.output()));
        o.put("memory", mem.report());
        Probe.emit(o);
    }

    /** A forced live-heap sample ({@link MemoryWatch#live}), its time added to {@code forced}. */
    private static void live(MemoryWatch mem, String point, AtomicLong forced) {
        long t = System.nanoTime();
        mem.live(point);
        forced.addAndGet(System.nanoTime() - t);
    }

    /**
     * A build message as the results show it: a path under one of the inputs is written from that
     * input's folder name on (replicas live in a temporary folder), so no machine's folder is named.
     */
    static String underInput(String message, List<Path> inputs) {
        for (Path in : inputs) {
            Path abs = in.toAbsolutePath().normalize();
            for (String prefix : List.of(in.toString(), abs.toString())) {
                if (message.startsWith(prefix + File.separator)) {
                    Path name = abs.getFileName();
                    return (name == null ? "" : name + File.separator) + message.substring(prefix.length() + 1);
                }
            }
        }
        return message;
    }
}
