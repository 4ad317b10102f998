package org.unkg.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;

import org.apache.jena.query.Dataset;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** The network exports parse back and hold as many edges as the graph has. */
class ExportTest {
    @TempDir
    static Path dir;
    static Dataset ds;
    static Network net;
    static long graphEdges;

    @BeforeAll
    static void setUp() {
        ds = ServeFixture.dataset(dir);
        net = Network.read(ds, "en");
        String count = """
                PREFIX unkg: <https://w3id.org/unkg/ontology#>
                PREFIX cito: <http://purl.org/spar/cito/>
                SELECT (COUNT(*) AS ?n) WHERE {
                  SELECT DISTINCT ?s ?o ?k WHERE {
                    ?s a unkg:Resolution .
                    { ?s cito:cites ?o BIND(1 AS ?k) } UNION { ?s unkg:mentions ?o BIND(2 AS ?k) }
                  }
                }""";
        graphEdges = Txn.calculateRead(ds, () -> {
            try (QueryExecution qe = QueryExecution.create(count, ds)) {
                return qe.execSelect().next().getLiteral("n").getLong();
            }
        });
    }

    static Document parseXml(byte[] xml) throws Exception {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        f.setExpandEntityReferences(false);
        return f.newDocumentBuilder().parse(new ByteArrayInputStream(xml));
    }

    @Test
    void networkHasTheCitationsAndMentions() {
        assertEquals(8, graphEdges);
        assertEquals(graphEdges, net.edges().size());
        Network.Edge e = net.edges().stream().filter(x -> x.source().equals(ServeFixture.R77)
                && x.target().equals(ServeFixture.R76)).findFirst().orElseThrow();
        assertEquals("cites", e.kind());
        assertEquals("recalls", e.relation());
        assertEquals("Recalling", e.verbs());
        Network.NodeInfo kaz = net.nodes().stream().filter(n -> n.iri().endsWith("/state/kaz")).findFirst().orElseThrow();
        assertEquals("Kazakhstan", kaz.label());
        assertEquals("State", kaz.type());
        Network.NodeInfo r73 = net.nodes().stream().filter(n -> n.iri().equals(ServeFixture.R73)).findFirst().orElseThrow();
        assertEquals("A/RES/73/338", r73.symbol());
        assertEquals("Resolution", r73.type());
    }

    @Test
    void graphmlParsesWithConsistentEdges() throws Exception {
        ByteArrayOutputStream os = new ByteArrayOutputStream();
        NetworkWriter.graphml(net, os);
        Document d = parseXml(os.toByteArray());
        String ns = "http://graphml.graphdrawing.org/xmlns";
        assertEquals(ns, d.getDocumentElement().getNamespaceURI());
        NodeList nodes = d.getElementsByTagNameNS(ns, "node");
        NodeList edges = d.getElementsByTagNameNS(ns, "edge");
        assertEquals(net.nodes().size(), nodes.getLength());
        assertEquals(graphEdges, edges.getLength());
        Set<String> ids = new HashSet<>();
        for (int i = 0; i < nodes.getLength(); i++) {
            ids.add(((Element) nodes.item(i)).getAttribute("id"));
        }
        for (int i = 0; i < edges.getLength(); i++) {
            Element e = (Element) edges.item(i);
            assertTrue(ids.contains(e.getAttribute("source")) && ids.contains(e.getAttribute("target")));
        }
        assertTrue(os.toString(StandardCharsets.UTF_8).contains("<data key=\"e_relation\">recalls</data>"));
    }

    @Test
    void gexfParses() throws Exception {
        ByteArrayOutputStream os = new ByteArrayOutputStream();
        NetworkWriter.gexf(net, os);
        Document d = parseXml(os.toByteArray());
        String ns = "http://gexf.net/1.3";
        assertEquals("1.3", d.getDocumentElement().getAttribute("version"));
        assertEquals(net.nodes().size(), d.getElementsByTagNameNS(ns, "node").getLength());
        assertEquals(graphEdges, d.getElementsByTagNameNS(ns, "edge").getLength());
    }

    @Test
    void neo4jCsvHasHeadersAndRows() throws Exception {
        Path out = dir.resolve("neo4j");
        NetworkWriter.neo4j(net, out);
        List<String> nodes = Files.readAllLines(out.resolve("nodes.csv"));
        List<String> edges = Files.readAllLines(out.resolve("edges.csv"));
        assertEquals("iri:ID,label,symbol,:LABEL", nodes.get(0));
        assertEquals(":START_ID,:END_ID,:TYPE,relation,verbs", edges.get(0));
        assertEquals(net.nodes().size() + 1, nodes.size());
        assertEquals(graphEdges + 1, edges.size());
        assertTrue(edges.contains("\"" + ServeFixture.R77 + "\",\"" + ServeFixture.R76 + "\",\"CITES\",\"recalls\",\"Recalling\""),
                String.join("\n", edges));
    }
}
