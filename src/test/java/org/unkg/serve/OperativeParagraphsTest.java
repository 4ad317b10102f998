package org.unkg.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.jena.query.Dataset;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@link OperativeParagraphs} answers exactly the rows of the SPARQL pattern it replaces, in a
 * TDB2 store (the join over NodeIds) and in memory (through Graph.find), on a graph with the
 * cases the pattern tells apart: a paragraph that is not operative, two texts in the verb's
 * language, a text tagged with a longer tag, a text that is an IRI, an untagged verb and text, a
 * verb that is an IRI, a paragraph in two Works and one in none; with the verb a constant, bound by
 * the pattern before, or unbound, with a constant paragraph, text or Work, with the Work
 * asked for or not, with its symbol asked for or not (a Work with two symbols, one, none; a
 * constant symbol), and with a keyword (a constant, bound, unbound, an IRI) or none.
 */
class OperativeParagraphsTest {
    private static final String GRAPH = """
            @prefix unkg: <https://w3id.org/unkg/ontology#> .
            @prefix d: <https://example.org/doc/> .
            @prefix dcterms: <http://purl.org/dc/terms/> .
            d:p1 a unkg:OperativeParagraph ; unkg:verb "Requests"@en , "Prie"@fr ;
                unkg:text "p1 en"@en , "p1 fr"@fr , "p1 es"@es ; unkg:work d:w1 .
            d:p2 a unkg:PreambularParagraph ; unkg:verb "Requests"@en ; unkg:text "p2 en"@en .
            d:p3 a unkg:OperativeParagraph , unkg:Other ; unkg:verb "Requests"@en ;
                unkg:text "p3 en"@en , "p3 en again"@en , "p3 en-gb"@en-GB , d:notText ;
                unkg:work d:w1 , d:w2 .
            d:p4 a unkg:OperativeParagraph ; unkg:verb "Notes" ; unkg:text "p4 plain" , "p4 en"@en .
            d:p5 a unkg:OperativeParagraph ; unkg:verb d:verbIri ; unkg:text "p5 en"@en .
            d:p6 unkg:verb "Requests"@en ; unkg:text "p6 en"@en .
            d:p7 a unkg:OperativeParagraph ; unkg:verb "Decides"@en ; unkg:text "p7 en"@en ; unkg:work d:w4 .
            d:w1 dcterms:identifier "S1 b" , "S1 a" .
            d:w2 dcterms:identifier "S2" .
            """;
    private static final String PREFIXES = """
            PREFIX unkg: <https://w3id.org/unkg/ontology#>
            PREFIX d: <https://example.org/doc/>
            PREFIX fn: <https://w3id.org/unkg/function#>
            PREFIX dcterms: <http://purl.org/dc/terms/>
            """;
    /** Each case: the function's pattern and the SPARQL pattern it stands for. */
    private static final List<String[]> CASES = List.of(
            new String[] {"(?p ?t) fn:operativeParagraphs (\"Requests\"@en)",
                "?p unkg:verb \"Requests\"@en ; a unkg:OperativeParagraph ; unkg:text ?t . FILTER(LANG(\"Requests\"@en) = LANG(?t))"},
            new String[] {"VALUES ?v { \"Requests\"@en \"Prie\"@fr \"Notes\" \"Absent\"@en } (?p ?t) fn:operativeParagraphs (?v)",
                "VALUES ?v { \"Requests\"@en \"Prie\"@fr \"Notes\" \"Absent\"@en } ?p unkg:verb ?v ; a unkg:OperativeParagraph ; unkg:text ?t . FILTER(LANG(?v) = LANG(?t))"},
            new String[] {"(?p ?t) fn:operativeParagraphs (?v)",
                "?p unkg:verb ?v ; a unkg:OperativeParagraph ; unkg:text ?t . FILTER(LANG(?v) = LANG(?t))"},
            new String[] {"(d:p3 ?t) fn:operativeParagraphs (?v)",
                "d:p3 unkg:verb ?v ; a unkg:OperativeParagraph ; unkg:text ?t . FILTER(LANG(?v) = LANG(?t))"},
            new String[] {"(?p \"p1 fr\"@fr) fn:operativeParagraphs (?v)",
                "?p unkg:verb ?v ; a unkg:OperativeParagraph ; unkg:text \"p1 fr\"@fr . FILTER(LANG(?v) = LANG(\"p1 fr\"@fr))"},
            new String[] {"(?p ?t) fn:operativeParagraphs (d:verbIri)",
                "?p unkg:verb d:verbIri ; a unkg:OperativeParagraph ; unkg:text ?t . FILTER(LANG(d:verbIri) = LANG(?t))"},
            new String[] {"(?p ?t ?w) fn:operativeParagraphs (?v)",
                "?p unkg:verb ?v ; a unkg:OperativeParagraph ; unkg:text ?t ; unkg:work ?w . FILTER(LANG(?v) = LANG(?t))"},
            new String[] {"(?p ?t d:w2) fn:operativeParagraphs (?v)",
                "?p unkg:verb ?v ; a unkg:OperativeParagraph ; unkg:text ?t ; unkg:work d:w2 . FILTER(LANG(?v) = LANG(?t))"},
            new String[] {"(?p ?t d:w3) fn:operativeParagraphs (?v)",
                "?p unkg:verb ?v ; a unkg:OperativeParagraph ; unkg:text ?t ; unkg:work d:w3 . FILTER(LANG(?v) = LANG(?t))"},
            new String[] {"(?p ?t) fn:operativeParagraphs (\"Requests\"@en \"AGAIN\")",
                "?p unkg:verb \"Requests\"@en ; a unkg:OperativeParagraph ; unkg:text ?t . FILTER(LANG(\"Requests\"@en) = LANG(?t)) FILTER(CONTAINS(LCASE(STR(?t)), LCASE(STR(\"AGAIN\"))))"},
            new String[] {"(?p ?t ?w) fn:operativeParagraphs (?v \"P\")",
                "?p unkg:verb ?v ; a unkg:OperativeParagraph ; unkg:text ?t ; unkg:work ?w . FILTER(LANG(?v) = LANG(?t)) FILTER(CONTAINS(LCASE(STR(?t)), LCASE(STR(\"P\"))))"},
            new String[] {"VALUES ?k { \"\" \"Plain\"@en \"EN\" d:p } (?p ?t) fn:operativeParagraphs (?v ?k)",
                "VALUES ?k { \"\" \"Plain\"@en \"EN\" d:p } ?p unkg:verb ?v ; a unkg:OperativeParagraph ; unkg:text ?t . FILTER(LANG(?v) = LANG(?t)) FILTER(CONTAINS(LCASE(STR(?t)), LCASE(STR(?k))))"},
            new String[] {"(?p ?t ?w ?s) fn:operativeParagraphs (?v)",
                "?p unkg:verb ?v ; a unkg:OperativeParagraph ; unkg:text ?t ; unkg:work ?w . ?w dcterms:identifier ?s . FILTER(LANG(?v) = LANG(?t))"},
            new String[] {"(?p ?t ?w ?s) fn:operativeParagraphs (\"Requests\"@en \"again\")",
                "?p unkg:verb \"Requests\"@en ; a unkg:OperativeParagraph ; unkg:text ?t ; unkg:work ?w . ?w dcterms:identifier ?s . FILTER(LANG(\"Requests\"@en) = LANG(?t)) FILTER(CONTAINS(LCASE(STR(?t)), LCASE(STR(\"again\"))))"},
            new String[] {"(?p ?t ?w \"S2\") fn:operativeParagraphs (?v)",
                "?p unkg:verb ?v ; a unkg:OperativeParagraph ; unkg:text ?t ; unkg:work ?w . ?w dcterms:identifier \"S2\" . FILTER(LANG(?v) = LANG(?t))"},
            new String[] {"(?p ?t d:w1 ?s) fn:operativeParagraphs (?v)",
                "?p unkg:verb ?v ; a unkg:OperativeParagraph ; unkg:text ?t ; unkg:work d:w1 . d:w1 dcterms:identifier ?s . FILTER(LANG(?v) = LANG(?t))"},
            new String[] {"(?p ?t ?w \"S9\") fn:operativeParagraphs (?v)",
                "?p unkg:verb ?v ; a unkg:OperativeParagraph ; unkg:text ?t ; unkg:work ?w . ?w dcterms:identifier \"S9\" . FILTER(LANG(?v) = LANG(?t))"},
            new String[] {"(?p ?t) fn:operativeParagraphs (?v ?nope)",
                "?p unkg:verb ?v ; a unkg:OperativeParagraph ; unkg:text ?t . FILTER(LANG(?v) = LANG(?t)) FILTER(CONTAINS(LCASE(STR(?t)), LCASE(STR(?nope))))"});

