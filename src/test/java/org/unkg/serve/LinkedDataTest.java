package org.unkg.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;

import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.query.Dataset;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.ResourceFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.unkg.rdf.CITO;

/** IRIs under the base resolve: HTML for browsers, RDF by content negotiation, 404 for unknown. */
class LinkedDataTest {
    @TempDir
    static Path dir;
    static FusekiServer server;
    static String url;
    static final HttpClient HTTP = HttpClient.newHttpClient();

    @BeforeAll
    static void start() {
        Dataset ds = ServeFixture.dataset(dir);
        server = UnkgServer.create().dataset(ds).port(0).build();
        server.start();
        url = "http://127.0.0.1:" + server.getPort();
    }

    @AfterAll
    static void stop() {
        if (server != null) {
            server.stop();
        }
    }

    static HttpResponse<byte[]> get(String path, String accept) throws IOException, InterruptedException {
        return HTTP.send(HttpRequest.newBuilder(URI.create(url + path)).header("Accept", accept)
                .timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    static Model parse(byte[] body, Lang lang) {
        Model m = ModelFactory.createDefaultModel();
        RDFDataMgr.read(m, new ByteArrayInputStream(body), lang);
        return m;
    }

    @Test
    void browserGetsAnHtmlPageWithParagraphsAndCitedBy() throws Exception {
        HttpResponse<byte[]> r = get("/doc/A/RES/76/299", "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8");
        assertEquals(200, r.statusCode());
        assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("text/html"));
        assertEquals("Accept", r.headers().firstValue("Vary").orElse(""));
        assertEquals("/doc/A/RES/76/299?format=html", r.headers().firstValue("Content-Location").orElse(""));
        String html = new String(r.body(), StandardCharsets.UTF_8);
        assertTrue(html.contains("Zone of peace, trust and cooperation of Central Asia"));
        assertTrue(html.contains("Zone de paix, de confiance et de coopération de l&#39;Asie centrale"), "French title");
        assertTrue(html.contains("Se félicitant du Traité &lt;portant&gt; création"), "escaped text");
        assertFalse(html.contains("<portant>"), "unescaped text");
        assertTrue(html.indexOf("Recalling") < html.indexOf("Requests the Secretary-General"), "paragraphs in order");
        assertTrue(html.contains("id=\"cited-by\""));
        assertTrue(html.contains("href=\"/doc/A/RES/77/100\""), "cited by 77/100, linked locally");
        assertTrue(html.contains("href=\"/state/kaz\""), "sponsor linked locally");
        assertTrue(html.contains("/queries/03-cited-by?symbol=A%2FRES%2F76%2F299"), "query link");
    }

    @Test
    void clientsGetTurtleJsonLdNTriplesAndRdfXmlWithIncomingLinks() throws Exception {
        String[][] cases = {{"text/turtle", "TTL"}, {"application/ld+json", "JSONLD"},
            {"application/n-triples", "NT"}, {"application/rdf+xml", "RDFXML"}};
        for (String[] c : cases) {
            HttpResponse<byte[]> r = get("/doc/A/RES/76/299", c[0]);
            assertEquals(200, r.statusCode(), c[0]);
            assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith(c[0]), c[0]);
            assertEquals("Accept", r.headers().firstValue("Vary").orElse(""));
            Model m = parse(r.body(), org.apache.jena.riot.RDFLanguages.nameToLang(c[1]));
            assertTrue(m.contains(ResourceFactory.createResource(ServeFixture.R76), CITO.cites,
                    ResourceFactory.createResource(ServeFixture.R73)), "outgoing in " + c[0]);
            assertTrue(m.contains(ResourceFactory.createResource(ServeFixture.R77), CITO.cites,
                    ResourceFactory.createResource(ServeFixture.R76)), "incoming (cited by) in " + c[0]);
        }
        HttpResponse<byte[]> f = get("/doc/A/RES/76/299?format=nt", "text/html");
        assertTrue(f.headers().firstValue("Content-Type").orElse("").startsWith("application/n-triples"));
    }

