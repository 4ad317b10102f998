package org.unkg.bench;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonArray;
import org.apache.jena.atlas.json.JsonObject;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * The benchmark driver: on the AKN sample (replicated under new symbols up to the largest
 * scale), measures the XML build (throughput, peak memory) at each scale beside a floor of a
 * bare StAX pass plus a streaming N-Triples write of as many triples; the text path on the same
 * documents rendered as text; the TDB2 load beside Jena's {@code tdb2.tdbloader}; and the
 * latency of every canned query on the embedded server beside {@code ASK {}}. Every heavy step
 * runs in its own JVM with a fixed heap. Results go to {@code results/<timestamp>.json} and
 * {@code results/latest.json}; a markdown table goes to stdout.
 *
 * <pre>{@code
 * java -cp target/unkg.jar org.unkg.bench.BenchMain --akn ../shared/akn --scale 1,10 --results bench/results
 * }</pre>
 */
@Command(name = "bench", mixinStandardHelpOptions = true, description = "Benchmarks of unkg, each beside a baseline.")
public final class BenchMain implements Callable<Integer> {
    /** Version of the results schema (bench/README.md). */
    public static final int SCHEMA = 1;

    @Option(names = "--akn", description = "The AKN sample folder (default: ../shared/akn).")
    Path akn = Path.of("..", "shared", "akn");

    @Option(names = "--scale", split = ",", description = "Scale factors (default: 1,10; 40 gives ~100,000 files).")
    List<Integer> scales = List.of(1, 10);

    @Option(names = "--text-scales", split = ",", description = "Scales of the text path, each at most the largest --scale (default: 1).")
    List<Integer> textScales = List.of(1);

    @Option(names = "--repeat", description = "Build and floor runs per scale, alternating (default: 1); the ratio"
            + " reported is the median of the pairs' ratios, every pair's figures are kept.")
    int repeat = 1;

    @Option(names = "--limit", description = "Use only N XML files of the sample, spread evenly over its folders.")
    Integer limit;

    @Option(names = "--results", description = "Where the JSON results go (default: bench/results).")
    Path results = Path.of("bench", "results");

    @Option(names = "--work", description = "Folder for replicas, outputs and stores (default: the temp dir).")
    Path work;

    @Option(names = "--keep", description = "Keep the work folder.")
    boolean keep;

    @Option(names = "--xmx", description = "Heap of every child JVM but the build's, which gets the launcher's"
            + " build flags (Child.BUILD_FLAGS: -Xmx384m, the serial collector and smaller inlining limits; or UNKG_JAVA_OPTS) (default: ${DEFAULT-VALUE}).")
    String xmx = "1g";

    @Option(names = "--threads", description = "Build threads (default: all cores).")
    int threads = Runtime.getRuntime().availableProcessors();

    @Option(names = "--jena-cmds", description = "The jena-cmds jar, for tdb2.tdbloader (skipped when absent).")
    Path jenaCmds;

    @Option(names = "--loader", description = "TDB2 loader of the project side: project (Stores.tdbFrom, as unkg serve), or jena-tdb2's parallel, phased, sequential, basic (default: ${DEFAULT-VALUE}).")
    String loader = "project";

    @Option(names = "--clients", split = ",", description = "Concurrent query clients (default: 1,8).")
    List<Integer> clients = List.of(1, 8);

    @Option(names = "--requests", description = "Measured requests per query per client level (default: ${DEFAULT-VALUE};"
            + " results before 2026-11-24 05:30 used 50, whose nearest-rank p99 is the slowest).")
    int requests = 200;

    @Option(names = "--warmup", paramLabel = "SECONDS", description = "Unmeasured rounds of ASK {} and every canned query,"
            + " by the largest number of clients, after the cold requests and before any measured figure (default: ${DEFAULT-VALUE};"
            + " at least one round).")
    int warmup = 15;

    @Option(names = "--server-cache", paramLabel = "off|on|both", description = "The server's response cache (unkg serve --cache):"
            + " off (the engine's figures, the ones judged), on, or both (two servers, one after the other; default: ${DEFAULT-VALUE}).")
    String serverCache = "off";