    @TempDir
    Path dir;

    @Test
    void tdb2StoreJoinsOverNodeIds() throws IOException {
        Dataset ds = FunctionFixture.tdbStore(dir.resolve("tdb"), graphFile());
        FunctionFixture.answeredBy(OperativeParagraphs.BY_NODE_ID, CASES.size(), OperativeParagraphs.BY_FIND,
                () -> check(ds));
    }

    @Test
    void loadedStoreReadsItsOperativeIndex() throws IOException {
        Path file = graphFile();
        Path store = dir.resolve("loaded");
        Dataset ds = Stores.tdbFrom(file, store);
        assertTrue(Files.isRegularFile(store.resolve(OperativeIndex.FILE)), "the load writes the index");
        long reads = OperativeIndex.READS.get();
        long byFind = OperativeParagraphs.BY_FIND.get();
        check(ds);
        // the four-variable cases with a verb (constant or bound): the first symbol case and the keyword one
        assertTrue(OperativeIndex.READS.get() - reads >= 2, "06's form read from the index");
        assertEquals(byFind, OperativeParagraphs.BY_FIND.get(), "never through Graph.find");
        // 06's shape (a verb bound before, a keyword) gives the join's rows, page by page
        String pattern = "VALUES (?v ?k) { (\"Requests\"@en \"p\") (\"Prie\"@fr \"\") (\"Decides\"@en \"\")"
                + " (\"Notes\" \"\") (\"Absent\"@en \"\") }"
                + " (?p ?t ?w ?s) fn:operativeParagraphs (?v ?k)";
        String sparql = "VALUES (?v ?k) { (\"Requests\"@en \"p\") (\"Prie\"@fr \"\") (\"Decides\"@en \"\")"
                + " (\"Notes\" \"\") (\"Absent\"@en \"\") }"
                + " ?p unkg:verb ?v ; a unkg:OperativeParagraph ; unkg:text ?t ; unkg:work ?w ."
                + " ?w dcterms:identifier ?s . FILTER(LANG(?v) = LANG(?t))"
                + " FILTER(CONTAINS(LCASE(STR(?t)), LCASE(STR(?k))))";
        reads = OperativeIndex.READS.get();
        List<String> expected = rows(ds, sparql, "?s ?p ?v ?t ?w");
        // Requests: p1 (two symbols) and p3's two English texts (three symbols); Prie: p1 (two symbols)
        assertEquals(10, expected.size(), String.join("\n", expected));
        assertEquals(expected, rows(ds, pattern, "?s ?p ?v ?t ?w"));
        // one read per verb of the store (a verb the store lacks has no rows before any read)
        assertTrue(OperativeIndex.READS.get() - reads >= 4, "one read per verb");
        for (int offset = 0; offset < expected.size(); offset += 3) {
            assertEquals(expected.subList(offset, Math.min(expected.size(), offset + 3)),
                    rows(ds, pattern, "?s ?p ?v ?t ?w LIMIT 3 OFFSET " + offset), "page at " + offset);
        }
    }

