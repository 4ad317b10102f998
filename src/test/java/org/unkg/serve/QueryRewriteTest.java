package org.unkg.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.apache.jena.query.Dataset;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSetRewindable;
import org.apache.jena.rdf.model.RDFNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.unkg.SharedData;
import org.unkg.build.Build;
import org.unkg.build.Readers;
import org.unkg.reference.ReferenceData;

/**
 * The rewritten canned queries (01, 02, 04, 06, 08, 09, 10: selective patterns first, joins Jena can
 * hash instead of re-running a subquery per row) give exactly the rows of their earlier forms, kept
 * in {@code src/test/resources/queries-before/}: same rows in the same order, every column, for
 * several parameter values, on the fixture graph, the bundled corpus and (when ../shared is
 * there) the six language versions of eleven resolutions of the AKN sample. A query that became
 * paged (01, 02, 04, 06, 07, 08, 10: {@code limit} and {@code offset}) is compared page by page: its pages, read one
 * after the other, are the earlier form's rows, and its default page is their beginning.
 */
class QueryRewriteTest {
    /** Parameter sets each query is compared on (defaults included). */
    static final Map<String, List<Map<String, String>>> CASES = Map.of(
            "01-resolutions-by-session", List.of(Map.of(), Map.of("lang", "fr"), Map.of("lang", "xx")),
            "02-citation-network", List.of(Map.of(), Map.of("lang", "fr"), Map.of("lang", "zh")),
            "07-bodies-mentioned", List.of(Map.of(), Map.of("lang", "fr"), Map.of("lang", "xx")),
            "04-states-mentioned", List.of(Map.of(), Map.of("lang", "fr"), Map.of("lang", "xx")),
            "06-operative-paragraphs-by-verb", List.of(Map.of(), Map.of("keyword", "President"),
                    Map.of("verb", "Decides", "keyword", ""), Map.of("verb", "Prie", "keyword", "secrétaire"),
                    Map.of("verb", "re", "keyword", "the")),
            "09-topic-timeline", List.of(Map.of(), Map.of("keyword", "peace"), Map.of("keyword", "Asie"),
                    Map.of("keyword", "")),
            "08-treaties-cited", List.of(Map.of(), Map.of("lang", "fr"), Map.of("lang", "zh")),
            "10-language-disagreements", List.of(Map.of()));

    @TempDir
    Path dir;

    @Test
    void fixtureGraph() throws Exception {
        compare(ServeFixture.dataset(dir), false);
    }

    @Test
    void bundledCorpus() throws Exception {
        compare(build(List.of(Path.of("corpus"))), false);
    }

    @Test
    void elevenResolutionsOfTheAknSampleInSixLanguages() throws Exception {
        Path akn = SharedData.require("akn/79session");
        List<Path> files = new ArrayList<>();
        try (Stream<Path> s = Files.walk(akn)) {
            s.filter(p -> p.getFileName().toString().matches("A_RES_79_1\\d?-.*\\.xml")).sorted().forEach(files::add);
        }
        assertTrue(files.size() >= 30, "files: " + files.size());
        compare(build(files), true);
    }

    private Dataset build(List<Path> inputs) throws IOException {
        ReferenceData ref = ReferenceData.load();
        Path out = dir.resolve("graph.ttl");
        Build.Result r = Build.create().inputs(inputs).output(out).reference(ref).readers(Readers.standard(ref))
                .build().run();
        assertTrue(r.documents() > 0, r.skipped().toString());
        return Stores.memory(List.of(out));
    }

    private static void compare(Dataset ds, boolean expectRows) throws URISyntaxException {
        CannedQueries now = CannedQueries.bundled();
        CannedQueries before = CannedQueries.load(Path.of(QueryRewriteTest.class.getResource("/queries-before").toURI()));
        int nonEmpty = 0;
        for (CannedQuery old : before.all()) {
            CannedQuery q = now.get(old.name()).orElseThrow();
            boolean paging = q.paged() && !old.paged();
            List<CannedQuery.Param> kept = paging ? q.params().stream()
                    .filter(p -> !p.name().equals(CannedQuery.LIMIT) && !p.name().equals(CannedQuery.OFFSET)).toList()
                    : q.params();
            assertEquals(old.params(), kept, old.name() + ": the parameters (public API) are unchanged");
            for (Map<String, String> params : CASES.get(old.name())) {
                List<String> expected = rows(ds, old, params);
                if (paging) {
                    comparePages(ds, q, params, expected);
                } else {
                    assertEquals(expected, rows(ds, q, params), old.name() + " " + params);
                }
                nonEmpty += expected.isEmpty() ? 0 : 1;
            }
        }
        if (expectRows) {
            assertTrue(nonEmpty >= 8, "most comparisons have rows: " + nonEmpty);
        } else {
            assertFalse(nonEmpty == 0, "some comparison has rows");
        }
    }

    /** Pages of a few sizes, read until a short page, together give {@code expected}. */
    static void comparePages(Dataset ds, CannedQuery q, Map<String, String> params, List<String> expected) {
        int defaultLimit = Integer.parseInt(q.params().stream().filter(p -> p.name().equals(CannedQuery.LIMIT))
                .findFirst().orElseThrow().defaultValue());
        assertEquals(expected.subList(0, Math.min(defaultLimit, expected.size())), rows(ds, q, params),
                q.name() + " " + params + ": the default page");
        // small pages on small results; about four pages on larger ones (each page runs the query)
        int[] sizes = expected.size() <= 70 ? new int[] {7, Math.max(8, expected.size() / 4 + 1)}
                : new int[] {expected.size() / 4 + 1};
        for (int size : sizes) {
            assertEquals(expected, pages(ds, q, params, size), q.name() + " " + params + ": pages of " + size);
        }
    }

    /** Every row of {@code q}: all its pages, read one after the other, when it is paged. */
    static List<String> allRows(Dataset ds, CannedQuery q, Map<String, String> params) {
        return q.paged() ? pages(ds, q, params, (int) CannedQuery.MAX_PAGE) : rows(ds, q, params);
    }

    /** The rows of every page of {@code size} rows, read one after the other until a short page. */
    private static List<String> pages(Dataset ds, CannedQuery q, Map<String, String> params, int size) {
        List<String> all = new ArrayList<>();
        for (int offset = 0;; offset += size) {
            Map<String, String> p = new HashMap<>(params);
            p.put(CannedQuery.LIMIT, Integer.toString(size));
            p.put(CannedQuery.OFFSET, Integer.toString(offset));
            List<String> page = rows(ds, q, p);
            all.addAll(page);
            if (page.size() < size) {
                return all;
            }
        }
    }

    static List<String> rows(Dataset ds, CannedQuery q, Map<String, String> params) {
        ResultSetRewindable rs = QueryRunner.local(ds, Duration.ofSeconds(120), 1_000_000).select(q.bind(params));
        List<String> out = new ArrayList<>();
        List<String> vars = rs.getResultVars();
        while (rs.hasNext()) {
            QuerySolution s = rs.next();
            StringBuilder b = new StringBuilder();
            for (String v : vars) {
                RDFNode n = s.get(v);
                b.append(v).append('=').append(n == null ? "-" : n.toString()).append('\t');
            }
            out.add(b.toString());
        }
        return out;
    }
}
