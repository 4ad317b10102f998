package org.unkg.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonArray;
import org.apache.jena.atlas.json.JsonObject;
import org.unkg.UnkgException;
import org.unkg.serve.CannedQueries;
import org.unkg.serve.CannedQuery;

/**
 * The server on the loaded store: its start (in a fresh JVM, from the launch to the first answer)
 * and the latency of every canned query (parameters at their defaults) beside {@code ASK {}} on
 * the same server, at each number of concurrent clients. The server is started as a user starts
 * it: {@code unkg serve --tdb DIR} through the launcher script (which maps the class-data-sharing
 * archive it keeps for serve; when that archive is missing or stale, a first start records it and
 * is reported apart), and also as a plain {@code java -jar unkg.jar serve}. Each query's very
 * first request is timed on its own ({@code coldMs}); then a warm-up brings the server to its
 * steady state before any measured figure. With {@code --server-cache both} a second server, with
 * the response cache on, is measured the same way ({@code cacheOn}).
 */
final class ServeStage {
    private static final String ASK = "ASK {}";
    /** Unmeasured requests of a query just before its measured ones, at each client level. */
    static final int WARMUP = 2;
    /**
     * slf4j-simple's properties for the levels of Fuseki's action log (three INFO lines a
     * request) and of its request log (one line a request, NCSA format).
     */
    static final List<String> FUSEKI_LOGS = List.of("org.slf4j.simpleLogger.log.org.apache.jena.fuseki.Fuseki",
            "org.slf4j.simpleLogger.log.org.apache.jena.fuseki.Request");
    private static final Pattern SERVING = Pattern.compile("serving on http://[^ ]*:(\\d+)/");
    private static final Pattern READY = Pattern.compile(
            "ready: graph opened in ([0-9.]+) s, server built and started in ([0-9.]+) s");

    private final BenchMain opt;
    private final Child child;
    private final Consumer<String> say;

    ServeStage(BenchMain opt, Child child, Consumer<String> say) {
        this.opt = opt;
        this.child = child;
        this.say = say;
    }

    JsonObject run(Path store) throws Exception {
        JsonObject o = new JsonObject();
        if (opt.scanStart) {
            say.accept("server start on the loaded store, VoID description computed by scanning the store");
            Process q = probe(store, "computed", "serve-void-computed");
            try {
                o.put("startScanningStore", probeReady(q, "serve-void-computed"));
            } finally {
                stopProbe(q);
            }
        }
        if (opt.launcher != null && !archiveFresh()) {
            say.accept("first server start after the build: the launcher records its class-data-sharing archive");
            JsonObject first = launch(store, true, "serve-first");
            o.put("startFirstAfterBuild", first);
        }
        say.accept("server start on the loaded store, as java -jar unkg.jar serve --tdb (no archive)");
        o.put("startPlainJar", launch(store, false, "serve-plain"));
        boolean off = !opt.serverCache.equals("on");
        boolean on = !opt.serverCache.equals("off");
        if (off) {
            say.accept("server start on the loaded store, as unkg serve --tdb (response cache off)");
            measured(o, store, 0);
        }
        if (on) {
            say.accept("server start on the loaded store, as unkg serve --tdb --cache " + opt.cacheMb);
            JsonObject c = off ? new JsonObject() : o;
            measured(c, store, opt.cacheMb);
            if (off) {
                o.put("cacheOn", c);
            }
        }
        return o;
    }

