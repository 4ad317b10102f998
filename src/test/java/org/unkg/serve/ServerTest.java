package org.unkg.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
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
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The SPARQL endpoint answers queries and nothing else; timeout and result cap hold. */
class ServerTest {
    @TempDir
    static Path dir;
    static Dataset ds;
    static FusekiServer server;
    static String url;
    static long size;
    static final HttpClient HTTP = HttpClient.newHttpClient();

    @BeforeAll
    static void start() {
        ds = ServeFixture.dataset(dir);
        size = Txn.calculateRead(ds, () -> ds.getDefaultModel().size());
        server = UnkgServer.create().dataset(ds).port(0).timeout(Duration.ofSeconds(1)).maxResults(5).build();
        server.start();
        url = "http://127.0.0.1:" + server.getPort();
    }

    @AfterAll
    static void stop() {
        if (server != null) {
            server.stop();
        }
    }

    /**
     * Sends once more when the connection was a kept-alive one the server had already closed
     * (Jetty closes a connection after refusing a request whose body it did not read; the JDK
     * client may pick that connection for the next request). Any answer counts, never a retry on one.
     */
    static HttpResponse<String> send(HttpRequest.Builder b) throws IOException, InterruptedException {
        HttpRequest req = b.timeout(Duration.ofSeconds(30)).build();
        try {
            return HTTP.send(req, HttpResponse.BodyHandlers.ofString());
        } catch (IOException stale) {
            return HTTP.send(req, HttpResponse.BodyHandlers.ofString());
        }
    }

    static HttpResponse<String> get(String path, String accept) throws IOException, InterruptedException {
        return send(HttpRequest.newBuilder(URI.create(url + path)).header("Accept", accept));
    }

    static String q(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    @Test
    void sparqlQueryAnswersJsonOnBothEndpoints() throws Exception {
        for (String ep : new String[] {"/unkg/sparql", "/unkg/query"}) {
            HttpResponse<String> r = get(ep + "?query=" + q("SELECT ?s WHERE { ?s <http://purl.org/dc/terms/identifier> \"A/RES/76/299\" }"),
                    "application/sparql-results+json");
            assertEquals(200, r.statusCode(), ep);
            assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("application/sparql-results+json"));
            assertTrue(r.body().contains(ServeFixture.R76), r.body());
        }
    }

