package org.unkg.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.query.Dataset;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.apache.jena.vocabulary.DCTerms;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.unkg.build.Build;
import org.unkg.build.Readers;
import org.unkg.rdf.UNKG;
import org.unkg.reference.ReferenceData;

/**
 * The text index written by a TDB2 load ({@link TextIndexWriter}) and the property function that
 * reads it ({@link TextCandidates}), on a store built from the bundled corpus and the AKN files
 * of the test resources (six languages): the index never misses a triple whose text contains a
 * keyword (keywords cut from the store's own texts, of every length, in every script), and the
 * topic-timeline query answers the same rows with the index, without it (the scan), and in its
 * form before the index; the verb query reads its verb forms from the index and answers as its
 * form before it.
 */
class TextIndexTest {
    @TempDir
    static Path dir;
    static Path graph;

    @BeforeAll
    static void build() throws IOException {
        ReferenceData ref = ReferenceData.load();
        graph = dir.resolve("graph.ttl");
        Build.Result r = Build.create().inputs(List.of(Path.of("corpus"), Path.of("src/test/resources/akn")))
                .output(graph).reference(ref).readers(Readers.standard(ref)).build().run();
        assertTrue(r.documents() > 10, r.skipped().toString());
    }

    private static Dataset load(String name) {
        Path tdb = dir.resolve(name);
        Dataset ds = Stores.tdbFrom(graph, tdb);
        assertTrue(Files.isRegularFile(tdb.resolve(TextIndex.FILE)), "the load writes the index");
        return ds;
    }

    @Test
    void theIndexMissesNoTextThatContainsTheKeyword() {
        Path tdb = dir.resolve("all");
        Dataset ds = load("all");
        TextIndex index = TextIndex.open(tdb);
        assertNotNull(index);
        for (Node p : List.of(UNKG.text.asNode(), DCTerms.title.asNode())) {
            List<Triple> triples = Txn.calculateRead(ds, () -> ds.asDatasetGraph().getDefaultGraph()
                    .find(Node.ANY, p, Node.ANY).toList());
            assertTrue(triples.size() > 20, p + ": " + triples.size());
            List<String> lower = triples.stream()
                    .map(t -> t.getObject().getLiteralLexicalForm().toLowerCase(Locale.ROOT)).toList();
            Random random = new Random(7);
            Set<String> scripts = new HashSet<>();
            int checked = 0;
            for (int i = 0; i < 200; i++) {
                String text = triples.get(random.nextInt(triples.size())).getObject().getLiteralLexicalForm();
                int len = 2 + random.nextInt(13);
                if (text.length() < len) {
                    continue;
                }
                int from = random.nextInt(text.length() - len + 1);
                // the keyword in another case than the text: the match is case-insensitive
                String keyword = i % 2 == 0 ? text.substring(from, from + len).toUpperCase(Locale.ROOT)
                        : text.substring(from, from + len);
                scripts.add(Character.UnicodeScript.of(keyword.codePointAt(0)).name());
                Set<TextIndex.Candidate> candidates = index.candidates(p, keyword);
                assertNotNull(candidates, keyword);
                String k = keyword.toLowerCase(Locale.ROOT);
                int hits = 0;
                for (int j = 0; j < triples.size(); j++) {
                    if (lower.get(j).contains(k)) {
                        Triple t = triples.get(j);
                        String o = t.getObject().getLiteralLexicalForm();
                        hits++;
                        assertTrue(candidates.contains(new TextIndex.Candidate(t.getSubject().getURI(),
                                TextIndex.fingerprint(o))), p + " \"" + keyword + "\": missed " + t.getSubject());
                    }
                }
                assertTrue(hits > 0);
                assertTrue(candidates.size() < triples.size(), "the index narrows \"" + keyword + "\"");
                checked++;
            }
            assertTrue(checked > 80, "checked " + checked);
            assertTrue(scripts.contains("HAN") && scripts.contains("LATIN") && scripts.contains("ARABIC")
                    && scripts.contains("CYRILLIC"), scripts.toString());
            assertNull(index.candidates(p, "a"), "shorter than a bigram: scan");
            assertEquals(Set.of(), index.candidates(p, "qqxzqq"), "a gram no text has: nothing");
        }
        assertNull(index.candidates(DCTerms.description.asNode(), "peace"), "a predicate not indexed: scan");
        ds.close();
    }