    @Option(names = "--cache-mb", paramLabel = "MB", description = "Size of the response cache when it is on (default: ${DEFAULT-VALUE}).")
    long cacheMb = 64;

    @Option(names = "--server-log", paramLabel = "info|warn", description = "Level of Fuseki's per-request log in the server"
            + " (info: unkg serve's default, four lines a request; warn: none; default: ${DEFAULT-VALUE}).")
    String serverLog = "info";

    @Option(names = "--budget", description = "Seconds after which a query at one client level starts no more requests (default: ${DEFAULT-VALUE}).")
    int budget = 10;

    @Option(names = "--skip", split = ",", description = "Stages to skip: text, load, serve.")
    List<String> skip = List.of();

    @Option(names = "--stages", split = ",", description = "Stages to run: xml, text, load, serve (default: all). "
            + "load without xml needs --graph; serve without load needs --store.")
    List<String> stages = List.of("xml", "text", "load", "serve");

    @Option(names = "--graph", paramLabel = "FILE", description = "N-Triples graph to load when the xml stage is not run.")
    Path graph;

    @Option(names = "--store", paramLabel = "DIR", description = "Loaded TDB2 store to serve when the load stage is not run "
            + "(used as is, never modified).")
    Path store;

    @Option(names = "--scan-start", description = "Also measure a server start that computes the VoID description by "
            + "scanning the store (what a store loaded without a stored description costs).")
    boolean scanStart;

    @Option(names = "--launcher", paramLabel = "FILE", description = "The unkg launcher script: the server is started "
            + "through it, as a user starts it (bench/run gives it; without it, java -jar).")
    Path launcher;

    @Option(names = "--report", paramLabel = "FILE", description = "Only print the markdown table of an earlier results file.")
    Path report;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    public static void main(String[] args) {
        System.exit(new CommandLine(new BenchMain()).execute(args));
    }