    /**
     * Starts the server (with a response cache of {@code cacheMb} MB, 0: none) and measures it
     * into {@code o}: its start, then each canned query's very first request ({@code coldMs}), then
     * the warm-up, then {@code ASK {}} and every query at each client level.
     */
    private void measured(JsonObject o, Path store, long cacheMb) throws Exception {
        List<String> cmd = command(store, true, cacheMb);
        long t0 = System.nanoTime();
        Process p = start(cmd, cacheMb > 0 ? "serve-cache" : "serve");
        try {
            JsonObject ready = ready(p, t0, cacheMb > 0 ? "serve-cache" : "serve", cmd);
            int port = ready.get("port").getAsNumber().value().intValue();
            Latency lat = new Latency(URI.create("http://127.0.0.1:" + port + "/unkg/sparql"), Duration.ofSeconds(60));
            o.put("start", ready);
            o.put("cacheMb", cacheMb);
            o.put("serverLog", opt.serverLog);
            List<CannedQuery> canned = CannedQueries.bundled().all();
            Map<String, String> texts = new LinkedHashMap<>();
            Map<String, JsonObject> entries = new LinkedHashMap<>();
            // each query's very first request, before any other request of it: the cost of a query
            // not in the cache, on a server whose JIT has seen only the queries before it
            for (CannedQuery cq : canned) {
                JsonObject e = new JsonObject();
                e.put("name", cq.name());
                entries.put(cq.name(), e);
                try {
                    String text = cq.bind(Map.of()).toString();
                    long c0 = System.nanoTime();
                    int status = lat.send(text);
                    e.put("coldMs", Probe.num((System.nanoTime() - c0) / 1e6));
                    e.put("coldStatus", status);
                    texts.put(cq.name(), text);
                } catch (IOException | RuntimeException ex) {
                    e.put("error", String.valueOf(ex.getMessage()));
                }
            }
            List<String> round = new ArrayList<>();
            round.add(ASK);
            round.addAll(texts.values());
            int most = opt.clients.stream().mapToInt(Integer::intValue).max().orElse(1);
            say.accept("warm-up: rounds of ASK {} and every query by " + most + " clients for " + opt.warmup + " s");
            o.put("warmup", lat.warmup(round, most, Duration.ofSeconds(opt.warmup)));
            o.put("baseline", levels(lat, ASK));
            JsonArray qs = new JsonArray();
            for (JsonObject e : entries.values()) {
                String name = e.get("name").getAsString().value();
                if (texts.containsKey(name)) {
                    say.accept("query " + name);
                    try {
                        e.put("levels", levels(lat, texts.get(name)));
                    } catch (IOException | RuntimeException ex) {
                        e.put("error", String.valueOf(ex.getMessage()));
                    }
                }
                qs.add(e);
            }
            o.put("queries", qs);
        } finally {
            stop(p);
        }
    }

    /** The jar this bench runs from (bench/run puts only it on the class path). */
    private static Path jar() {
        return Path.of(System.getProperty("java.class.path").split(java.io.File.pathSeparator)[0]);
    }

    /** Whether the launcher's archive ({@code target/unkg.jsa}) exists and is newer than the jar, so it will be used. */
    private static boolean archiveFresh() throws IOException {
        Path jsa = jar().resolveSibling("unkg.jsa");
        return Files.isRegularFile(jsa) && Files.getLastModifiedTime(jsa).compareTo(Files.getLastModifiedTime(jar())) > 0;
    }

    /**
     * {@code unkg serve --tdb DIR --port 0} through the launcher (or plain {@code java -jar}), with
     * {@code --cache MB} when {@code cacheMb} is over 0.
     */
    private List<String> command(Path store, boolean viaLauncher, long cacheMb) {
        List<String> cmd = new ArrayList<>();
        if (viaLauncher && opt.launcher != null) {
            cmd.add(opt.launcher.toString());
        } else {
            cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
            cmd.addAll(jvmOptions());
            cmd.addAll(List.of("-jar", jar().toString()));
        }
        cmd.addAll(List.of("serve", "--tdb", store.toString(), "--port", "0"));
        if (cacheMb > 0) {
            cmd.addAll(List.of("--cache", String.valueOf(cacheMb)));
        }
        return cmd;
    }

    /**
     * The server JVM's options: the bench's heap and, with {@code --server-log warn}, Fuseki's
     * per-request logs raised to WARN, as {@code UNKG_JAVA_OPTS} lets any user do.
     */
    private List<String> jvmOptions() {
        List<String> o = new ArrayList<>(List.of("-Xmx" + opt.xmx));
        if (opt.serverLog.equals("warn")) {
            FUSEKI_LOGS.forEach(l -> o.add("-D" + l + "=warn"));
        }
        return o;
    }

    private Process start(List<String> cmd, String name) throws IOException {
        ProcessBuilder b = child.builder(cmd, name);
        b.environment().put("UNKG_JAVA_OPTS", String.join(" ", jvmOptions()));
        return b.start();
    }