    @Test
    void anIndexMappedInTinySegmentsAnswersAsOneMapping() throws IOException {
        Path tdb = dir.resolve("segments");
        Dataset ds = load("segments");
        long size = Files.size(tdb.resolve(TextIndex.FILE));
        TextIndex whole = TextIndex.open(tdb);
        assertNotNull(whole);
        // segments far smaller than the header, a key list or a subject: every section, int,
        // long, varint and IRI crosses segment ends (kept to a few thousand mappings)
        long tiny = Math.max(61, size / 20_000);
        assertTrue(tiny < 200, "segments of " + tiny + " bytes for " + size);
        for (long segment : new long[] {tiny, 4099}) {
            TextIndex split = TextIndex.open(tdb, segment);
            assertNotNull(split, "segments of " + segment);
            assertEquals(whole.entries(), split.entries());
            int compared = 0;
            for (Node p : List.of(UNKG.text.asNode(), DCTerms.title.asNode())) {
                List<Triple> triples = Txn.calculateRead(ds, () -> ds.asDatasetGraph().getDefaultGraph()
                        .find(Node.ANY, p, Node.ANY).toList());
                Random random = new Random(11);
                for (int i = 0; i < 300; i++) {
                    String text = triples.get(random.nextInt(triples.size())).getObject().getLiteralLexicalForm();
                    int len = 2 + random.nextInt(13);
                    if (text.length() < len) {
                        continue;
                    }
                    int from = random.nextInt(text.length() - len + 1);
                    String keyword = text.substring(from, from + len);
                    Set<TextIndex.Candidate> expected = whole.candidates(p, keyword);
                    assertNotNull(expected, keyword);
                    assertFalse(expected.isEmpty(), keyword);
                    assertEquals(expected, split.candidates(p, keyword), segment + " bytes, \"" + keyword + "\"");
                    compared++;
                }
            }
            assertTrue(compared > 300, "compared " + compared);
        }
        ds.close();
    }

    @Test
    void sameRowsWithTheIndexWithoutItAndBeforeIt() throws IOException, URISyntaxException {
        Path tdb = dir.resolve("rows");
        CannedQuery now = CannedQueries.bundled().get("09-topic-timeline").orElseThrow();
        CannedQuery before = CannedQueries.load(Path.of(TextIndexTest.class.getResource("/queries-before").toURI()))
                .get("09-topic-timeline").orElseThrow();
        List<Map<String, String>> cases = List.of(Map.of(), Map.of("keyword", "peace"), Map.of("keyword", "和平"),
                Map.of("keyword", "可持续发展"), Map.of("keyword", "ASSEMBLÉE"), Map.of("keyword", "Ge"),
                Map.of("keyword", "Генеральная Ассамблея"), Map.of("keyword", "qqxzqq"), Map.of("keyword", ""));
        Map<Map<String, String>, List<String>> indexed = new LinkedHashMap<>();
        Dataset ds = load("rows");
        TextCandidates.Counts counts = TextCandidates.counts(ds.asDatasetGraph());
        int nonEmpty = 0;
        for (Map<String, String> params : cases) {
            List<String> rows = QueryRewriteTest.rows(ds, now, params);
            indexed.put(params, rows);
            assertEquals(QueryRewriteTest.rows(ds, before, params), rows, "index vs the query before it " + params);
            nonEmpty += rows.isEmpty() ? 0 : 1;
        }
        assertTrue(nonEmpty >= 6, "most keywords have rows: " + nonEmpty);
        // the empty keyword is shorter than a bigram: it scans (title and text)
        assertEquals(2, counts.scanned(), "only the empty keyword scans");
        assertEquals(2L * (cases.size() - 1), counts.indexed(), "every other keyword is looked up");

        // the same store without its index: the query scans, and answers the same
        ds.close();
        TDBInternal.expel(ds.asDatasetGraph());
        Files.delete(tdb.resolve(TextIndex.FILE));
        Dataset bare = Stores.tdb(tdb);
        TextCandidates.Counts none = TextCandidates.counts(bare.asDatasetGraph());
        for (Map<String, String> params : cases) {
            assertEquals(indexed.get(params), QueryRewriteTest.rows(bare, now, params), "scan " + params);
        }
        assertEquals(0, none.indexed());
        assertEquals(2L * cases.size(), none.scanned());
        bare.close();
    }

