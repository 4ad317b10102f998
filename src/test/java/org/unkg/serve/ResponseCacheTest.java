package org.unkg.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;

import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.query.Dataset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Repeated SPARQL requests are answered from the cache with the same bytes; the cache key holds
 * the Accept header; answers cut by the timeout are never kept; the cache is off unless asked for.
 */
class ResponseCacheTest {
    static final String QUERY = "SELECT ?s ?id WHERE { ?s <http://purl.org/dc/terms/identifier> ?id } ORDER BY ?id";
    /** Streams rows at once, then is cut by the timeout: the status (200) is sent before the cut. */
    static final String ENDLESS = "SELECT * WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l }";

    @TempDir
    Path dir;

    private final HttpClient http = HttpClient.newHttpClient();

    private HttpResponse<String> post(FusekiServer s, String query, String accept) throws Exception {
        HttpRequest req = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + s.getPort() + "/unkg/sparql"))
                .timeout(Duration.ofSeconds(60))
                .header("Content-Type", "application/x-www-form-urlencoded").header("Accept", accept)
                .POST(HttpRequest.BodyPublishers.ofString("query=" + URLEncoder.encode(query, StandardCharsets.UTF_8)))
                .build();
        return http.send(req, HttpResponse.BodyHandlers.ofString());
    }

    private static String cache(HttpResponse<String> r) {
        return r.headers().firstValue(ResponseCache.HEADER).orElse("none");
    }

    @Test
    void aRepeatedQueryIsAHitWithTheSameBodyAndTypeAndTheAcceptHeaderIsPartOfTheKey() throws Exception {
        Dataset ds = ServeFixture.dataset(dir);
        FusekiServer s = UnkgServer.create().dataset(ds).port(0).cacheBytes(64L << 20).build();
        s.start();
        try {
            HttpResponse<String> first = post(s, QUERY, "application/sparql-results+json");
            HttpResponse<String> second = post(s, QUERY, "application/sparql-results+json");
            assertEquals(200, first.statusCode());
            assertEquals("miss", cache(first));
            assertEquals("hit", cache(second));
            assertEquals(first.body(), second.body());
            assertTrue(first.body().contains(ServeFixture.R76), first.body());
            assertEquals(first.headers().firstValue("Content-Type"), second.headers().firstValue("Content-Type"));
            HttpResponse<String> xml = post(s, QUERY, "application/sparql-results+xml");
            assertEquals("miss", cache(xml));
            assertTrue(xml.body().contains("<sparql"), xml.body());
            assertNotEquals(first.body(), xml.body());
            assertEquals("miss", cache(post(s, QUERY + " LIMIT 1", "application/sparql-results+json")));
        } finally {
            s.stop();
        }
    }

    @Test
    void anAnswerCutByTheTimeoutIsNeverKept() throws Exception {
        Dataset ds = ServeFixture.dataset(dir);
        FusekiServer s = UnkgServer.create().dataset(ds).port(0).timeout(Duration.ofMillis(300))
                .maxResults(Long.MAX_VALUE).cacheBytes(1L << 30).build();
        s.start();
        try {
            for (int i = 0; i < 2; i++) {
                HttpResponse<String> r = post(s, ENDLESS, "text/tab-separated-values");
                assertEquals("miss", cache(r), "attempt " + i + ", status " + r.statusCode());
            }
        } finally {
            s.stop();
        }
    }

    @Test
    void noCacheByDefault() throws Exception {
        Dataset ds = ServeFixture.dataset(dir);
        FusekiServer s = UnkgServer.create().dataset(ds).port(0).build();
        s.start();
        try {
            post(s, QUERY, "application/sparql-results+json");
            HttpResponse<String> r = post(s, QUERY, "application/sparql-results+json");
            assertEquals(200, r.statusCode());
            assertFalse(r.headers().firstValue(ResponseCache.HEADER).isPresent());
        } finally {
            s.stop();
        }
    }
}