    /** Starts the server, waits for its first answer, stops it: the start figures. */
    private JsonObject launch(Path store, boolean viaLauncher, String name) throws Exception {
        List<String> cmd = command(store, viaLauncher, 0);
        long t0 = System.nanoTime();
        Process p = start(cmd, name);
        try {
            return ready(p, t0, name, cmd);
        } finally {
            stop(p);
        }
    }

    /** Waits for the server's "serving on" line and its first answer to {@code ASK {}}; the start figures. */
    private JsonObject ready(Process p, long t0, String name, List<String> cmd) throws Exception {
        BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8));
        int port = -1;
        for (String l; port < 0 && (l = r.readLine()) != null; ) {
            Matcher m = SERVING.matcher(l);
            if (m.find()) {
                port = Integer.parseInt(m.group(1));
            }
        }
        if (port < 0) {
            throw new UnkgException("server did not start:\n" + Child.tail(child.log(name)));
        }
        int code = new Latency(URI.create("http://127.0.0.1:" + port + "/unkg/sparql"), Duration.ofSeconds(60)).send(ASK);
        double wall = (System.nanoTime() - t0) / 1e9;
        JsonObject o = new JsonObject();
        o.put("command", String.join(" ", cmd.subList(0, cmd.indexOf("serve")).stream().map(Probe::shown).toList())
                + " serve --tdb DIR --port 0"
                + (cmd.contains("--cache") ? " --cache " + cmd.get(cmd.indexOf("--cache") + 1) : ""));
        o.put("port", port);
        o.put("voidDescription", "stored by the load, read at its first request");
        Matcher m = READY.matcher(Files.readString(child.log(name), StandardCharsets.UTF_8));
        if (m.find()) {
            o.put("openSeconds", Probe.num(Double.parseDouble(m.group(1))));
            o.put("startSeconds", Probe.num(Double.parseDouble(m.group(2))));
        }
        o.put("wallToFirstAnswerSeconds", Probe.num(wall));
        o.put("firstAnswerStatus", code);
        return o;
    }

    /** The server stops on SIGTERM (a first start writes its archive then). */
    private static void stop(Process p) throws Exception {
        p.destroy();
        if (!p.waitFor(120, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            p.waitFor(10, TimeUnit.SECONDS);
        }
    }

    private Process probe(Path store, String voidMode, String name) throws Exception {
        List<String> cmd = child.command(ServeProbe.class.getName(), null);
        cmd.addAll(List.of("--loc", store.toString(), "--void", voidMode));
        return child.builder(cmd, name).start();
    }

    /** Waits (from just after the launch) for the probe's result line and first answer; the start figures. */
    private JsonObject probeReady(Process p, String name) throws Exception {
        long t0 = System.nanoTime();
        JsonObject ready = null;
        BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8));
        for (String l; ready == null && (l = r.readLine()) != null; ) {
            if (l.startsWith(Probe.MARK)) {
                ready = JSON.parse(l.substring(Probe.MARK.length()));
            }
        }
        if (ready == null) {
            throw new UnkgException("server did not start:\n" + Child.tail(child.log(name)));
        }
        int port = ready.get("port").getAsNumber().value().intValue();
        int code = new Latency(URI.create("http://127.0.0.1:" + port + "/unkg/sparql"), Duration.ofSeconds(60)).send(ASK);
        ready.put("wallToFirstAnswerSeconds", Probe.num((System.nanoTime() - t0) / 1e9));
        ready.put("firstAnswerStatus", code);
        return ready;
    }

    private static void stopProbe(Process p) throws Exception {
        p.getOutputStream().close();
        if (!p.waitFor(20, TimeUnit.SECONDS)) {
            p.destroy();
            p.waitFor(10, TimeUnit.SECONDS);
        }
    }

    private JsonArray levels(Latency lat, String query) throws Exception {
        JsonArray a = new JsonArray();
        for (int c : opt.clients) {
            a.add(lat.measure(query, c, opt.requests, WARMUP, Duration.ofSeconds(opt.budget)));
        }
        return a;
    }
}
