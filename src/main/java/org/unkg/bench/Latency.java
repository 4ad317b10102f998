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
 * {@code clients} concurrent clients (loopback, HTTP/1.1, kept-alive connections), after a few
 * unmeasured warm-up requests; p50 and p99 by nearest rank. {@link #warmup} brings the server to
 * its steady state before the first measured figure.
 */
final class Latency {
    /**
     * HTTP/1.1 on purpose: the server (Jetty, as Fuseki configures it) speaks HTTP/1.1 only on
     * its cleartext port, while the JDK client's default (HTTP/2) sends an {@code Upgrade: h2c}
     * attempt on each new connection, which the server declines: an extra round of headers that
     * no browser or SPARQL client pays (they speak HTTP/1.1 or HTTP/2 over TLS). Measured on the
     * same warm server, 2026-11-24: ASK {} 1.1–1.8 ms with HTTP/1.1, 1.4–4 ms with the default.
     * Connections are kept alive between requests (the client's pool), as a client sending many
     * queries does.
     */
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10)).build();
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

    /**
     * Unmeasured rounds before any measured figure, so that every figure is taken on a server in
     * its steady state (JIT-compiled code paths, pooled buffers, kept-alive connections, warm OS
     * caches): in each round {@code clients} threads each send every query once (each starting at
     * another query, so that different queries run side by side); rounds follow one another until
     * {@code time} has passed, and at least one runs whatever its length. Returns what was done.
     */
    JsonObject warmup(List<String> queries, int clients, Duration time) throws Exception {
        long t0 = System.nanoTime();
        long end = t0 + time.toNanos();
        AtomicInteger sent = new AtomicInteger();
        AtomicInteger errors = new AtomicInteger();
        int rounds = 0;
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        try {
            do {
                List<Future<?>> all = new ArrayList<>();
                for (int c = 0; c < clients; c++) {
                    int first = c;
                    all.add(pool.submit(() -> {
                        for (int i = 0; i < queries.size(); i++) {
                            try {
                                if (send(queries.get((first + i) % queries.size())) != 200) {
                                    errors.incrementAndGet();
                                }
                            } catch (IOException e) {
                                errors.incrementAndGet();
                            }
                            sent.incrementAndGet();
                        }
                        return null;
                    }));
                }
                for (Future<?> f : all) {
                    f.get();
                }
                rounds++;
            } while (System.nanoTime() < end);
        } finally {
            pool.shutdownNow();
        }
        JsonObject o = new JsonObject();
        o.put("clients", clients);
        o.put("rounds", rounds);
        o.put("requests", sent.get());
        o.put("errors", errors.get());
        o.put("seconds", Probe.num((System.nanoTime() - t0) / 1e9));
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
