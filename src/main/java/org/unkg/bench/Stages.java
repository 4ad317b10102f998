package org.unkg.bench;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.jena.atlas.json.JsonArray;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.atlas.json.JsonValue;
import org.unkg.build.Readers;
import org.unkg.eval.PdfLikeRenderer;
import org.unkg.ingest.DocumentReader;
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
        sample = opt.limit == null || opt.limit >= all.size() ? all : spread(all, opt.limit);
        int max = opt.scales().get(opt.scales().size() - 1);
        say(sample.size() + " XML files; writing " + (max - 1) + " replicas under new symbols to " + dir);
        long t0 = System.nanoTime();
        replicas = Replicas.write(sample, opt.akn, sample == all, dir.resolve("replicas"), max, opt.threads);
        JsonObject o = new JsonObject();
        o.put("files", sample.size());
        o.put("bytes", replicas.bytes(1));
        o.put("replicaSeconds", Probe.num((System.nanoTime() - t0) / 1e9));
        o.put("replicasWithoutNewSymbol", replicas.unchanged());
        return o;
    }

    /** {@code n} files spread evenly over the sorted list, so every session and language is in. */
    static List<Path> spread(List<Path> all, int n) {
        List<Path> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            out.add(all.get((int) ((long) i * all.size() / n)));
        }
        return out;
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
            Pairs pairs = new Pairs(b, f);
            for (int i = 1; i < opt.repeat; i++) {
                say("XML build at " + scale + "x, repeat " + (i + 1) + " of " + opt.repeat);
                JsonObject bi = build("build-xml-" + scale + "-" + i, inputs, nt);
                pairs.add(bi, floor("floor-xml-" + scale + "-" + i, inputs, "xml", bi));
            }
            o.put("scale", scale);
            o.put("files", replicas.files(scale));
            o.put("inputBytes", replicas.bytes(scale));
            o.put("build", rates(b, replicas.bytes(scale)));
            o.put("floor", f);
            pairs.put(o);
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
        // the flags the launcher gives 'unkg build' (its heap, collector and class-data-sharing archive), so the child runs as a user's build
        return child.run(name, BuildProbe.class.getName(), Child.buildFlags(), a);
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

    /**
     * The build/floor pairs of one scale, run alternately: {@code build} and {@code floor} keep
     * the first pair's figures, {@code buildOverFloor} is the median of the pairs' ratios, and
     * every pair's seconds and ratio are listed ({@code pairs}) when there is more than one.
     */
    static final class Pairs {
        private final List<double[]> seconds = new ArrayList<>();

        Pairs(JsonObject build, JsonObject floor) {
            add(build, floor);
        }

        void add(JsonObject build, JsonObject floor) {
            seconds.add(new double[] {seconds(build), seconds(floor)});
        }

        double medianRatio() {
            double[] r = seconds.stream().mapToDouble(p -> p[0] / p[1]).sorted().toArray();
            int n = r.length;
            return n % 2 == 1 ? r[n / 2] : (r[n / 2 - 1] + r[n / 2]) / 2;
        }

        void put(JsonObject o) {
            o.put("buildOverFloor", Probe.num(medianRatio()));
            if (seconds.size() > 1) {
                JsonArray all = new JsonArray();
                for (double[] p : seconds) {
                    JsonObject e = new JsonObject();
                    e.put("buildSeconds", Probe.num(p[0]));
                    e.put("floorSeconds", Probe.num(p[1]));
                    e.put("ratio", Probe.num(p[0] / p[1]));
                    all.add(e);
                }
                o.put("pairs", all);
            }
        }
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
    static JsonObject flatness(JsonArray xml) {
        JsonObject first = xml.get(0).getAsObject();
        JsonObject last = xml.get(xml.size() - 1).getAsObject();
        JsonObject o = new JsonObject();
        o.put("fromScale", first.get("scale"));
        o.put("toScale", last.get("scale"));
        for (String k : List.of("peakRssBytes", "heapAfterGcMaxBytes", "heapPoolPeaksBytes",
                "heapOnlyAfterGcMaxBytes", "liveAfterFullGcMaxBytes")) {
            if (mem(first, k) >= 0 && mem(last, k) >= 0) {
                o.put(k + "Ratio", Probe.num(mem(last, k) / Math.max(1.0, mem(first, k))));
            }
        }
        return o;
    }

    /** A memory mark of one scale's build, or -1 when the result has none (older probes). */
    private static double mem(JsonObject scaleResult, String key) {
        JsonValue v = scaleResult.get("build").getAsObject().get("memory").getAsObject().get(key);
        return v == null ? -1 : v.getAsNumber().value().doubleValue();
    }

    /**
     * The same documents read by the AKN reader, rendered as PDF-like text by the evaluation's
     * {@link PdfLikeRenderer} (neutral file names, as the evaluation does), built through
     * whichever standard reader takes {@code .txt}; at every text scale, from the XML replicas
     * (each replica rendered once, into its own folder).
     */
    JsonArray text() throws Exception {
        ReferenceData ref = ReferenceData.load();
        List<DocumentReader> readers = Readers.standard(ref);
        TextRender renderer = new TextRender(ref, opt.threads);
        JsonArray arr = new JsonArray();
        List<Path> txtDirs = new ArrayList<>();
        long bytes = 0;
        int files = 0;
        int unrendered = 0;
        double renderSeconds = 0;
        double renderCpu = 0;
        for (int scale : opt.textScales()) {
            while (txtDirs.size() < scale) {
                int r = txtDirs.size();
                Path txtDir = Files.createDirectories(dir.resolve("text").resolve("r" + r));
                List<Path> xml = r == 0 ? sample : FloorProbe.files(List.of(replicas.inputs(r + 1).get(r)), ".xml");
                say("rendering " + xml.size() + " documents (replica " + r + ") as PDF-like text");
                long t0 = System.nanoTime();
                TextRender.Result done = renderer.render(xml, txtDir);
                renderSeconds += (System.nanoTime() - t0) / 1e9;
                renderCpu += done.cpuSeconds();
                bytes += done.bytes();
                files += done.rendered();
                unrendered += done.unrendered();
                txtDirs.add(txtDir);
            }
            List<Path> first = FloorProbe.files(List.of(txtDirs.get(0)), ".txt");
            if (files == 0 || first.isEmpty() || readers.stream().noneMatch(x -> x.accepts(first.get(0)))) {
                arr.add(BenchMain.skipped("no rendered text, or no standard reader accepts .txt"));
                return arr;
            }
            say("text build at " + scale + "x (" + files + " files)");
            Path nt = dir.resolve("out").resolve("graph-text.nt");
            JsonObject b = build("build-text-" + scale, txtDirs, nt);
            JsonObject f = floor("floor-text-" + scale, txtDirs, "txt", b);
            Pairs pairs = new Pairs(b, f);
            for (int i = 1; i < opt.repeat; i++) {
                say("text build at " + scale + "x, repeat " + (i + 1) + " of " + opt.repeat);
                JsonObject bi = build("build-text-" + scale + "-" + i, txtDirs, nt);
                pairs.add(bi, floor("floor-text-" + scale + "-" + i, txtDirs, "txt", bi));
            }
            Files.deleteIfExists(nt);
            JsonObject o = new JsonObject();
            o.put("scale", scale);
            o.put("renderer", PdfLikeRenderer.class.getName());
            o.put("renderSeconds", Probe.num(renderSeconds));
            o.put("renderCpuSeconds", Probe.num(renderCpu));
            o.put("renderCpuMsPerFile", Probe.num(renderCpu * 1e3 / Math.max(1, files + unrendered)));
            o.put("files", files);
            o.put("notRendered", unrendered);
            o.put("inputBytes", bytes);
            o.put("build", rates(b, bytes));
            o.put("floor", f);
            pairs.put(o);
            arr.add(o);
        }
        return arr;
    }

    /** The 1x graph into TDB2 with the project's loader and with Jena's tdb2.tdbloader. */
    JsonObject load() throws Exception {
        return new LoadStage(opt, dir, child, this::say).run(graph, graphTriples);
    }

    /** The graph to load when the XML build is not run: an N-Triples file, its triples counted by lines. */
    void useGraph(Path nt) throws IOException {
        graph = nt;
        try (java.util.stream.Stream<String> lines = Files.lines(nt, StandardCharsets.UTF_8)) {
            graphTriples = lines.filter(l -> !l.isBlank() && !l.startsWith("#")).count();
        }
    }

    /** Start time and query latency of the server on the store the project loaded, or on {@code store}. */
    JsonObject serve(Path store) throws Exception {
        return new ServeStage(opt, child, this::say).run(store != null ? store : dir.resolve("tdb-project"));
    }
}
