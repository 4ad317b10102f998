package org.unkg.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.apache.jena.fuseki.main.FusekiServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Loopback load: ~2,000 mixed requests (canned queries, resource pages, SPARQL, bad requests and
 * a query meant to time out) from 16 concurrent clients. No 5xx except for the timeouts asked
 * for, and the server answers normally afterwards. {@code -Dunkg.load.full=true} sends ~10,000.
 */
class LoadTest {
    private static final String CARTESIAN =
            "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l }";

    @TempDir
    Path dir;

    /** One kind of request and whether a 5xx is what it asked for. */
    private record Kind(String name, HttpRequest request, boolean timeoutExpected) {
    }

    private static String q(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    private static List<Kind> kinds(String url) {
        List<Kind> k = new ArrayList<>();
        String json = "application/sparql-results+json";
        k.add(new Kind("sparql-select", HttpRequest.newBuilder(URI.create(url + "/unkg/sparql?query="
                + q("SELECT ?s ?p ?o WHERE { ?s ?p ?o } LIMIT 50"))).header("Accept", json).build(), false));
        k.add(new Kind("sparql-post", HttpRequest.newBuilder(URI.create(url + "/unkg/sparql"))
                .header("Content-Type", "application/sparql-query").header("Accept", json)
                .POST(HttpRequest.BodyPublishers.ofString("SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }")).build(), false));
        k.add(new Kind("canned", HttpRequest.newBuilder(URI.create(url + "/queries/03-cited-by?symbol=A/RES/76/299"))
                .header("Accept", "text/csv").build(), false));
        k.add(new Kind("canned-list", HttpRequest.newBuilder(URI.create(url + "/queries"))
                .header("Accept", "application/json").build(), false));
        k.add(new Kind("page-html", HttpRequest.newBuilder(URI.create(url + "/doc/A/RES/76/299"))
                .header("Accept", "text/html").build(), false));
        k.add(new Kind("page-ttl", HttpRequest.newBuilder(URI.create(url + "/doc/A/RES/73/338"))
                .header("Accept", "text/turtle").build(), false));
        k.add(new Kind("home", HttpRequest.newBuilder(URI.create(url + "/")).build(), false));
        k.add(new Kind("bad-query", HttpRequest.newBuilder(URI.create(url + "/unkg/sparql?query="
                + q("SELECT WHERE {"))).build(), false));
        k.add(new Kind("not-found", HttpRequest.newBuilder(URI.create(url + "/doc/A/RES/99/999"))
                .header("Accept", "text/turtle").build(), false));
        k.add(new Kind("update", HttpRequest.newBuilder(URI.create(url + "/unkg/sparql"))
                .header("Content-Type", "application/sparql-update")
                .POST(HttpRequest.BodyPublishers.ofString("INSERT DATA { <urn:a> <urn:b> <urn:c> }")).build(), false));
        k.add(new Kind("bad-accept", HttpRequest.newBuilder(URI.create(url + "/doc/A/RES/76/299"))
                .header("Accept", "image/png").build(), false));
        return k;
    }

    @Test
    void mixedLoadGivesNoUnaskedFor5xxAndTheServerRecovers() throws Exception {
        boolean full = Boolean.getBoolean("unkg.load.full");
        int total = full ? 10_000 : 2_000;
        FusekiServer server = UnkgServer.create().dataset(ServeFixture.dataset(dir)).port(0)
                .timeout(Duration.ofSeconds(2)).maxResults(1000).build();
        server.start();
        ExecutorService pool = Executors.newFixedThreadPool(16);
        try {
            String url = "http://127.0.0.1:" + server.getPort();
            HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).executor(pool).build();
            List<Kind> kinds = kinds(url);
            Kind timeout = new Kind("timeout", HttpRequest.newBuilder(URI.create(url + "/unkg/sparql?query="
                    + q(CARTESIAN))).header("Accept", "application/sparql-results+json").build(), true);
            Random rnd = new Random(42);
            List<Kind> plan = new ArrayList<>();
            for (int i = 0; i < total; i++) {
                // one request in 400 is the long query: enough to exercise timeouts, not to starve the rest
                plan.add(i % 400 == 399 ? timeout : kinds.get(rnd.nextInt(kinds.size())));
            }
            Map<String, Integer> byStatus = new TreeMap<>();
            List<String> unexpected = new ArrayList<>();
            ExecutorService clients = Executors.newFixedThreadPool(16);
            java.util.concurrent.atomic.AtomicInteger retries = new java.util.concurrent.atomic.AtomicInteger();
            long t0 = System.nanoTime();
            try {
                List<Future<String>> done = new ArrayList<>();
                for (Kind k : plan) {
                    done.add(clients.submit(() -> {
                        HttpRequest r = HttpRequest.newBuilder(k.request(), (n, v) -> true)
                                .timeout(Duration.ofSeconds(30)).build();
                        int s;
                        try {
                            s = http.send(r, HttpResponse.BodyHandlers.discarding()).statusCode();
                        } catch (java.io.IOException e) {
                            // a pooled keep-alive connection the server had just closed (after an
                            // error response to a request whose body it did not read): the client's
                            // race, not the server failing; count it and send once more
                            retries.incrementAndGet();
                            s = http.send(r, HttpResponse.BodyHandlers.discarding()).statusCode();
                        }
                        return k.name() + " " + s;
                    }));
                }
                for (int i = 0; i < done.size(); i++) {
                    String res;
                    try {
                        res = done.get(i).get(60, TimeUnit.SECONDS);
                    } catch (java.util.concurrent.ExecutionException e) {
                        res = plan.get(i).name() + " error:" + e.getCause().getClass().getSimpleName();
                    }
                    String status = res.substring(res.indexOf(' ') + 1);
                    byStatus.merge(status, 1, Integer::sum);
                    boolean fivexx = status.startsWith("5") || status.startsWith("error");
                    if (fivexx && !plan.get(i).timeoutExpected()) {
                        unexpected.add(res);
                    }
                }
            } finally {
                clients.shutdownNow();
            }
            double secs = (System.nanoTime() - t0) / 1e9;
            System.out.printf("load: %d requests in %.1f s from 16 clients; by status %s; unexpected %d;"
                    + " resent after a closed keep-alive connection %d%n", total, secs, byStatus, unexpected.size(),
                    retries.get());
            assertEquals(List.of(), unexpected.stream().distinct().toList(), "5xx or failures not asked for");
            int sum = byStatus.values().stream().mapToInt(Integer::intValue).sum();
            assertEquals(total, sum);
            assertTrue(byStatus.getOrDefault("200", 0) > total / 2, byStatus::toString);
            HttpResponse<String> after = http.send(HttpRequest.newBuilder(URI.create(url + "/unkg/sparql?query="
                    + q("ASK { ?s ?p ?o }"))).header("Accept", "application/sparql-results+json").build(),
                    HttpResponse.BodyHandlers.ofString());
            assertEquals(200, after.statusCode());
            assertTrue(after.body().contains("true"));
        } finally {
            server.stop();
            pool.shutdownNow();
        }
    }
}
