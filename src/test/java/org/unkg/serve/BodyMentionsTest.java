package org.unkg.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.apache.jena.query.Dataset;
import org.apache.jena.rdf.model.RDFNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@link BodyMentions} answers exactly the rows, in the same order, of query 07's two LATERAL
 * steps it replaces, in a TDB2 store (over NodeIds) and in memory (through Graph.find), on a graph
 * with the cases those steps tell apart: a body of both types (its rows twice, side by side), of
 * one type, of neither (no rows) and one mentioned nowhere; documents whose symbols sort otherwise
 * than their IRIs, two documents sharing a symbol, a document with two symbols and one with none;
 * paragraphs whose IRIs sort otherwise than the graph lists them, a paragraph of both types, a
 * footnote and an untyped part (dropped); for bodies given as constants and bound before.
 */
class BodyMentionsTest {
    private static final String GRAPH = """
            @prefix unkg: <https://w3id.org/unkg/ontology#> .
            @prefix dcterms: <http://purl.org/dc/terms/> .
            @prefix d: <https://example.org/doc/> .
            d:both a unkg:UNEntity , unkg:Organization .
            d:entity a unkg:UNEntity .
            d:org a unkg:Organization .
            d:quiet a unkg:UNEntity .
            d:d1 dcterms:identifier "A/2" ; unkg:qualifiedMention d:m1 , d:n1 , d:o1 .
            d:d2 dcterms:identifier "A/10" ; unkg:qualifiedMention d:m2 , d:n2 .
            d:d3 dcterms:identifier "A/2" ; unkg:qualifiedMention d:m3 .
            d:d4 dcterms:identifier "B/1" , "B/1/Rev.1" ; unkg:qualifiedMention d:m4 .
            d:d5 unkg:qualifiedMention d:m5 .
            d:m1 unkg:mentioned d:both ; unkg:mentionedIn d:p1c , d:p1a , d:p1b , d:f1 , d:x1 .
            d:m2 unkg:mentioned d:both ; unkg:mentionedIn d:p2 .
            d:m3 unkg:mentioned d:both ; unkg:mentionedIn d:p3b , d:p3a .
            d:m4 unkg:mentioned d:both ; unkg:mentionedIn d:p4 .
            d:m5 unkg:mentioned d:both ; unkg:mentionedIn d:p5 .
            d:n1 unkg:mentioned d:entity ; unkg:mentionedIn d:p1b , d:p1a .
            d:n2 unkg:mentioned d:entity ; unkg:mentionedIn d:p2 .
            d:o1 unkg:mentioned d:org ; unkg:mentionedIn d:p1c , d:f1 .
            d:m9 unkg:mentioned d:stranger ; unkg:mentionedIn d:p9 .
            d:d9 dcterms:identifier "Z/1" ; unkg:qualifiedMention d:m9 .
            d:p1a a unkg:OperativeParagraph .
            d:p1b a unkg:PreambularParagraph .
            d:p1c a unkg:OperativeParagraph , unkg:PreambularParagraph .
            d:f1 a unkg:Footnote .
            d:p2 a unkg:OperativeParagraph .
            d:p3a a unkg:PreambularParagraph .
            d:p3b a unkg:OperativeParagraph .
            d:p4 a unkg:OperativeParagraph .
            d:p5 a unkg:OperativeParagraph .
            d:p9 a unkg:OperativeParagraph .
            """;
    private static final String PREFIXES = """
            PREFIX unkg: <https://w3id.org/unkg/ontology#>
            PREFIX dcterms: <http://purl.org/dc/terms/>
            PREFIX d: <https://example.org/doc/>
            PREFIX fn: <https://w3id.org/unkg/function#>
            """;
    /** Query 07's two LATERAL steps, after a VALUES that binds ?body. */
    private static final String STEPS = """
            LATERAL {
              SELECT ?body ?symbol ?mention
              WHERE {
                ?mention unkg:mentioned ?body .
                ?document unkg:qualifiedMention ?mention ;
                          dcterms:identifier ?symbol .
              }
              ORDER BY ?symbol
            }
            LATERAL {
              SELECT ?body ?mention ?paragraph
              WHERE {
                VALUES ?type { unkg:UNEntity unkg:Organization }
                ?body a ?type .
                ?mention unkg:mentionedIn ?paragraph .
                ?paragraph a ?ptype .
                FILTER(?ptype IN (unkg:PreambularParagraph, unkg:OperativeParagraph))
              }
              ORDER BY ?paragraph
            }
            """;
    private static final List<String> BODIES = List.of("d:both", "d:entity", "d:org", "d:quiet", "d:stranger",
            "d:nothing");

