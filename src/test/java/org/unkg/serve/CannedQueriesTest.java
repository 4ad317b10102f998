package org.unkg.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.apache.jena.query.Dataset;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSetRewindable;
import org.apache.jena.rdf.model.RDFNode;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every canned query on the fixture graph, with the rows it must give. */
class CannedQueriesTest {
    @TempDir
    static Path dir;
    static Dataset ds;
    static CannedQueries queries;

    @BeforeAll
    static void setUp() {
        ds = ServeFixture.dataset(dir);
        queries = CannedQueries.bundled();
    }

    private static List<String> rows(String name, Map<String, String> params, String... vars) {
        Query q = queries.get(name).orElseThrow().bind(params);
        ResultSetRewindable rs = QueryRunner.local(ds, Duration.ofSeconds(10), 1000).select(q);
        List<String> out = new ArrayList<>();
        while (rs.hasNext()) {
            QuerySolution s = rs.next();
            List<String> cells = new ArrayList<>();
            for (String v : vars) {
                RDFNode n = s.get(v);
                cells.add(n == null ? "-" : n.isLiteral() ? n.asLiteral().getLexicalForm() : n.asResource().getURI()
                        .replace("https://w3id.org/unkg/ontology#", "").replace("https://w3id.org/unkg/", ""));
            }
            out.add(String.join(" ", cells));
        }
        return out;
    }

    @Test
    void everyQueryHasATitleAndParses() {
        assertTrue(queries.all().size() >= 10, "queries: " + queries.all().size());
        for (CannedQuery q : queries.all()) {
            assertTrue(q.name().matches("\\d\\d-[a-z0-9-]+"), q.name());
            assertFalse(q.title().equals(q.name()), "no title in " + q.name());
            assertFalse(q.description().isEmpty(), "no description in " + q.name());
            q.bind(Map.of());
        }
    }

    /** The header is blanked before the parse, line for line, and nothing after it: the same query. */
    @Test
    void theHeaderIsNotParsedAndNothingElseChanges() {
        for (CannedQuery q : queries.all()) {
            String blanked = CannedQuery.withoutHeader(q.text());
            assertEquals(q.text().lines().count(), blanked.lines().count(), q.name());
            assertFalse(blanked.strip().startsWith("#"), q.name());
            String body = blanked.stripLeading();
            assertTrue(q.text().endsWith(body), q.name());
            assertEquals(QueryFactory.create(q.text()), q.query(), q.name());
        }
        String text = "# title: t\n\n  # param: x — y\nSELECT * # not the header\n# kept\nWHERE { }\n";
        assertEquals("\n\n\nSELECT * # not the header\n# kept\nWHERE { }\n", CannedQuery.withoutHeader(text));
    }

    @Test
    void resolutionsBySession() {
        assertEquals(List.of("76 A/RES/76/299 Zone of peace, trust and cooperation of Central Asia",
                        "77 A/RES/77/100 Follow-up on peace and cooperation in Central Asia"),
                rows("resolutions-by-session", Map.of(), "session", "symbol", "title"));
        assertEquals(List.of("76 A/RES/76/299 Zone de paix, de confiance et de coopération de l'Asie centrale",
                        "77 A/RES/77/100 -"),
                rows("resolutions-by-session", Map.of("lang", "fr"), "session", "symbol", "title"));
    }

    @Test
    void citationNetworkWithRelationsAndVerbs() {
        assertEquals(List.of("A/RES/76/299 A/RES/73/338 recalls Recalling",
                        "A/RES/77/100 A/RES/73/338 recalls Recalling",
                        "A/RES/77/100 A/RES/76/299 recalls Recalling"),
                rows("citation-network", Map.of(), "citingSymbol", "citedSymbol", "relation", "verbs"));
        assertEquals("A/RES/76/299 A/RES/73/338 recalls Rappelant",
                rows("citation-network", Map.of("lang", "fr"), "citingSymbol", "citedSymbol", "relation", "verbs")
                        .get(0));
    }

    @Test
    void citedByGivenSymbol() {
        assertEquals(List.of("A/RES/77/100 doc/A/RES/77/100/preamble/1 Recalling recalls"),
                rows("cited-by", Map.of("symbol", "A/RES/76/299"), "citingSymbol", "paragraph", "verb", "relation"));
        assertEquals(2, rows("cited-by", Map.of(), "citingSymbol").size());
        assertEquals(List.of(), rows("cited-by", Map.of("symbol", "A/RES/1/1"), "citingSymbol"));
    }

    @Test
    void statesPerResolution() {
        assertEquals(List.of("A/RES/76/299 state/kaz Kazakhstan 1", "A/RES/76/299 state/uzb Uzbekistan 1"),
                rows("states-mentioned", Map.of(), "symbol", "state", "name", "paragraphs"));
    }

