package org.unkg.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.apache.jena.fuseki.main.FusekiServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The endpoint against hostile requests: oversized queries are refused with 4xx, read-only GETs
 * may come from any origin while nothing else gets CORS, and no response body carries a stack
 * trace or exception class, whatever was wrong with the request.
 */
class HardeningTest {
    @TempDir
    static Path dir;
    static FusekiServer server;
    static String url;

    @BeforeAll
    static void start() {
        server = UnkgServer.create().dataset(ServeFixture.dataset(dir)).port(0).timeout(Duration.ofSeconds(1))
                .maxResults(100).build();
        server.start();
        url = "http://127.0.0.1:" + server.getPort();
    }

    @AfterAll
    static void stop() {
        if (server != null) {
            server.stop();
        }
    }

    static HttpResponse<String> send(HttpRequest.Builder b) throws Exception {
        return ServerTest.send(b); // resends once on a stale kept-alive connection
    }

    static String q(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    private static String bigQuery() {
        return "SELECT * WHERE { ?s ?p ?o } # " + "x".repeat(1_100_000);
    }

    @Test
    void oversizedQueriesAreRefusedWith4xx() throws Exception {
        String big = bigQuery();
        HttpResponse<String> form = send(HttpRequest.newBuilder(URI.create(url + "/unkg/sparql"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("query=" + q(big))));
        assertTrue(form.statusCode() >= 400 && form.statusCode() < 500, "form POST: " + form.statusCode());
        HttpResponse<String> direct = send(HttpRequest.newBuilder(URI.create(url + "/unkg/sparql"))
                .header("Content-Type", "application/sparql-query")
                .POST(HttpRequest.BodyPublishers.ofString(big)));
        assertTrue(direct.statusCode() >= 400 && direct.statusCode() < 500, "direct POST: " + direct.statusCode());
        HttpResponse<String> get = send(HttpRequest.newBuilder(URI.create(url + "/unkg/sparql?query=" + q(big))));
        assertTrue(get.statusCode() >= 400 && get.statusCode() < 500, "GET: " + get.statusCode());
        // and the server still answers
        HttpResponse<String> ok = send(HttpRequest.newBuilder(URI.create(url + "/unkg/sparql?query="
                + q("ASK { ?s ?p ?o }"))).header("Accept", "application/sparql-results+json"));
        assertEquals(200, ok.statusCode());
    }

    @Test
    void readOnlyGetsAllowAnyOriginAndNothingElseDoes() throws Exception {
        for (String path : List.of("/unkg/sparql?query=" + q("ASK { ?s ?p ?o }"), "/doc/A/RES/76/299", "/queries")) {
            HttpResponse<String> r = send(HttpRequest.newBuilder(URI.create(url + path))
                    .header("Origin", "https://example.org"));
            assertEquals(200, r.statusCode(), path);
            assertEquals("*", r.headers().firstValue("Access-Control-Allow-Origin").orElse(null), path);
        }
        HttpResponse<String> pre = send(HttpRequest.newBuilder(URI.create(url + "/unkg/sparql"))
                .header("Origin", "https://example.org").header("Access-Control-Request-Method", "GET")
                .method("OPTIONS", HttpRequest.BodyPublishers.noBody()));
        assertEquals("*", pre.headers().firstValue("Access-Control-Allow-Origin").orElse(null));
        assertFalse(pre.headers().firstValue("Access-Control-Allow-Methods").orElse("").contains("POST"));
        for (String m : List.of("POST", "PUT", "DELETE")) {
            HttpResponse<String> p = send(HttpRequest.newBuilder(URI.create(url + "/unkg/sparql"))
                    .header("Origin", "https://example.org").header("Access-Control-Request-Method", m)
                    .method("OPTIONS", HttpRequest.BodyPublishers.noBody()));
            assertNull(p.headers().firstValue("Access-Control-Allow-Origin").orElse(null), m);
        }
        HttpResponse<String> update = send(HttpRequest.newBuilder(URI.create(url + "/unkg/sparql"))
                .header("Origin", "https://example.org").header("Content-Type", "application/sparql-update")
                .POST(HttpRequest.BodyPublishers.ofString("INSERT DATA { <urn:a> <urn:b> <urn:c> }")));
        assertNotEquals(200, update.statusCode());
        assertNull(update.headers().firstValue("Access-Control-Allow-Origin").orElse(null));
    }

    @Test
    void noStackTracesInAnyErrorBody() throws Exception {
        List<HttpRequest.Builder> bad = List.of(
                HttpRequest.newBuilder(URI.create(url + "/unkg/sparql?query=" + q("SELECT WHERE {{{ nonsense"))),
                HttpRequest.newBuilder(URI.create(url + "/unkg/sparql?query=" + q("ASK {?s ?p ?o}")))
                        .header("Accept", "image/png;;;q=x"),
                HttpRequest.newBuilder(URI.create(url + "/doc/A/RES/76/299")).header("Accept", "text/;;;q=,,*/"),
                HttpRequest.newBuilder(URI.create(url + "/no/such/path/%25ZZ%00")),
                HttpRequest.newBuilder(URI.create(url + "/queries/no-such-query")),
                HttpRequest.newBuilder(URI.create(url + "/queries/03-cited-by?symbol=" + q("\"} }; DROP ALL"))),
                HttpRequest.newBuilder(URI.create(url + "/unkg/update")).POST(HttpRequest.BodyPublishers.ofString("x")),
                HttpRequest.newBuilder(URI.create(url + "/unkg/sparql?query=" + q(
                        "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l }"))));
        for (HttpRequest.Builder b : bad) {
            HttpResponse<String> r = send(b);
            String body = r.body();
            assertTrue(r.statusCode() < 600, "status");
            assertFalse(body.contains("\tat ") || body.contains("at org.") || body.contains("at java.")
                    || body.matches("(?s).*\\b[a-z]+\\.[a-z.]+\\.[A-Za-z]+Exception\\b.*"),
                    () -> r.uri() + " -> " + r.statusCode() + ":\n" + body);
        }
    }
}