    @TempDir
    Path dir;

    @Test
    void tdb2StoreJoinsOverNodeIds() throws IOException {
        Dataset ds = FunctionFixture.tdbStore(dir.resolve("tdb"), graphFile());
        FunctionFixture.answeredBy(BodyMentions.BY_NODE_ID, BODIES.size(), BodyMentions.BY_FIND, () -> check(ds));
    }

    @Test
    void inMemoryGraphJoinsThroughFind() throws IOException {
        Dataset ds = Stores.memory(List.of(graphFile()));
        FunctionFixture.answeredBy(BodyMentions.BY_FIND, BODIES.size(), BodyMentions.BY_NODE_ID, () -> check(ds));
    }

    @Test
    void theBodyMustBeGiven() throws IOException {
        Dataset ds = Stores.memory(List.of(graphFile()));
        assertThrows(RuntimeException.class,
                () -> rows(ds, "SELECT * WHERE { (?symbol ?paragraph) fn:bodyMentions (?body) }"));
    }

    private Path graphFile() throws IOException {
        Path file = dir.resolve("graph.ttl");
        Files.writeString(file, GRAPH);
        return file;
    }

    private static void check(Dataset ds) {
        // the body of both types: documents by symbol ("A/10" < "A/2"), each document's paragraphs by IRI, twice
        List<String> both = rows(ds, "SELECT ?body ?symbol ?paragraph WHERE { (?symbol ?paragraph) "
                + "fn:bodyMentions (d:both) }");
        assertEquals(List.of("- \"A/10\" d:p2", "- \"A/10\" d:p2"), both.subList(0, 2), both.toString());
        assertTrue(both.contains("- \"B/1/Rev.1\" d:p4"), both.toString());
        assertTrue(both.stream().noneMatch(r -> r.contains("d:f1") || r.contains("d:x1") || r.contains("d:p5")),
                both.toString());
        for (String body : BODIES) {
            List<String> expected = rows(ds, "SELECT ?body ?symbol ?paragraph WHERE { VALUES ?body { " + body
                    + " } " + STEPS + " }");
            assertEquals(expected, rows(ds, "SELECT ?body ?symbol ?paragraph WHERE { VALUES ?body { " + body
                    + " } LATERAL { (?symbol ?paragraph) fn:bodyMentions (?body) } }"), body + " bound before");
            assertEquals(expected.stream().map(r -> "-" + r.substring(r.indexOf(' '))).toList(),
                    rows(ds, "SELECT ?body ?symbol ?paragraph WHERE { (?symbol ?paragraph) fn:bodyMentions ("
                            + body + ") }"), body + " given");
            assertEquals(body.equals("d:quiet") || body.equals("d:stranger") || body.equals("d:nothing"),
                    expected.isEmpty(), body + ": rows " + expected);
        }
        // all bodies in one loop, as 07 runs them
        String values = "VALUES ?body { " + String.join(" ", BODIES) + " } ";
        List<String> all = rows(ds, "SELECT ?body ?symbol ?paragraph WHERE { " + values + STEPS + " }");
        assertEquals(all, rows(ds, "SELECT ?body ?symbol ?paragraph WHERE { " + values
                + "LATERAL { (?symbol ?paragraph) fn:bodyMentions (?body) } }"));
        assertEquals(23, all.size(), all.toString());
    }

    /** The rows as text, in order, "-" for an unbound column. */
    private static List<String> rows(Dataset ds, String query) {
        return FunctionFixture.rows(ds, PREFIXES + query, List.of("body", "symbol", "paragraph"), BodyMentionsTest::term);
    }

    private static String term(RDFNode n) {
        if (n == null) {
            return "-";
        }
        if (n.isURIResource()) {
            return n.asResource().getURI().replace("https://example.org/doc/", "d:");
        }
        return "\"" + n.asLiteral().getLexicalForm() + "\"";
    }
}