    @Override
    public Integer call() throws Exception {
        PrintWriter out = new PrintWriter(System.out, true, StandardCharsets.UTF_8);
        if (!List.of("off", "on", "both").contains(serverCache) || !List.of("info", "warn").contains(serverLog)) {
            throw new CommandLine.ParameterException(spec.commandLine(),
                    "--server-cache takes off, on or both; --server-log takes info or warn");
        }
        int largest = scales().get(scales().size() - 1);
        if (textScales.stream().anyMatch(t -> t > largest)) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--text-scales " + textScales
                    + " goes beyond the largest --scale (" + largest + "): the text path renders the replicas"
                    + " the XML scales make; add the scale to --scale (e.g. --scale 1," + Collections.max(textScales) + ")");
        }
        if (report != null) {
            out.println(Report.markdown(JSON.read(report.toString())));
            return 0;
        }
        if (!Files.isDirectory(akn) && stages.contains("xml")) {
            out.println("bench: skipped, the AKN sample is not at " + akn.toAbsolutePath()
                    + " (give --akn DIR; it is ../shared/akn in the project's layout)");
            return 0;
        }
        Instant start = Instant.now();
        Path dir = work != null ? Files.createDirectories(work) : Files.createTempDirectory("unkg-bench-");
        Child child = new Child(xmx, dir.resolve("logs"));
        JsonObject r = header(start);
        try {
            Stages s = new Stages(this, dir, child, out);
            if (runs("xml")) {
                r.put("sample", s.sample());
                r.put("xml", s.xml());
                r.put("memory", Stages.flatness(r.get("xml").getAsArray()));
            } else if (graph != null) {
                s.useGraph(graph);
            }
            if (!runs("text")) {
                r.put("text", skipped("not run (--stages / --skip)"));
            } else {
                if (!runs("xml")) {
                    r.put("sample", s.sample());
                }
                JsonArray text = s.text();
                r.put("text", text.get(0));
                r.put("textScales", text);
                if (text.size() > 1 && !text.get(0).getAsObject().hasKey("skipped")) {
                    r.put("textMemory", Stages.flatness(text));
                }
            }
            boolean load = runs("load") && (runs("xml") || graph != null);
            r.put("load", load ? s.load() : skipped("not run (--stages / --skip; without xml it needs --graph)"));
            boolean serve = runs("serve") && (load || store != null);
            r.put("serve", serve ? s.serve(load ? null : store)
                    : skipped("not run (--stages / --skip; without load it needs --store)"));
        } finally {
            r.put("finishedAt", Instant.now().toString());
            r.put("loadAverageAtEnd", loadAverage());
            if (!keep) {
                Replicas.delete(dir);
            }
        }
        Path saved = save(r, start);
        out.println();
        out.println(Report.markdown(r));
        out.println("results: " + saved);
        return 0;
    }

    private boolean runs(String stage) {
        return stages.contains(stage) && !skip.contains(stage);
    }

    List<Integer> scales() {
        return scales.stream().distinct().sorted().toList();
    }

    /** The text scales, each at least 1 (call() refuses one beyond the largest XML scale). */
    List<Integer> textScales() {
        return textScales.stream().map(s -> Math.max(1, s)).distinct().sorted().toList();
    }

    private JsonObject header(Instant start) {
        JsonObject r = new JsonObject();
        r.put("schema", SCHEMA);
        r.put("startedAt", start.toString());
        JsonObject host = new JsonObject();
        host.put("cores", Runtime.getRuntime().availableProcessors());
        host.put("java", System.getProperty("java.version"));
        host.put("os", System.getProperty("os.name") + " " + System.getProperty("os.version"));
        host.put("loadAverageAtStart", loadAverage());
        r.put("host", host);
        JsonObject cfg = new JsonObject();
        cfg.put("akn", Probe.shown(akn.toAbsolutePath().toString()));
        JsonArray sc = new JsonArray();
        scales().forEach(sc::add);
        cfg.put("scales", sc);
        JsonArray ts = new JsonArray();
        textScales().forEach(ts::add);
        cfg.put("textScales", ts);
        if (limit != null) {
            cfg.put("limit", limit);
        }
        cfg.put("childHeap", xmx);
        // the build child's own flags (the launcher's for 'unkg build'), which override childHeap
        cfg.put("buildJvmFlags", String.join(" ", Child.buildJvmFlags()));
        cfg.put("buildThreads", threads);
        cfg.put("loader", loader);
        cfg.put("requests", requests);
        cfg.put("budgetSeconds", budget);
        JsonArray cl = new JsonArray();
        clients.forEach(cl::add);
        cfg.put("clients", cl);
        cfg.put("warmupSeconds", warmup);
        cfg.put("warmupRequestsPerQueryLevel", ServeStage.WARMUP);
        cfg.put("http", "HTTP/1.1, connections kept alive");
        cfg.put("serverCache", serverCache);
        cfg.put("cacheMb", cacheMb);
        cfg.put("serverLog", serverLog);
        r.put("config", cfg);
        return r;
    }

    static JsonObject skipped(String why) {
        JsonObject o = new JsonObject();
        o.put("skipped", why);
        return o;
    }

    static String loadAverage() {
        try {
            return Files.readString(Path.of("/proc/loadavg"), StandardCharsets.UTF_8).strip();
        } catch (IOException e) {
            return "unknown";
        }
    }

    private Path save(JsonObject r, Instant start) throws IOException {
        Files.createDirectories(results);
        String stamp = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'", Locale.ROOT).withZone(ZoneOffset.UTC).format(start);
        boolean whole = runs("xml") && runs("load") && runs("serve");
        // a partial run (--stages) is saved under its stages' names and does not replace latest.json
        String prefix = whole ? "" : String.join("-", stages.stream().filter(this::runs).toList()) + "-";
        Path file = results.resolve(prefix + stamp + ".json");
        try (OutputStream os = Files.newOutputStream(file)) {
            JSON.write(os, r);
            os.write('\n');
        }
        if (whole) {
            Files.copy(file, results.resolve("latest.json"), StandardCopyOption.REPLACE_EXISTING);
        } else {
            Files.copy(file, results.resolve(prefix + "latest.json"), StandardCopyOption.REPLACE_EXISTING);
        }
        return file;
    }

    static List<String> inputArgs(List<Path> inputs) {
        List<String> a = new ArrayList<>();
        for (Path p : inputs) {
            a.add("--input");
            a.add(p.toString());
        }
        return a;
    }
}