    @Test
    void anIndexWrittenForAnotherGenerationIsIgnored() throws IOException {
        Path store = dir.resolve("generations");
        Stores.tdbFrom(graphFile(), store);
        assertTrue(Files.isDirectory(store.resolve("Data-0001")), "a fresh store is generation 1");
        assertEquals(1, OperativeIndex.generation(store));
        assertNotNull(OperativeIndex.open(store), "read for the generation it was written for");
        // what tdb2.tdbcompact leaves: a newer generation, whose NodeIds the file does not know
        Files.createDirectory(store.resolve("Data-0002"));
        assertEquals(2, OperativeIndex.generation(store));
        assertNull(OperativeIndex.open(store), "ignored once the store has moved on");
    }

    @Test
    void inMemoryGraphJoinsThroughFind() throws IOException {
        Dataset ds = Stores.memory(List.of(graphFile()));
        FunctionFixture.answeredBy(OperativeParagraphs.BY_FIND, CASES.size(), OperativeParagraphs.BY_NODE_ID,
                () -> check(ds));
    }

    private Path graphFile() throws IOException {
        Path file = dir.resolve("graph.ttl");
        Files.writeString(file, GRAPH);
        return file;
    }

    private static void check(Dataset ds) {
        assertEquals(List.of("p=d:p1 t=\"p1 en\"@en", "p=d:p3 t=\"p3 en\"@en", "p=d:p3 t=\"p3 en again\"@en"),
                rows(ds, CASES.get(0)[0], "?p ?t"), "Requests: operative paragraphs only, texts in English only");
        assertEquals(List.of("p=d:p1 t=\"p1 fr\"@fr v=\"Prie\"@fr", "p=d:p4 t=\"p4 plain\" v=\"Notes\""),
                rows(ds, CASES.get(1)[0], "?p ?t ?v").stream().filter(r -> !r.contains("Requests")).toList(),
                "a French verb, an untagged verb with the untagged text");
        assertEquals(List.of("p=d:p1 t=\"p1 en\"@en v=\"Requests\"@en w=d:w1",
                "p=d:p1 t=\"p1 fr\"@fr v=\"Prie\"@fr w=d:w1", "p=d:p3 t=\"p3 en\"@en v=\"Requests\"@en w=d:w1",
                "p=d:p3 t=\"p3 en\"@en v=\"Requests\"@en w=d:w2",
                "p=d:p3 t=\"p3 en again\"@en v=\"Requests\"@en w=d:w1",
                "p=d:p3 t=\"p3 en again\"@en v=\"Requests\"@en w=d:w2",
                "p=d:p7 t=\"p7 en\"@en v=\"Decides\"@en w=d:w4"),
                rows(ds, "(?p ?t ?w) fn:operativeParagraphs (?v)", "?p ?t ?w"),
                "with the Work: a row per Work, none for a paragraph without one");
        assertEquals(List.of("p=d:p1 t=\"p1 en\"@en w=d:w1 s=\"S1 a\"",
                "p=d:p1 t=\"p1 en\"@en w=d:w1 s=\"S1 b\"",
                "p=d:p3 t=\"p3 en\"@en w=d:w1 s=\"S1 a\"",
                "p=d:p3 t=\"p3 en\"@en w=d:w1 s=\"S1 b\"",
                "p=d:p3 t=\"p3 en\"@en w=d:w2 s=\"S2\"",
                "p=d:p3 t=\"p3 en again\"@en w=d:w1 s=\"S1 a\"",
                "p=d:p3 t=\"p3 en again\"@en w=d:w1 s=\"S1 b\"",
                "p=d:p3 t=\"p3 en again\"@en w=d:w2 s=\"S2\""),
                rows(ds, "(?p ?t ?w ?s) fn:operativeParagraphs (\"Requests\"@en)", "?p ?t ?w ?s"),
                "with the symbol: a row per symbol of the Work (two for d:w1), none for a Work without one");
        assertEquals(List.of(), rows(ds, "(?p ?t ?w ?s) fn:operativeParagraphs (\"Decides\"@en)", "?p"),
                "none for a Work without a symbol (d:w4)");
        for (String[] c : CASES) {
            List<String> expected = rows(ds, c[1], "?p ?t ?v ?w ?k ?s");
            assertEquals(expected, rows(ds, c[0], "?p ?t ?v ?w ?k ?s"), c[0]);
            assertTrue(!expected.isEmpty() || c[0].contains("verbIri") || c[0].contains("w3")
                    || c[0].contains("nope") || c[0].contains("S9"), "rows for " + c[0]);
        }
    }

    private static List<String> rows(Dataset ds, String pattern, String order) {
        String q = PREFIXES + "SELECT * WHERE { " + pattern + " } ORDER BY " + order;
        List<String> out = new ArrayList<>();
        Txn.executeRead(ds, () -> {
            try (QueryExecution qe = QueryExecution.dataset(ds).query(q).build()) {
                ResultSet rs = qe.execSelect();
                while (rs.hasNext()) {
                    QuerySolution s = rs.next();
                    StringBuilder b = new StringBuilder();
                    for (String v : List.of("p", "t", "v", "w", "k", "s")) {
                        RDFNode n = s.get(v);
                        if (n != null) {
                            b.append(b.isEmpty() ? "" : " ").append(v).append('=').append(term(n));
                        }
                    }
                    out.add(b.toString());
                }
            }
        });
        return out;
    }

    private static String term(RDFNode n) {
        if (n.isURIResource()) {
            return n.asResource().getURI().replace("https://example.org/doc/", "d:");
        }
        String lang = n.asLiteral().getLanguage();
        return "\"" + n.asLiteral().getLexicalForm() + "\"" + (lang.isEmpty() ? "" : "@" + lang);
    }
}