    @Test
    void sponsorsAndVotes() {
        List<String> r = rows("sponsors-and-votes", Map.of(), "role", "state", "name", "outcome", "inFavour", "abstaining");
        assertEquals(List.of("abstained state/fra France recordedVote 3 1",
                "additional sponsor state/tkm Turkmenistan recordedVote 3 1",
                "outcome - - recordedVote 3 1",
                "sponsor state/kaz Kazakhstan recordedVote 3 1",
                "sponsor state/uzb Uzbekistan recordedVote 3 1",
                "voted in favour state/kaz Kazakhstan recordedVote 3 1",
                "voted in favour state/tkm Turkmenistan recordedVote 3 1",
                "voted in favour state/uzb Uzbekistan recordedVote 3 1"), r);
        assertEquals(List.of("outcome - adoptedWithoutVote", "sponsor state/kaz adoptedWithoutVote"),
                rows("sponsors-and-votes", Map.of("symbol", "A/RES/77/100"), "role", "state", "outcome"));
    }

    @Test
    void operativeParagraphsByVerb() {
        assertEquals(List.of("A/RES/76/299 1 Requests", "A/RES/77/100 1 Requests"),
                rows("operative-paragraphs-by-verb", Map.of(), "symbol", "number", "v"));
        assertEquals(List.of("A/RES/77/100 1 Requests"),
                rows("operative-paragraphs-by-verb", Map.of("keyword", "report"), "symbol", "number", "v"));
        assertEquals(List.of("A/RES/76/299 2 Calls upon"),
                rows("operative-paragraphs-by-verb", Map.of("verb", "calls", "keyword", ""), "symbol", "number", "v"));
        assertEquals(List.of("A/RES/76/299 1 Prie"),
                rows("operative-paragraphs-by-verb", Map.of("verb", "Prie", "keyword", "secrétaire"), "symbol",
                        "number", "v"));
    }

    @Test
    void bodiesAndTheirParagraphs() {
        assertEquals(List.of("org/unrcca UNRCCA A/RES/76/299 doc/A/RES/76/299/operative/1",
                        "org/unrcca UNRCCA A/RES/77/100 doc/A/RES/77/100/operative/1"),
                rows("bodies-mentioned", Map.of(), "body", "acronym", "symbol", "paragraph"));
    }

    @Test
    void treatiesCited() {
        assertEquals(List.of("treaty/unts-51633 51633 1 A/RES/76/299"),
                rows("treaties-cited", Map.of(), "treaty", "untsNumber", "documents", "symbols"));
    }

    @Test
    void topicTimeline() {
        assertEquals(List.of("2022-07-28 A/RES/76/299", "2022-12-07 A/RES/77/100"),
                rows("topic-timeline", Map.of(), "date", "symbol"));
        assertEquals(List.of("2022-12-07 A/RES/77/100 1"), rows("topic-timeline", Map.of("keyword", "REPORT on"),
                "date", "symbol", "paragraphs"));
    }

    @Test
    void languageVersionsThatDisagree() {
        assertEquals(List.of("A/RES/76/299 en 4 4", "A/RES/76/299 fr 3 3"),
                rows("language-disagreements", Map.of(), "symbol", "lang", "texts", "verbs"));
    }

    @Test
    void parameterIsBoundAsALiteralNeverSpliced() {
        String hostile = "\"} ; DROP ALL ; { ?x ?y \"";
        Query q = queries.get("cited-by").orElseThrow().bind(Map.of("symbol", hostile));
        assertTrue(q.toString().contains("DROP ALL"), "bound as a literal inside the query");
        assertEquals(List.of(), rows("cited-by", Map.of("symbol", hostile), "citingSymbol"));
        long before = org.apache.jena.system.Txn.calculateRead(ds, () -> ds.getDefaultModel().size());
        assertTrue(before > 100);
        assertThrows(IllegalArgumentException.class,
                () -> queries.get("cited-by").orElseThrow().bind(Map.of("symbol", "x".repeat(501))));
    }

    @Test
    void pagedQueriesCutTheirKeysToOnePage() {
        List<String> all = rows("citation-network", Map.of(), "citingSymbol", "citedSymbol", "relation", "verbs");
        assertEquals(3, all.size());
        assertEquals(all.subList(0, 2), rows("citation-network", Map.of("limit", "2"),
                "citingSymbol", "citedSymbol", "relation", "verbs"));
        assertEquals(all.subList(1, 3), rows("citation-network", Map.of("limit", "2", "offset", "1"),
                "citingSymbol", "citedSymbol", "relation", "verbs"));
        assertEquals(List.of(), rows("citation-network", Map.of("offset", "3"), "citingSymbol"));
        CannedQuery q = queries.get("citation-network").orElseThrow();
        assertTrue(q.paged());
        Query bound = q.bind(Map.of("limit", "5", "offset", "10"));
        Query page = PagedSubquery.find(bound).orElseThrow();
        assertEquals(5, page.getLimit(), "the sub-SELECT is paged");
        assertEquals(10, page.getOffset());
        assertFalse(bound.hasLimit(), "the outer query is not cut: it has one row per key of the page");
        for (String bad : List.of("0", "10001", "-1", "two")) {
            assertThrows(IllegalArgumentException.class, () -> q.bind(Map.of("limit", bad)), bad);
        }
        assertThrows(IllegalArgumentException.class, () -> q.bind(Map.of("offset", "-1")));
        assertFalse(queries.get("cited-by").orElseThrow().paged());
    }
}
