package org.unkg.bench;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

import org.apache.jena.atlas.json.JsonObject;

/**
 * Latency of one SPARQL query on a running endpoint: a bounded number of requests sent by
 * {@code clients} concurrent clients (loopback), after a few unmeasured warm-up requests;
 * p50 and p99 by nearest rank.
 */
final class Latency {
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    private final URI endpoint;
    private final Duration timeout;

    Latency(URI endpoint, Duration timeout) {
        this.endpoint = endpoint;
        this.timeout = timeout;
    }

    /** One request: status code, or throws on a transport failure. */
    int send(String query) throws IOException, InterruptedException {
        HttpRequest req = HttpRequest.newBuilder(endpoint).timeout(timeout)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Accept", "application/sparql-results+json")
                .POST(HttpRequest.BodyPublishers.ofString("query=" + URLEncoder.encode(query, StandardCharsets.UTF_8)))
                .build();
        HttpResponse<byte[]> r = http.send(req, HttpResponse.BodyHandlers.ofByteArray());
        return r.statusCode();
    }

    /**
     * Runs {@code requests} requests of {@code query} from {@code clients} threads; no request
     * starts after {@code budget} has passed, so a slow query costs a bounded time.
     */
    JsonObject measure(String query, int clients, int requests, int warmup, Duration budget) throws Exception {
        for (int i = 0; i < warmup; i++) {
            send(query);
        }
        long[] nanos = new long[requests];
        AtomicInteger next = new AtomicInteger();
        AtomicInteger errors = new AtomicInteger();
        AtomicInteger done = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        long t0 = System.nanoTime();
        long deadline = t0 + budget.toNanos();
        try {
            List<Future<?>> all = new ArrayList<>();
            for (int c = 0; c < clients; c++) {
                all.add(pool.submit(() -> {
                    for (int i; System.nanoTime() < deadline && (i = next.getAndIncrement()) < requests; ) {
                        long s = System.nanoTime();
                        try {
                            if (send(query) != 200) {
                                errors.incrementAndGet();
                            }
                        } catch (IOException e) {
                            errors.incrementAndGet();
                        }
                        nanos[i] = System.nanoTime() - s;
                        done.incrementAndGet();
                    }
                    return null;
                }));
            }
            for (Future<?> f : all) {
                f.get();
            }
        } finally {
            pool.shutdownNow();
        }
        double wall = (System.nanoTime() - t0) / 1e9;
        long[] measured = Arrays.copyOf(nanos, Math.min(requests, next.get()));
        JsonObject o = new JsonObject();
        o.put("clients", clients);
        o.put("requests", done.get());
        o.put("errors", errors.get());
        o.put("p50Ms", Probe.num(percentile(measured, 50) / 1e6));
        o.put("p99Ms", Probe.num(percentile(measured, 99) / 1e6));
        o.put("maxMs", Probe.num(percentile(measured, 100) / 1e6));
        o.put("throughputPerSecond", Probe.num(done.get() / wall));
        return o;
    }

    /** Nearest-rank percentile of the values (copied, not modified). */
    static long percentile(long[] values, double pct) {
        if (values.length == 0) {
            return 0;
        }
        long[] v = values.clone();
        Arrays.sort(v);
        int rank = (int) Math.ceil(pct / 100.0 * v.length);
        return v[Math.max(0, Math.min(v.length - 1, rank - 1))];
    }
}
