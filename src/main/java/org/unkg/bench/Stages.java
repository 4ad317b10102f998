package org.unkg.bench;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.jena.atlas.json.JsonArray;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.atlas.json.JsonValue;
import org.unkg.build.Readers;
import org.unkg.reference.ReferenceData;

/** The measuring steps of one benchmark run, in order; each returns its part of the results. */
final class Stages {
    private final BenchMain opt;
    private final Path dir;
    private final Child child;
    private final PrintWriter out;
    private Replicas replicas;
    private List<Path> sample;
    private Path graph;
    private long graphTriples;

    Stages(BenchMain opt, Path dir, Child child, PrintWriter out) {
        this.opt = opt;
        this.dir = dir;
        this.child = child;
        this.out = out;
    }

    private void say(String s) {
        out.println("bench: " + s);
        out.flush();
    }

    /** Lists the sample and writes the replicas of the largest scale. */
    JsonObject sample() throws IOException {
        List<Path> all = FloorProbe.files(List.of(opt.akn), ".xml");
        sample = opt.limit == null ? all : all.subList(0, Math.min(opt.limit, all.size()));
        int max = opt.scales().get(opt.scales().size() - 1);
        say(sample.size() + " XML files; writing " + (max - 1) + " replicas under new symbols to " + dir);
        long t0 = System.nanoTime();
        replicas = Replicas.write(sample, opt.akn, opt.limit == null, dir.resolve("replicas"), max);
        JsonObject o = new JsonObject();
        o.put("files", sample.size());
        o.put("bytes", replicas.bytes(1));
        o.put("replicaSeconds", Probe.num((System.nanoTime() - t0) / 1e9));
        o.put("replicasWithoutNewSymbol", replicas.unchanged());
        return o;
    }

    /** The XML build and its floor at every scale. */
    JsonArray xml() throws Exception {
        JsonArray arr = new JsonArray();
        Path outDir = Files.createDirectories(dir.resolve("out"));
        for (int scale : opt.scales()) {
            List<Path> inputs = replicas.inputs(scale);
            Path nt = outDir.resolve("graph-" + scale + ".nt");
            say("XML build at " + scale + "x (" + replicas.files(scale) + " files)");
            JsonObject b = build("build-xml-" + scale, inputs, nt);
            JsonObject f = floor("floor-xml-" + scale, inputs, "xml", b);
            JsonObject o = new JsonObject();
            o.put("scale", scale);
            o.put("files", replicas.files(scale));
            o.put("inputBytes", replicas.bytes(scale));
            o.put("build", rates(b, replicas.bytes(scale)));
            o.put("floor", f);
            o.put("buildOverFloor", Probe.num(seconds(b) / seconds(f)));
            arr.add(o);
            if (graph == null) {
                graph = nt;
                graphTriples = b.get("triples").getAsNumber().value().longValue();
            } else {
                Files.deleteIfExists(nt);
            }
        }
        return arr;
    }

    private JsonObject build(String name, List<Path> inputs, Path nt) throws Exception {
        List<String> a = new ArrayList<>(List.of("--out", nt.toString(), "--threads", Integer.toString(opt.threads)));
        a.addAll(BenchMain.inputArgs(inputs));
        return child.run(name, BuildProbe.class.getName(), a);
    }

    private JsonObject floor(String name, List<Path> inputs, String ext, JsonObject build) throws Exception {
        long triples = build.get("triples").getAsNumber().value().longValue();
        long bytes = build.get("outputBytes").getAsNumber().value().longValue();
        int line = triples == 0 ? 100 : (int) Math.max(20, bytes / triples);
        Path nt = dir.resolve("out").resolve("floor.nt");
        List<String> a = new ArrayList<>(List.of("--out", nt.toString(), "--threads", Integer.toString(opt.threads),
                "--ext", ext, "--triples", Long.toString(triples), "--line-bytes", Integer.toString(line)));
        a.addAll(BenchMain.inputArgs(inputs));
        JsonObject f = child.run(name, FloorProbe.class.getName(), a);
        Files.deleteIfExists(nt);
        return f;
    }

    private static double seconds(JsonObject o) {
        return o.get("seconds").getAsNumber().value().doubleValue();
    }

    static JsonObject rates(JsonObject b, long inputBytes) {
        double s = b.get("seconds").getAsNumber().value().doubleValue();
        b.put("documentsPerSecond", Probe.num(b.get("documents").getAsNumber().value().doubleValue() / s));
        b.put("megabytesPerSecond", Probe.num(inputBytes / 1e6 / s));
        b.put("triplesPerSecond", Probe.num(b.get("triples").getAsNumber().value().doubleValue() / s));
        return b;
    }

    /** How memory grew from the smallest to the largest scale. */
    JsonObject flatness(JsonArray xml) {
        JsonObject first = xml.get(0).getAsObject();
        JsonObject last = xml.get(xml.size() - 1).getAsObject();
        JsonObject o = new JsonObject();
        o.put("fromScale", first.get("scale"));
        o.put("toScale", last.get("scale"));
        for (String k : List.of("peakRssBytes", "heapAfterGcMaxBytes", "heapPoolPeaksBytes")) {
            o.put(k + "Ratio", Probe.num(mem(last, k) / Math.max(1.0, mem(first, k))));
        }
        return o;
    }

    private static double mem(JsonObject scaleResult, String key) {
        JsonValue v = scaleResult.get("build").getAsObject().get("memory").getAsObject().get(key);
        return v.getAsNumber().value().doubleValue();
    }

    /** The same documents rendered as text, built through whichever standard reader takes .txt. */
    JsonObject text() throws Exception {
        Path txtDir = dir.resolve("text");
        long t0 = System.nanoTime();
        long bytes = 0;
        for (Path f : sample) {
            Path t = txtDir.resolve(opt.akn.relativize(f).toString().replaceAll("\\.xml$", ".txt"));
            TextRender.render(f, t);
            bytes += Files.size(t);
        }
        double renderSeconds = (System.nanoTime() - t0) / 1e9;
        Path probe = FloorProbe.files(List.of(txtDir), ".txt").get(0);
        ReferenceData ref = ReferenceData.load();
        if (Readers.standard(ref).stream().noneMatch(r -> r.accepts(probe))) {
            say("text path skipped: no reader in Readers.standard accepts .txt yet");
            return BenchMain.skipped("no reader in Readers.standard accepts .txt (text reader not merged)");
        }
        say("text build at 1x (" + sample.size() + " files)");
        Path nt = dir.resolve("out").resolve("graph-text.nt");
        JsonObject b = build("build-text", List.of(txtDir), nt);
        JsonObject f = floor("floor-text", List.of(txtDir), "txt", b);
        Files.deleteIfExists(nt);
        JsonObject o = new JsonObject();
        o.put("scale", 1);
        o.put("renderer", "org.unkg.bench.TextRender (the benchmark's own)");
        o.put("renderSeconds", Probe.num(renderSeconds));
        o.put("files", sample.size());
        o.put("inputBytes", bytes);
        o.put("build", rates(b, bytes));
        o.put("floor", f);
        o.put("buildOverFloor", Probe.num(seconds(b) / seconds(f)));
        return o;
    }

    /** The 1x graph into TDB2 with the project's loader and with Jena's tdb2.tdbloader. */
    JsonObject load() throws Exception {
        return new LoadStage(opt, dir, child, this::say).run(graph, graphTriples);
    }

    /** Start time and query latency of the server on the store the project loaded. */
    JsonObject serve() throws Exception {
        return new ServeStage(opt, child, this::say).run(dir.resolve("tdb-project"));
    }
}