    @Test
    void citedDocumentOutsideTheCorpusHasAPage() throws Exception {
        HttpResponse<byte[]> r = get("/doc/A/RES/73/338", "text/turtle");
        assertEquals(200, r.statusCode());
        Model m = parse(r.body(), Lang.TURTLE);
        assertEquals(2, m.listSubjectsWithProperty(CITO.cites, ResourceFactory.createResource(ServeFixture.R73))
                .filterKeep(s -> s.getURI().matches(".*/RES/7\\d/\\d+$")).toList().size());
    }

    @Test
    void unknownIriIs404() throws Exception {
        HttpResponse<byte[]> r = get("/doc/A/RES/99/999", "text/html");
        assertEquals(404, r.statusCode());
        assertTrue(new String(r.body(), StandardCharsets.UTF_8).contains("Nothing is known"));
        assertEquals(404, get("/doc/A/RES/99/999", "text/turtle").statusCode());
        assertEquals(406, get("/doc/A/RES/76/299", "image/png").statusCode());
    }

    @Test
    void homeQueriesAndVoid() throws Exception {
        String home = new String(get("/", "text/html").body(), StandardCharsets.UTF_8);
        assertTrue(home.contains("action=\"/unkg/sparql\""));
        assertTrue(home.contains("/queries/03-cited-by"));
        String list = new String(get("/queries", "application/json").body(), StandardCharsets.UTF_8);
        assertTrue(list.contains("\"name\" : \"03-cited-by\"") || list.contains("\"name\":\"03-cited-by\""), list);
        HttpResponse<byte[]> csv = get("/queries/03-cited-by?symbol=A/RES/76/299", "text/csv");
        assertEquals("citing,citingSymbol,paragraph,verb,relation", new String(csv.body(), StandardCharsets.UTF_8)
                .lines().findFirst().orElse(""));
        assertEquals(2, new String(csv.body(), StandardCharsets.UTF_8).lines().count());
        String hostile = java.net.URLEncoder.encode("\"} ; DROP ALL ; {", StandardCharsets.UTF_8);
        HttpResponse<byte[]> inj = get("/queries/03-cited-by?symbol=" + hostile, "application/sparql-results+json");
        assertEquals(200, inj.statusCode());
        assertTrue(new String(inj.body(), StandardCharsets.UTF_8).contains("\"bindings\": [ ]")
                || new String(inj.body(), StandardCharsets.UTF_8).replaceAll("\\s", "").contains("\"bindings\":[]"));
        String html = new String(get("/queries/06-operative-paragraphs-by-verb", "text/html").body(), StandardCharsets.UTF_8);
        assertTrue(html.contains("<table>") && html.contains("2 rows"), html);
        assertEquals(404, get("/queries/no-such-query", "text/html").statusCode());
        String page = new String(get("/queries/02-citation-network?limit=2&offset=1", "text/html").body(),
                StandardCharsets.UTF_8);
        assertTrue(page.contains("rows 2–3") && page.contains("rel=\"prev\" href=\"/queries/02-citation-network?lang=en&amp;limit=2&amp;offset=0\"")
                && page.contains("rel=\"next\" href=\"/queries/02-citation-network?lang=en&amp;limit=2&amp;offset=3\""), page);
        String last = new String(get("/queries/02-citation-network?limit=2&offset=2", "text/html").body(),
                StandardCharsets.UTF_8);
        assertTrue(last.contains("rows 3–3") && !last.contains("rel=\"next\""), last);
        assertEquals(400, get("/queries/02-citation-network?limit=0", "text/html").statusCode());
        HttpResponse<byte[]> v = get("/.well-known/void", "text/turtle");
        Model m = parse(v.body(), Lang.TURTLE);
        assertTrue(m.contains(null, org.apache.jena.vocabulary.VOID.linkPredicate, org.apache.jena.vocabulary.OWL.sameAs));
    }
}