    @Test
    void homePageFormPostAnswers() throws Exception {
        HttpResponse<String> r = send(HttpRequest.newBuilder(URI.create(url + "/unkg/sparql"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("query=" + q(HomePage.DEFAULT_QUERY) + "&output=csv")));
        assertEquals(200, r.statusCode(), r.body());
        assertTrue(r.body().startsWith("doc,symbol,title"), r.body());
        assertTrue(r.body().contains("A/RES/76/299"), r.body());
    }

    @Test
    void writesAndAdminAreRefused() throws Exception {
        String turtle = "<http://example.org/s> <http://example.org/p> \"injected\" .";
        HttpRequest.BodyPublisher upd = HttpRequest.BodyPublishers.ofString("DROP ALL");
        HttpRequest.BodyPublisher ttl = HttpRequest.BodyPublishers.ofString(turtle);
        HttpRequest.Builder[] attempts = {
            HttpRequest.newBuilder(URI.create(url + "/unkg/sparql")).header("Content-Type", "application/sparql-update").POST(upd),
            HttpRequest.newBuilder(URI.create(url + "/unkg/sparql")).header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString("update=" + q("DROP ALL"))),
            HttpRequest.newBuilder(URI.create(url + "/unkg/update")).header("Content-Type", "application/sparql-update").POST(upd),
            HttpRequest.newBuilder(URI.create(url + "/unkg")).header("Content-Type", "application/sparql-update").POST(upd),
            HttpRequest.newBuilder(URI.create(url + "/unkg/data?default")).header("Content-Type", "text/turtle").PUT(ttl),
            HttpRequest.newBuilder(URI.create(url + "/unkg/data?default")).header("Content-Type", "text/turtle").POST(ttl),
            HttpRequest.newBuilder(URI.create(url + "/unkg?default")).header("Content-Type", "text/turtle").PUT(ttl),
            HttpRequest.newBuilder(URI.create(url + "/unkg")).header("Content-Type", "text/turtle").POST(ttl),
            HttpRequest.newBuilder(URI.create(url + "/unkg/data?default")).DELETE(),
            HttpRequest.newBuilder(URI.create(url + "/unkg/upload")).header("Content-Type", "multipart/form-data; boundary=XX")
                    .POST(HttpRequest.BodyPublishers.ofString("--XX\r\nContent-Disposition: form-data; name=\"file\"; "
                            + "filename=\"a.ttl\"\r\nContent-Type: text/turtle\r\n\r\n" + turtle + "\r\n--XX--\r\n")),
            HttpRequest.newBuilder(URI.create(url + "/$/datasets")).header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString("dbName=evil&dbType=mem")),
            HttpRequest.newBuilder(URI.create(url + "/$/datasets")).GET(),
            HttpRequest.newBuilder(URI.create(url + "/$/server")).GET(),
            HttpRequest.newBuilder(URI.create(url + "/$/stats")).GET(),
            HttpRequest.newBuilder(URI.create(url + "/$/datasets/unkg")).DELETE(),
            HttpRequest.newBuilder(URI.create(url + "/$/compact/unkg")).POST(HttpRequest.BodyPublishers.noBody()),
        };
        for (HttpRequest.Builder b : attempts) {
            HttpResponse<String> r = send(b);
            HttpRequest req = b.build();
            int s = r.statusCode();
            assertTrue(s >= 400 && s < 500, req.method() + " " + req.uri() + " gave " + s);
        }
        HttpResponse<String> gsp = get("/unkg/data?default", "text/turtle");
        assertEquals(404, gsp.statusCode(), "graph store reads are not served either");
        assertEquals(size, (long) Txn.calculateRead(ds, () -> ds.getDefaultModel().size()), "data changed");
        HttpResponse<String> ask = get("/unkg/sparql?query=" + q("ASK { ?s ?p \"injected\" }"), "application/sparql-results+json");
        assertTrue(ask.body().contains("false"), ask.body());
    }

    @Test
    void cartesianQueryIsStoppedAndServerKeepsAnswering() throws Exception {
        String cartesian = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l }";
        long t0 = System.nanoTime();
        HttpResponse<String> r = get("/unkg/sparql?query=" + q(cartesian), "application/sparql-results+json");
        double secs = (System.nanoTime() - t0) / 1e9;
        assertNotEquals(200, r.statusCode(), "a 4-way cartesian product cannot finish in 1 s: " + r.body());
        assertTrue(secs < 8, "stopped after " + secs + " s");
        HttpResponse<String> again = get("/unkg/sparql?query=" + q("ASK { ?s ?p ?o }"), "application/sparql-results+json");
        assertEquals(200, again.statusCode());
        assertTrue(again.body().contains("true"));
    }

    @Test
    void cannedQueryRunsAgainstTheEndpoint() {
        CannedQuery q = CannedQueries.bundled().get("cited-by").orElseThrow();
        org.apache.jena.query.ResultSetRewindable rs = QueryRunner.remote(url + "/unkg/sparql", Duration.ofSeconds(10), 100)
                .select(q.bind(java.util.Map.of("symbol", "A/RES/76/299")));
        assertEquals(1, rs.size());
        assertEquals("A/RES/77/100", rs.next().getLiteral("citingSymbol").getString());
    }

    @Test
    void resultCapHolds() throws Exception {
        for (String query : new String[] {"SELECT * WHERE { ?s ?p ?o }", "SELECT * WHERE { ?s ?p ?o } LIMIT 100"}) {
            HttpResponse<String> r = get("/unkg/sparql?query=" + q(query), "text/csv");
            assertEquals(200, r.statusCode());
            assertEquals(1 + 5, r.body().strip().lines().count(), r.body());
        }
        HttpResponse<String> small = get("/unkg/sparql?query=" + q("SELECT * WHERE { ?s ?p ?o } LIMIT 2"), "text/csv");
        assertEquals(1 + 2, small.body().strip().lines().count());
    }
}
