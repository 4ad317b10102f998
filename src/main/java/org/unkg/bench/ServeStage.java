package org.unkg.bench;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonArray;
import org.apache.jena.atlas.json.JsonObject;
import org.unkg.UnkgException;
import org.unkg.serve.CannedQueries;
import org.unkg.serve.CannedQuery;

/**
 * The server on the loaded store: its start time (in a fresh JVM, to the first answer) and the
 * latency of every canned query (parameters at their defaults) beside {@code ASK {}} on the
 * same server, at each number of concurrent clients. Each query's very first request is also
 * timed on its own ({@code coldMs}): with the response cache on ({@code unkg serve --cache},
 * off by default) the warm figures are cache hits and this is what a query costs when it is not
 * in the cache.
 */
final class ServeStage {
    private static final String ASK = "ASK {}";
    private static final int WARMUP = 2;

    private final BenchMain opt;
    private final Child child;
    private final Consumer<String> say;

    ServeStage(BenchMain opt, Child child, Consumer<String> say) {
        this.opt = opt;
        this.child = child;
        this.say = say;
    }

    JsonObject run(Path store) throws Exception {
        JsonObject scanned = null;
        if (opt.scanStart) {
            say.accept("server start on the loaded store, VoID description computed by scanning the store");
            Process q = start(store, "computed", "serve-void-computed");
            try {
                scanned = ready(q, "serve-void-computed");
            } finally {
                stop(q);
            }
        }
        say.accept("server start on the loaded store, as unkg serve --tdb (VoID stored by the load)");
        Process p = start(store, "stored", "serve");
        try {
            JsonObject ready = ready(p, "serve");
            int port = ready.get("port").getAsNumber().value().intValue();
            Latency lat = new Latency(URI.create("http://127.0.0.1:" + port + "/unkg/sparql"), Duration.ofSeconds(60));
            JsonObject o = new JsonObject();
            o.put("start", ready);
            if (scanned != null) {
                o.put("startScanningStore", scanned);
            }
            o.put("baseline", levels(lat, ASK));
            JsonArray qs = new JsonArray();
            for (CannedQuery cq : CannedQueries.bundled().all()) {
                say.accept("query " + cq.name());
                JsonObject e = new JsonObject();
                e.put("name", cq.name());
                try {
                    String text = cq.bind(Map.of()).toString();
                    long c0 = System.nanoTime();
                    int status = lat.send(text);
                    e.put("coldMs", Probe.num((System.nanoTime() - c0) / 1e6));
                    e.put("coldStatus", status);
                    e.put("levels", levels(lat, text));
                } catch (RuntimeException ex) {
                    e.put("error", String.valueOf(ex.getMessage()));
                }
                qs.add(e);
            }
            o.put("queries", qs);
            return o;
        } finally {
            stop(p);
        }
    }

    private Process start(Path store, String voidMode, String name) throws Exception {
        List<String> cmd = child.command(ServeProbe.class.getName(), null);
        cmd.addAll(List.of("--loc", store.toString(), "--void", voidMode));
        return child.builder(cmd, name).start();
    }

    /** Waits (from just after the launch) for the server's result line and first answer; the start figures. */
    private JsonObject ready(Process p, String name) throws Exception {
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

    private static void stop(Process p) throws Exception {
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
