package org.unkg.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.jena.query.Dataset;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@link Citations} answers exactly the rows of the SPARQL it replaces (query 02's LATERAL step),
 * every column, with its aggregates' values in the same order, in a TDB2 store (over NodeIds)
 * and in memory (through Graph.find), on a graph with the cases that step tells apart: two
 * documents sharing a rank, a document with two symbols, a cited document with two symbols and
 * one with none, a pair with no relation and no verb (both columns unbound), relations that are
 * excluded (cito:cites, unkg:draft, unkg:report), one without "#" (an empty name) and two with
 * the same name, verbs met again in a later paragraph, in a longer or other tag, untagged, an
 * IRI, a paragraph that cites nothing, one of another document; for ranks given, bound before,
 * absent or of another type, and for languages that match one tag, a range, any tag ("*"), none,
 * and one unbound. {@link CitingRanks} lists the ranks in the order of the SELECT DISTINCT ...
 * ORDER BY it replaces, on ranks out of order, shared, of several types and of one value in two terms.
 */
class CitationsTest {
    private static final String GRAPH = """
            @prefix unkg: <https://w3id.org/unkg/ontology#> .
            @prefix cito: <http://purl.org/spar/cito/> .
            @prefix dcterms: <http://purl.org/dc/terms/> .
            @prefix d: <https://example.org/doc/> .
            @prefix o: <https://example.org/other#> .
            d:a unkg:citingSymbolRank 1 ; dcterms:identifier "A/1" ;
                cito:cites d:x , d:y , d:z , d:w , d:v ;
                unkg:recalls d:x ; unkg:reaffirms d:x ; unkg:draft d:x ; o:recalls d:x ;
                <https://example.org/noHash> d:y ; unkg:welcomes d:y ; unkg:report d:z .
            d:a2 unkg:citingSymbolRank 1 ; dcterms:identifier "A/1" ; cito:cites d:x ; unkg:welcomes d:x .
            d:b unkg:citingSymbolRank 2 ; dcterms:identifier "B/1" , "B/1/Rev.1" ; cito:cites d:x , d:y .
            d:c unkg:citingSymbolRank 3 ; cito:cites d:x .
            d:x dcterms:identifier "X" .
            d:y dcterms:identifier "Y" , "Y/Add.1" .
            d:z dcterms:identifier "Z" .
            d:v dcterms:identifier "V" .
            d:p1 unkg:work d:a ; cito:cites d:x , d:y ;
                unkg:verb "Recalls"@en , "Rappelle"@fr , "Recalls"@en-GB , "Notes" , d:verbIri .
            d:p2 unkg:work d:a ; cito:cites d:x ; unkg:verb "Welcomes"@en , "Recalls"@en , "Accueille"@fr .
            d:p3 unkg:work d:a ; unkg:verb "Decides"@en .
            d:p4 unkg:work d:a ; cito:cites d:z .
            d:p5 unkg:work d:b ; cito:cites d:x ; unkg:verb "Urges"@en .
            d:p6 unkg:work d:a2 ; cito:cites d:x ; unkg:verb "Notes"@en , "Prend note"@fr .
            d:p7 cito:cites d:x ; unkg:verb "Stray"@en .
            """;
    /** Ranks out of order, shared, of several types and terms of one value. */
    private static final String RANK_GRAPH = """
            @prefix unkg: <https://w3id.org/unkg/ontology#> .
            @prefix xsd: <http://www.w3.org/2001/XMLSchema#> .
            @prefix d: <https://example.org/doc/> .
            d:a unkg:citingSymbolRank 10 . d:b unkg:citingSymbolRank 2 . d:c unkg:citingSymbolRank 3 .
            d:d unkg:citingSymbolRank 2 . d:e unkg:citingSymbolRank 1 . d:f unkg:citingSymbolRank "01"^^xsd:integer .
            d:g unkg:citingSymbolRank 1.5 . d:h unkg:citingSymbolRank "2" . d:i unkg:citingSymbolRank d:rank .
            d:j unkg:citingSymbolRank -4 . d:k unkg:citingSymbolRank 1.0e0 , 3 .
            """;
    private static final String PREFIXES = """
            PREFIX unkg: <https://w3id.org/unkg/ontology#>
            PREFIX cito: <http://purl.org/spar/cito/>
            PREFIX dcterms: <http://purl.org/dc/terms/>
            PREFIX d: <https://example.org/doc/>
            PREFIX fn: <https://w3id.org/unkg/function#>
            """;
    /** Query 02's LATERAL step, with $RANK and $LANG for the rank and the language. */
    private static final String STEP = """
            SELECT ?citing ?citingSymbol ?cited ?citedSymbol
                   (GROUP_CONCAT(DISTINCT STRAFTER(STR(?rel), "#"); SEPARATOR=" ") AS ?relation)
                   (GROUP_CONCAT(DISTINCT ?verb; SEPARATOR=" | ") AS ?verbs)
            WHERE {
              ?citing unkg:citingSymbolRank $RANK ;
                      dcterms:identifier ?citingSymbol ;
                      cito:cites ?cited .
              ?cited dcterms:identifier ?citedSymbol .
              OPTIONAL {
                ?citing ?rel ?cited .
                FILTER(?rel NOT IN (cito:cites, unkg:draft, unkg:report))
              }
              OPTIONAL {
                {
                  SELECT ?citing ?cited ?verb
                  WHERE {
                    ?citing unkg:citingSymbolRank $RANK .
                    ?p unkg:work ?citing ;
                       cito:cites ?cited ;
                       unkg:verb ?verb .
                    FILTER(LANGMATCHES(LANG(?verb), $LANG))
                  }
                }
              }
            }
            GROUP BY ?citing ?citingSymbol ?cited ?citedSymbol
            """;
    private static final String ORDER = " ORDER BY ?citing ?citingSymbol ?cited ?citedSymbol";
    private static final List<String> RANKS = List.of("1", "2", "3", "9", "\"1\"");
    private static final List<String> LANGS = List.of("\"en\"", "\"EN\"", "\"fr\"", "\"*\"", "\"en-GB\"", "\"xx\"",
            "\"\"", "d:verbIri", "?nolang");

    @TempDir
    Path dir;

    @Test
    void tdb2StoreJoinsOverNodeIds() throws IOException {
        Dataset ds = FunctionFixture.tdbStore(dir.resolve("tdb"), graphFile());
        FunctionFixture.answeredBy(Citations.BY_NODE_ID, RANKS.size() * LANGS.size(), Citations.BY_FIND,
                () -> check(ds, true));
    }

    @Test
    void inMemoryGraphJoinsThroughFind() throws IOException {
        Dataset ds = Stores.memory(List.of(graphFile()));
        FunctionFixture.answeredBy(Citations.BY_FIND, RANKS.size() * LANGS.size(), Citations.BY_NODE_ID,
                () -> check(ds, false));
    }

    @Test
    void theRankMustBeGiven() throws IOException {
        Dataset ds = Stores.memory(List.of(graphFile()));
        assertThrows(RuntimeException.class, () -> rows(ds, "SELECT * WHERE { "
                + "(?citing ?citingSymbol ?cited ?citedSymbol ?relation ?verbs) fn:citations (?rank \"en\") }"));
    }

    @Test
    void ranksComeInTheOrderOfOrderByOnTdb2() throws IOException {
        Dataset ds = FunctionFixture.tdbStore(dir.resolve("tdb"), graphFile(RANK_GRAPH));
        long byNodeId = CitingRanks.BY_NODE_ID.get();
        checkRanks(ds);
        assertTrue(CitingRanks.BY_NODE_ID.get() > byNodeId, "answered over NodeIds");
    }

    @Test
    void ranksComeInTheOrderOfOrderByInMemory() throws IOException {
        Dataset ds = Stores.memory(List.of(graphFile(RANK_GRAPH)));
        long byFind = CitingRanks.BY_FIND.get();
        checkRanks(ds);
        assertTrue(CitingRanks.BY_FIND.get() > byFind, "answered through Graph.find");
    }

    /** fn:citingRanks lists the rows of the SELECT DISTINCT ... ORDER BY it stands for, in its order. */
    private static void checkRanks(Dataset ds) {
        List<String> expected = ranks(ds,
                "SELECT DISTINCT ?rank WHERE { ?document unkg:citingSymbolRank ?rank } ORDER BY ?rank");
        assertTrue(expected.size() >= 8, expected.toString());
        assertEquals(expected, ranks(ds, "SELECT * WHERE { (?rank) fn:citingRanks () }"));
    }

    private static List<String> ranks(Dataset ds, String query) {
        List<String> out = new ArrayList<>();
        Txn.executeRead(ds, () -> {
            try (QueryExecution qe = QueryExecution.dataset(ds).query(PREFIXES + query).build()) {
                qe.execSelect().forEachRemaining(s -> out.add(s.get("rank").asNode().toString()));
            }
        });
        return out;
    }

    private Path graphFile() throws IOException {
        return graphFile(GRAPH);
    }

    private Path graphFile(String graph) throws IOException {
        Path file = dir.resolve("graph.ttl");
        Files.writeString(file, graph);
        return file;
    }

    /** Compares the function with the step; {@code parseOrder}: the store lists terms in the order the file has them. */
    private static void check(Dataset ds, boolean parseOrder) {
        // TDB2 numbers terms in the order it first reads them, so its indexes list values in file order; an
        // in-memory graph lists them in its hash order (the comparisons with the step below hold on both)
        if (parseOrder) {
            assertEquals(List.of(
                    "d:a \"A/1\" d:v \"V\" - -",
                    "d:a \"A/1\" d:x \"X\" \"recalls reaffirms\" \"Recalls | Recalls | Welcomes\"",
                    "d:a \"A/1\" d:y \"Y\" \" welcomes\" \"Recalls | Recalls\"",
                    "d:a \"A/1\" d:y \"Y/Add.1\" \" welcomes\" \"Recalls | Recalls\"",
                    "d:a \"A/1\" d:z \"Z\" - -",
                    "d:a2 \"A/1\" d:x \"X\" \"welcomes\" \"Notes\""),
                    rows(ds, function("1", "\"en\"")), "rank 1 in English");
        }
        for (String rank : RANKS) {
            for (String lang : LANGS) {
                String step = STEP.replace("$RANK", rank).replace("$LANG", lang);
                List<String> expected = rows(ds, "SELECT * WHERE { { " + step + " } }" + ORDER);
                assertEquals(expected, rows(ds, function(rank, lang)), rank + " " + lang);
                String value = lang.startsWith("?") ? "UNDEF" : lang;
                assertEquals(expected, rows(ds, "SELECT * WHERE { VALUES (?r ?l) { (" + rank + " " + value + ") } "
                        + call("?r", "?l") + " }" + ORDER), rank + " " + lang + " bound before");
                // (the in-memory store derives ranks of its own beside these: more ranks have rows there)
                assertTrue(!expected.isEmpty() || !rank.equals("1") && !rank.equals("2"), "rows for " + rank);
            }
        }
    }

    private static String function(String rank, String lang) {
        return "SELECT * WHERE { " + call(rank, lang) + " }" + ORDER;
    }

    private static String call(String rank, String lang) {
        return "(?citing ?citingSymbol ?cited ?citedSymbol ?relation ?verbs) fn:citations (" + rank + " " + lang + ")";
    }

    /** The rows as text, every column, "-" for an unbound one. */
    private static List<String> rows(Dataset ds, String query) {
        return FunctionFixture.rows(ds, PREFIXES + query, List.of("citing", "citingSymbol", "cited", "citedSymbol", "relation", "verbs"), CitationsTest::term);
    }

    private static String term(RDFNode n) {
        if (n == null) {
            return "-";
        }
        if (n.isURIResource()) {
            return n.asResource().getURI().replace("https://example.org/doc/", "d:");
        }
        String lang = n.asLiteral().getLanguage();
        String type = n.asLiteral().getDatatypeURI();
        return "\"" + n.asLiteral().getLexicalForm() + "\"" + (lang.isEmpty() ? "" : "@" + lang)
                + (type.endsWith("#string") || !lang.isEmpty() ? "" : "^^" + type);
    }
}
