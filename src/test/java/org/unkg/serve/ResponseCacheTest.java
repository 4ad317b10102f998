package org.unkg.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.net.Socket;
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
import org.eclipse.jetty.util.thread.QueuedThreadPool;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Repeated SPARQL requests are answered from the cache with the same bytes; the cache key holds
 * the Accept header, and hits say so ({@code Vary}) as misses do; answers cut by the timeout or by a
 * client that left are never kept; the cache is off unless asked for. (Single flight, the entry
 * cap and the bounded wait: {@link ResponseCacheFlightTest}.)
 */
class ResponseCacheTest {
    static final String QUERY = "SELECT ?s ?id WHERE { ?s <http://purl.org/dc/terms/identifier> ?id } ORDER BY ?id";
    /** Streams rows at once, then is cut by the timeout: the status (200) is sent before the cut. */
    /** About 10 MB of TSV from the fixture: more than Fuseki's 5 MB output buffer. */
    static final String LARGE = "SELECT * WHERE { ?a ?b ?c . ?d ?e ?f } LIMIT 60000";
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

    /**
     * A client that leaves in the middle of a large answer cuts it: Fuseki catches the failed
     * write and returns normally with status 200, and the cache kept the body as far as Fuseki's
     * 5 MB output buffer had got, answering every later identical request with it.
     */
    @Test
    void anAnswerCutByAClientThatLeftIsNeverKept() throws Exception {
        Dataset ds = ServeFixture.dataset(dir);
        FusekiServer s = UnkgServer.create().dataset(ds).port(0).timeout(Duration.ofSeconds(60))
                .maxResults(Long.MAX_VALUE).cacheBytes(1L << 30).build();
        FusekiServer plain = UnkgServer.create().dataset(ds).port(0).timeout(Duration.ofSeconds(60))
                .maxResults(Long.MAX_VALUE).build();
        s.start();
        plain.start();
        try {
            String path = "/unkg/sparql?query=" + URLEncoder.encode(LARGE, StandardCharsets.UTF_8);
            String tsv = "text/tab-separated-values";
            byte[] whole = get(plain, path, tsv).body();
            assertTrue(whole.length > 6 << 20, "the answer must overflow the 5 MB output buffer: " + whole.length);
            QueuedThreadPool threads = (QueuedThreadPool) s.getJettyServer().getThreadPool();
            int idle = threads.getBusyThreads();
            try (Socket client = new Socket("127.0.0.1", s.getPort())) {
                client.getOutputStream().write(("GET " + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\nAccept: " + tsv
                        + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
                client.getOutputStream().flush();
                InputStream in = client.getInputStream();
                byte[] head = new byte[1024];
                int n = in.read(head);
                assertTrue(new String(head, 0, n, StandardCharsets.US_ASCII).startsWith("HTTP/1.1 200"));
            }
            // the server writes until its buffer is full, fails, and finishes the request
            long t0 = System.nanoTime();
            while (threads.getBusyThreads() > idle && System.nanoTime() - t0 < 60_000_000_000L) {
                Thread.sleep(50);
            }
            for (int i = 0; i < 2; i++) {
                HttpResponse<byte[]> r = get(s, path, tsv);
                assertEquals(200, r.statusCode());
                assertEquals(whole.length, r.body().length, "attempt " + i + ", cache "
                        + r.headers().firstValue(ResponseCache.HEADER).orElse("none"));
            }
        } finally {
            s.stop();
            plain.stop();
        }
    }

    private HttpResponse<byte[]> get(FusekiServer s, String path, String accept) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + s.getPort() + path))
                .timeout(Duration.ofSeconds(120)).header("Accept", accept).build(),
                HttpResponse.BodyHandlers.ofByteArray());
    }

    /**
     * The answer depends on Accept (part of the key): a hit must say so as the miss did, or a
     * shared cache between the client and the server could hand a JSON answer to a client that
     * asked for XML. Fuseki sets Vary on GET misses; the hits had none.
     */
    @Test
    void aHitCarriesTheSameVaryAsTheMiss() throws Exception {
        Dataset ds = ServeFixture.dataset(dir);
        FusekiServer s = UnkgServer.create().dataset(ds).port(0).cacheBytes(64L << 20).build();
        s.start();
        try {
            String path = "/unkg/sparql?query=" + URLEncoder.encode(QUERY, StandardCharsets.UTF_8);
            HttpResponse<byte[]> miss = get(s, path, "application/sparql-results+json");
            HttpResponse<byte[]> hit = get(s, path, "application/sparql-results+json");
            assertEquals("miss", miss.headers().firstValue(ResponseCache.HEADER).orElse("none"));
            assertEquals("hit", hit.headers().firstValue(ResponseCache.HEADER).orElse("none"));
            String vary = miss.headers().firstValue("Vary").orElse("");
            assertTrue(vary.contains("Accept"), vary);
            assertEquals(vary, hit.headers().firstValue("Vary").orElse("none"));
            HttpResponse<String> postMiss = post(s, QUERY, "text/csv");
            HttpResponse<String> postHit = post(s, QUERY, "text/csv");
            assertEquals("hit", cache(postHit));
            assertTrue(postMiss.headers().firstValue("Vary").orElse("").contains("Accept"));
            assertEquals(postMiss.headers().firstValue("Vary"), postHit.headers().firstValue("Vary"));
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
