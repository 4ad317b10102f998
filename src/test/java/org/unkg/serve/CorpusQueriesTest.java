package org.unkg.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.atlas.json.JsonValue;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.Query;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSetRewindable;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.unkg.build.Build;
import org.unkg.build.Readers;
import org.unkg.reference.ReferenceData;

/**
 * The canned queries on the golden build: the bundled corpus, built as {@code unkg build} does.
 * Expected rows come from the hand-made gold annotations of the same documents
 * (src/test/resources/gold), not from an earlier run of the program.
 */
class CorpusQueriesTest {
    private static final List<String> GOLD = List.of("000_ecd26b7925bb73e6", "001_c3d10f08ef02f303",
            "002_2ad3af6f02aef554", "003_097b06648661e48a", "004_9303243878ae590c");

    @TempDir
    static Path dir;
    static Dataset ds;
    static CannedQueries queries = CannedQueries.bundled();
    static List<JsonObject> gold;

    @BeforeAll
    static void build() throws IOException {
        ReferenceData ref = ReferenceData.load();
        Path out = dir.resolve("graph.ttl");
        Build.Result r = Build.create().inputs(List.of(Path.of("corpus"))).output(out).reference(ref)
                .readers(Readers.standard(ref)).build().run();
        assertEquals(5, r.documents(), r.skipped().toString());
        ds = Stores.memory(List.of(out));
        gold = new java.util.ArrayList<>();
        for (String g : GOLD) {
            try (InputStream in = CorpusQueriesTest.class.getResourceAsStream("/gold/" + g + ".json")) {
                gold.add(JSON.parse(in));
            }
        }
    }

    private static List<QuerySolution> run(String name, Map<String, String> params) {
        Query q = queries.get(name).orElseThrow().bind(params);
        ResultSetRewindable rs = QueryRunner.local(ds, Duration.ofSeconds(30), 10_000).select(q);
        List<QuerySolution> out = new java.util.ArrayList<>();
        rs.forEachRemaining(out::add);
        return out;
    }

    private static String str(QuerySolution s, String var) {
        return s.get(var) == null ? null : s.get(var).isLiteral() ? s.get(var).asLiteral().getLexicalForm()
                : s.get(var).asResource().getURI();
    }

    private static String symbol(JsonObject g) {
        JsonValue v = g.get("document").getAsObject().get("symbol");
        return v.isNull() ? null : v.getAsString().value();
    }

    @Test
    void resolutionsBySessionAreTheGoldResolutionsWithTheirSessionAndDate() {
        Set<String> expected = new TreeSet<>();
        for (JsonObject g : gold) {
            JsonObject d = g.get("document").getAsObject();
            if (symbol(g) != null) {
                expected.add(d.get("session").getAsNumber().value() + " " + symbol(g) + " "
                        + d.get("adoptionDate").getAsString().value());
            }
        }
        Set<String> actual = new TreeSet<>();
        for (QuerySolution s : run("01-resolutions-by-session", Map.of())) {
            actual.add(str(s, "session") + " " + str(s, "symbol") + " " + str(s, "date"));
        }
        assertEquals(expected, actual);
    }

    @Test
    void whatCitesResolution73338IsWhereTheGoldPlacesIt() {
        Set<String> expected = new TreeSet<>();
        for (JsonObject g : gold) {
            for (JsonValue r : g.get("referencedDocuments").getAsArray()) {
                JsonObject o = r.getAsObject();
                if (o.get("symbol").getAsString().value().equals("A/RES/73/338")) {
                    for (JsonValue in : o.get("citedIn").getAsArray()) { // ["PP5"]
                        String at = in.getAsString().value();
                        expected.add(symbol(g) + " " + (at.startsWith("PP") ? "preamble/" : "operative/") + at.substring(2));
                    }
                }
            }
        }
        Set<String> actual = new TreeSet<>();
        for (QuerySolution s : run("03-cited-by", Map.of("symbol", "A/RES/73/338"))) {
            String p = str(s, "paragraph");
            actual.add(str(s, "citingSymbol") + " " + p.substring(p.indexOf(str(s, "citingSymbol")) + str(s, "citingSymbol").length() + 1));
            assertEquals("https://w3id.org/unkg/ontology#recalls", str(s, "relation"), "cited in a 'Recalling' paragraph");
        }
        assertTrue(!expected.isEmpty());
        assertEquals(expected, actual);
    }

    @Test
    void statesMentionedPerResolutionAreTheGoldStates() {
        Map<String, Set<String>> expected = new TreeMap<>();
        for (JsonObject g : gold) {
            if (symbol(g) == null) {
                continue; // the letter is not a resolution
            }
            for (JsonValue st : g.get("states").getAsArray()) {
                expected.computeIfAbsent(symbol(g), k -> new TreeSet<>())
                        .add(st.getAsObject().get("iso3").getAsString().value().toLowerCase(java.util.Locale.ROOT));
            }
        }
        Map<String, Set<String>> actual = new TreeMap<>();
        for (QuerySolution s : run("04-states-mentioned", Map.of())) {
            String st = str(s, "state");
            actual.computeIfAbsent(str(s, "symbol"), k -> new TreeSet<>()).add(st.substring(st.lastIndexOf('/') + 1));
        }
        assertEquals(expected, actual);
    }

    @Test
    void treatiesCitedIncludeTheGoldTreatyWithItsUntsNumber() {
        boolean found = false;
        for (QuerySolution s : run("08-treaties-cited", Map.of())) {
            if ("51633".equals(str(s, "untsNumber"))) {
                found = str(s, "symbols").contains("A/RES/79/5");
            }
        }
        assertTrue(found, "gold 004: the Treaty on a Nuclear-Weapon-Free Zone in Central Asia, UNTS No. 51633, in A/RES/79/5");
    }

    @Test
    void operativeParagraphsByVerbFindTheRequestToThePresident() {
        List<QuerySolution> rows = run("06-operative-paragraphs-by-verb", Map.of("verb", "Requests", "keyword", "President"));
        assertEquals(1, rows.size(), "A/RES/79/5 OP13 is the only 'Requests ... President' in the English corpus");
        assertEquals("13", str(rows.get(0), "number"));
        assertEquals(0, run("06-operative-paragraphs-by-verb", Map.of("verb", "Requests", "keyword", "Secretary-General")).size(),
                "no English paragraph of the corpus requests the Secretary-General");
    }
}