    @Test
    void theVerbQueryReadsItsVerbFormsFromTheIndexAndAnswersAsBeforeIt() throws IOException, URISyntaxException {
        Path tdb = dir.resolve("verbs");
        String name = "06-operative-paragraphs-by-verb";
        CannedQuery now = CannedQueries.bundled().get(name).orElseThrow();
        CannedQuery before = CannedQueries.load(Path.of(TextIndexTest.class.getResource("/queries-before").toURI()))
                .get(name).orElseThrow();
        Dataset ds = load("verbs");
        TextIndex index = TextIndex.open(tdb);
        assertNotNull(index);
        // the index covers the verb forms: each is a candidate for its first characters, in upper case
        List<Triple> forms = Txn.calculateRead(ds, () -> ds.asDatasetGraph().getDefaultGraph()
                .find(Node.ANY, UNKG.verbForm.asNode(), Node.ANY).toList());
        assertTrue(forms.size() > 20, "verb forms: " + forms.size());
        int checked = 0;
        for (Triple t : forms) {
            String form = t.getObject().getLiteralLexicalForm();
            if (form.length() >= 2) {
                String start = form.substring(0, Math.min(form.length(), 7)).toUpperCase(Locale.ROOT);
                Set<TextIndex.Candidate> candidates = index.candidates(UNKG.verbForm.asNode(), start);
                assertNotNull(candidates, start);
                assertTrue(candidates.contains(new TextIndex.Candidate(t.getSubject().getURI(),
                        TextIndex.fingerprint(form))), "\"" + start + "\" misses " + t.getSubject());
                assertTrue(candidates.size() < forms.size(), "the index narrows \"" + start + "\"");
                checked++;
            }
        }
        assertTrue(checked > 20, "checked " + checked);
        List<Map<String, String>> cases = List.of(Map.of(), Map.of("verb", "Decides", "keyword", ""),
                Map.of("verb", "Prie", "keyword", "secrétaire"), Map.of("verb", "决定", "keyword", ""),
                Map.of("verb", "qqxzqq"), Map.of("verb", "r", "keyword", "the"));
        TextCandidates.Counts counts = TextCandidates.counts(ds.asDatasetGraph());
        int nonEmpty = 0;
        for (Map<String, String> params : cases) {
            List<String> rows = QueryRewriteTest.allRows(ds, now, params);
            assertEquals(QueryRewriteTest.rows(ds, before, params), rows, "index vs the query before it " + params);
            nonEmpty += rows.isEmpty() ? 0 : 1;
        }
        assertTrue(nonEmpty >= 4, "most verbs have rows: " + nonEmpty);
        assertEquals(1, counts.scanned(), "only the verb of one character scans");
        assertEquals(cases.size() - 1, counts.indexed(), "every other verb is looked up");
        ds.close();
    }

    @Test
    void aFailureOfTheWritersThreadFailsTheStepInsteadOfHanging() throws IOException {
        Path store = Files.createDirectories(dir.resolve("failing"));
        TextIndexWriter w = new TextIndexWriter(List.of(DCTerms.title.asNode()), store);
        StreamRDF sink = w.sink();
        for (int i = 0; i < 5000; i++) {
            sink.triple(Triple.create(NodeFactory.createURI("https://example.org/" + i),
                    DCTerms.title.asNode(), NodeFactory.createLiteralString("title " + i)));
        }
        // the spill files vanish before the worker sorts them
        TextIndexWriter.deleteTree(store.resolve(TextIndex.FILE + ".tmp"));
        IOException e = assertThrows(IOException.class, () -> w.finish(null, store));
        assertTrue(e.getMessage().contains("not written") || e instanceof NoSuchFileException, e.toString());
        assertFalse(Files.exists(store.resolve(TextIndex.FILE)), "no index file");
    }

    @Test
    void anInMemoryGraphAnswersByTheScan() throws URISyntaxException {
        Dataset mem = Stores.memory(List.of(graph));
        CannedQuery now = CannedQueries.bundled().get("09-topic-timeline").orElseThrow();
        CannedQuery before = CannedQueries.load(Path.of(TextIndexTest.class.getResource("/queries-before").toURI()))
                .get("09-topic-timeline").orElseThrow();
        List<String> rows = QueryRewriteTest.rows(mem, now, Map.of("keyword", "peace"));
        assertFalse(rows.isEmpty());
        assertEquals(QueryRewriteTest.rows(mem, before, Map.of("keyword", "peace")), rows);
    }
}
