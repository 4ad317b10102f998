package org.unkg.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.apache.jena.atlas.json.JsonObject;
import org.unkg.build.Build;
import org.unkg.build.Readers;
import org.unkg.rdf.OutputFormat;
import org.unkg.reference.ReferenceData;

/**
 * Child JVM: one real build ({@link Build} with {@link Readers#standard}) of the given folders
 * to N-Triples, then its counts, time and memory marks as a {@code BENCH-RESULT} line.
 * Run by {@link BenchMain} under a fixed {@code -Xmx}.
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
        Build.Builder b = Build.create().inputs(inputs).output(out).format(OutputFormat.NT)
                .reference(ref).readers(Readers.standard(ref));
        String threads = p.get("threads", null);
        if (threads != null) {
            b.threads(Integer.parseInt(threads));
        }
        Build.Result r = b.build().run();
        double seconds = (System.nanoTime() - t0) / 1e9;
        JsonObject o = new JsonObject();
        o.put("documents", r.documents());
        o.put("skipped", r.skipped().size());
        if (!r.skipped().isEmpty()) {
            o.put("firstSkipped", r.skipped().get(0));
        }
        o.put("triples", r.triples());
        o.put("seconds", Probe.num(seconds));
        o.put("buildSeconds", Probe.num(r.seconds()));
        o.put("outputBytes", r.output() == null ? 0 : Files.size(r.output()));
        o.put("memory", mem.report());
        Probe.emit(o);
    }
}
