package org.unkg.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.query.Dataset;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.unkg.rdf.CITO;
import org.unkg.rdf.ELI;
import org.unkg.rdf.Iris;
import org.unkg.rdf.UNKG;

/**
 * The statistics derived from the whole graph ({@link DerivedFacts}) on a small graph made to
 * catch a wrong count: a treaty mentioned by three documents (one of them in two paragraphs
 * and as a whole), by a paragraph alone and by a resource without a symbol; a document citing
 * two documents, once twice; Works whose language versions disagree in texts only, in verbs
 * only, agree, or have a version that lacks a count. The TDB2 load and the in-memory store add
 * the same triples, and the canned queries that read them give, on each, the rows of the forms
 * that aggregated per request.
 */
class DerivedFactsTest {
    private static final String B = "https://w3id.org/unkg/";

    @TempDir
    Path dir;

    private static Model graph() {
        Model m = ModelFactory.createDefaultModel();
        Resource treaty = m.createResource(B + "treaty/t1").addProperty(RDF.type, m.createResource(UNKG.Treaty.getURI()))
                .addProperty(RDFS.label, m.createLiteral("Treaty One", "en"))
                .addProperty(RDFS.label, m.createLiteral("Traité un", "fr"));
        Resource lonely = m.createResource(B + "treaty/t2").addProperty(RDF.type, m.createResource(UNKG.Treaty.getURI()));
        Resource state = m.createResource(B + "state/kaz").addProperty(RDF.type, m.createResource(UNKG.State.getURI()));
        for (String s : List.of("A/RES/1/1", "A/RES/1/2", "A/RES/1/3")) {
            Resource d = doc(m, s);
            d.addProperty(UNKG.mentions, treaty).addProperty(UNKG.mentions, state);
            for (int p = 1; p <= 2; p++) {
                m.createResource(d.getURI() + "/operative/" + p).addProperty(ELI.is_part_of, d)
                        .addProperty(UNKG.mentions, treaty);
            }
        }
        // a paragraph alone, and a resource without a symbol: not documents
        m.createResource(B + "doc/A/RES/1/9/preamble/1").addProperty(UNKG.mentions, treaty).addProperty(UNKG.mentions, lonely);
        m.createResource(B + "doc/nosymbol").addProperty(UNKG.mentions, treaty).addProperty(CITO.cites, doc(m, "A/RES/1/1"));
        // citations: 1/1 cites 1/2 (twice: as a whole and by a typed sub-property is still one) and 1/3
        Resource r1 = doc(m, "A/RES/1/1");
        r1.addProperty(CITO.cites, doc(m, "A/RES/1/2")).addProperty(CITO.cites, doc(m, "A/RES/1/3"))
                .addProperty(UNKG.recalls, doc(m, "A/RES/1/2"));
        m.createResource(r1.getURI() + "/operative/1").addProperty(CITO.cites, doc(m, "A/RES/0/5"));
        // language versions: texts differ; verbs differ; agree; one version lacks its verb count
        versions(m, "A/RES/1/1", Map.of("en", new int[] {10, 8}, "fr", new int[] {9, 8}));
        versions(m, "A/RES/1/2", Map.of("en", new int[] {10, 8}, "fr", new int[] {10, 7}, "es", new int[] {10, 8}));
        versions(m, "A/RES/1/3", Map.of("en", new int[] {4, 4}, "fr", new int[] {4, 4}));
        versions(m, "A/RES/1/4", Map.of("en", new int[] {5, 5}, "fr", new int[] {6, -1}));
        return m;
    }

    private static Resource doc(Model m, String symbol) {
        return m.createResource(B + "doc/" + symbol).addProperty(DCTerms.identifier, symbol);
    }

    private static void versions(Model m, String symbol, Map<String, int[]> counts) {
        Resource work = doc(m, symbol);
        counts.forEach((lang, c) -> {
            Resource e = m.createResource(work.getURI() + "/lang/" + lang).addProperty(ELI.realizes, work)
                    .addProperty(DCTerms.language, lang)
                    .addLiteral(UNKG.paragraphsWithText, m.createTypedLiteral(Integer.toString(c[0]), XSDDatatype.XSDinteger));
            if (c[1] >= 0) {
                e.addLiteral(UNKG.paragraphsWithVerb, m.createTypedLiteral(Integer.toString(c[1]), XSDDatatype.XSDinteger));
            }
        });
    }

    private static Set<String> strings(List<Triple> ts) {
        Set<String> out = new TreeSet<>();
        ts.forEach(t -> out.add(t.toString()));
        return out;
    }

    private static Node integer(int n) {
        return NodeFactory.createLiteralDT(Integer.toString(n), XSDDatatype.XSDinteger);
    }

    private static Node iri(String s) {
        return NodeFactory.createURI(B + s);
    }

    @Test
    void countsDocumentsNotParagraphsAndMarksOnlyDisagreeingWorks() {
        List<Triple> derived = new ArrayList<>(DerivedFacts.derive(graph().getGraph()));
        Node t1 = iri("treaty/t1");
        Node yes = NodeFactory.createLiteralDT("true", XSDDatatype.XSDboolean);
        // the symbols of t1's documents, in the order the graph lists them
        List<Triple> symbols = derived.stream().filter(t -> t.getPredicate().equals(UNKG.mentioningDocumentSymbols.asNode())).toList();
        assertEquals(1, symbols.size(), symbols.toString());
        assertEquals(t1, symbols.get(0).getSubject());
        assertEquals(List.of("A/RES/1/1", "A/RES/1/2", "A/RES/1/3"), sortedWords(symbols.get(0).getObject()));
        derived.removeAll(symbols);
        // the places of the symbols: ranksFollowTheOrdersOfTheQueries
        derived.removeIf(t -> t.getPredicate().equals(UNKG.symbolRank.asNode()));
        Set<String> expected = strings(List.of(
                Triple.create(t1, UNKG.mentioningDocumentRank.asNode(), integer(1)),
                Triple.create(iri("doc/A/RES/1/1"), UNKG.citingSymbolRank.asNode(), integer(1)),
                Triple.create(t1, UNKG.mentioningDocumentCount.asNode(), integer(3)),
                Triple.create(t1, UNKG.mentioningDocument.asNode(), iri("doc/A/RES/1/1")),
                Triple.create(t1, UNKG.mentioningDocument.asNode(), iri("doc/A/RES/1/2")),
                Triple.create(t1, UNKG.mentioningDocument.asNode(), iri("doc/A/RES/1/3")),
                Triple.create(iri("doc/A/RES/1/1"), UNKG.citedDocumentCount.asNode(), integer(2)),
                Triple.create(iri("doc/A/RES/1/1"), UNKG.languageVersionsDisagree.asNode(), yes),
                Triple.create(iri("doc/A/RES/1/2"), UNKG.languageVersionsDisagree.asNode(), yes)));
        assertEquals(expected, strings(derived));
        assertEquals(derived.size(), strings(derived).size(), "no triple derived twice");
    }

    /**
     * The orders the queries read: treaties by their number of documents, largest first, ties by
     * IRI (t/a before t/b, though t/b comes first in the graph); citing symbols, and all symbols,
     * in SPARQL's string order ("A/RES/2/10" before "A/RES/2/9"), two documents sharing one
     * place. The documents are resolutions that mention States and have language versions that
     * disagree, so that 04 and 10 read them by the places of their symbols:
     * in symbol order, the IRI between the two that share one, neither order the graph's nor the IRIs'.
     */
    private static Model ranked() {
        Model m = ModelFactory.createDefaultModel();
        Resource[] t = new Resource[3];
        String[] names = {"t/b", "t/a", "t/c"};
        for (int i = 0; i < 3; i++) {
            t[i] = m.createResource(B + "treaty/" + names[i]).addProperty(RDF.type, m.createResource(UNKG.Treaty.getURI()))
                    .addProperty(RDFS.label, m.createLiteral("Treaty " + names[i], "en"));
        }
        Resource x = doc(m, "A/RES/2/10").addProperty(UNKG.mentions, t[0]).addProperty(UNKG.mentions, t[1])
                .addProperty(UNKG.mentions, t[2]);
        Resource y = m.createResource(B + "doc/other-2-10").addProperty(DCTerms.identifier, "A/RES/2/10")
                .addProperty(UNKG.mentions, t[0]).addProperty(UNKG.mentions, t[1]).addProperty(UNKG.mentions, t[2]);
        Resource z = doc(m, "A/RES/2/9").addProperty(UNKG.mentions, t[2]);
        Resource w = doc(m, "B/1");
        x.addProperty(CITO.cites, z).addProperty(CITO.cites, w);
        y.addProperty(CITO.cites, w);
        z.addProperty(CITO.cites, x).addProperty(UNKG.recalls, x);
        w.addProperty(CITO.cites, z);
        Resource session = m.createResource(B + "session/2").addProperty(RDF.type, m.createResource(UNKG.Session.getURI()))
                .addLiteral(UNKG.number, m.createTypedLiteral("2", XSDDatatype.XSDinteger));
        Resource[] states = new Resource[2];
        for (int i = 0; i < 2; i++) {
            states[i] = m.createResource(B + "state/s" + i).addProperty(RDF.type, m.createResource(UNKG.State.getURI()))
                    .addProperty(RDFS.label, m.createLiteral("State " + i, "en"));
        }
        int k = 0;
        for (Resource d : List.of(w, z, y, x)) {
            d.addProperty(RDF.type, m.createResource(UNKG.Resolution.getURI())).addProperty(UNKG.session, session);
            for (int i = k % 2; i < 2; i++) {
                Resource p = m.createResource(d.getURI() + "/operative/" + (i + 1)).addProperty(ELI.is_part_of, d);
                d.addProperty(UNKG.qualifiedStateMention, m.createResource(d.getURI() + "/mention/" + i)
                        .addProperty(UNKG.mentioned, states[i]).addProperty(UNKG.mentionedIn, p));
            }
            k++;
        }
        versions(m, "A/RES/2/10", Map.of("en", new int[] {3, 2}, "fr", new int[] {3, 1}));
        versions(m, "A/RES/2/9", Map.of("en", new int[] {4, 4}, "fr", new int[] {5, 4}));
        versions(m, "other-2-10", Map.of("en", new int[] {1, 1}, "fr", new int[] {2, 1}));
        m.getResource(B + "doc/other-2-10").removeAll(DCTerms.identifier).addProperty(DCTerms.identifier, "A/RES/2/10");
        return m;
    }

    @Test
    void ranksFollowTheOrdersOfTheQueries() throws Exception {
        List<Triple> derived = DerivedFacts.derive(ranked().getGraph());
        Set<String> ranks = new TreeSet<>();
        derived.stream().filter(t -> t.getPredicate().equals(UNKG.mentioningDocumentRank.asNode())
                || t.getPredicate().equals(UNKG.citingSymbolRank.asNode())).forEach(t -> ranks.add(t.toString()));
        Node tr = UNKG.mentioningDocumentRank.asNode();
        Node cr = UNKG.citingSymbolRank.asNode();
        Node sr = UNKG.symbolRank.asNode();
        Node mr = UNKG.stateMentionRank.asNode();
        derived.stream().filter(t -> t.getPredicate().equals(sr) || t.getPredicate().equals(mr)).forEach(t -> ranks.add(t.toString()));
        assertEquals(strings(List.of(Triple.create(iri("treaty/t/c"), tr, integer(1)), Triple.create(iri("treaty/t/a"), tr, integer(2)),
                Triple.create(iri("treaty/t/b"), tr, integer(3)), Triple.create(iri("doc/A/RES/2/10"), cr, integer(1)),
                Triple.create(iri("doc/other-2-10"), cr, integer(1)), Triple.create(iri("doc/A/RES/2/9"), cr, integer(2)),
                Triple.create(iri("doc/B/1"), cr, integer(3)), Triple.create(iri("doc/A/RES/2/10"), sr, integer(1)),
                Triple.create(iri("doc/other-2-10"), sr, integer(1)), Triple.create(iri("doc/A/RES/2/9"), sr, integer(2)),
                Triple.create(iri("doc/B/1"), sr, integer(3)), Triple.create(iri("doc/A/RES/2/10"), mr, integer(1)),
                Triple.create(iri("doc/other-2-10"), mr, integer(2)), Triple.create(iri("doc/A/RES/2/9"), mr, integer(3)),
                Triple.create(iri("doc/B/1"), mr, integer(4)))), ranks);
        // counts 3, documents 7, ranks 3, symbols 3; cited counts 4, citing ranks 4; 3 Works
        // disagree; symbol ranks 4, State mention ranks 4; session and symbol places 4
        Dataset mem = storesAgree(ranked(), 39);
        // pages of one, two and three rows, each the same as main's form's page (a LATERAL walk in
        // another order would cut the list elsewhere; one page of all rows is sorted again by the
        // outer ORDER BY, so it cannot tell)
        CannedQueries qs = CannedQueries.bundled();
        CannedQueries before = CannedQueries.load(Path.of(getClass().getResource("/queries-s16").toURI()));
        for (String q : List.of("04-states-mentioned", "10-language-disagreements")) {
            CannedQuery old = before.get(q).orElseThrow();
            int all = QueryRewriteTest.allRows(mem, old, Map.of()).size();
            assertTrue(all >= 6, q + ": " + all);
            for (int size = 1; size <= 3; size++) {
                for (int offset = 0; offset < all; offset += size) {
                    Map<String, String> page = Map.of(CannedQuery.LIMIT, Integer.toString(size),
                            CannedQuery.OFFSET, Integer.toString(offset));
                    assertEquals(QueryRewriteTest.rows(mem, old, page), QueryRewriteTest.rows(mem, qs.get(q).orElseThrow(), page),
                            q + " " + page);
                }
            }
        }
    }

    /**
     * 01's places: the four resolutions of {@link #ranked()} in session 2, and two in session 10
     * whose symbols sort before theirs ("A/RES/1/...") and whose session IRI sorts before
     * theirs ("session/10" before "session/2"): by number, then symbol, then IRI, they come last,
     * so neither the symbols' order, the IRIs' nor the graph's gives the places. A Resolution
     * without a symbol and a document that is not a Resolution get none. Every page of 1-3 rows
     * of 01 is main's stop-16 form's page (kept in queries-s17), on the memory and TDB2 stores.
     */
    @Test
    void resolutionsArePlacedBySessionNumberThenSymbolAsQuery01OrdersThem() throws Exception {
        Model m = ranked();
        Resource ten = m.createResource(B + "session/10").addProperty(RDF.type, m.createResource(UNKG.Session.getURI()))
                .addLiteral(UNKG.number, m.createTypedLiteral("10", XSDDatatype.XSDinteger));
        for (String s : List.of("A/RES/1/7", "A/RES/1/10")) {
            doc(m, s).addProperty(RDF.type, m.createResource(UNKG.Resolution.getURI())).addProperty(UNKG.session, ten)
                    .addProperty(DCTerms.title, m.createLiteral("Title " + s, "en"));
        }
        m.createResource(B + "doc/nosymbol").addProperty(RDF.type, m.createResource(UNKG.Resolution.getURI()))
                .addProperty(UNKG.session, ten);
        doc(m, "A/RES/1/1").addProperty(UNKG.session, ten);
        Node rank = UNKG.sessionSymbolRank.asNode();
        List<String> places = new ArrayList<>();
        DerivedFacts.derive(m.getGraph()).stream().filter(t -> t.getPredicate().equals(rank))
                .sorted(Comparator.comparingInt(t -> Integer.parseInt(t.getObject().getLiteralLexicalForm())))
                .forEach(t -> places.add(t.getObject().getLiteralLexicalForm() + " " + t.getSubject().getURI().substring(B.length())));
        assertEquals(List.of("1 doc/A/RES/2/10", "2 doc/other-2-10", "3 doc/A/RES/2/9", "4 doc/B/1",
                "5 doc/A/RES/1/10", "6 doc/A/RES/1/7"), places);
        CannedQuery now = CannedQueries.bundled().get("01-resolutions-by-session").orElseThrow();
        CannedQuery old = CannedQueries.load(Path.of(getClass().getResource("/queries-s17").toURI()))
                .get("01-resolutions-by-session").orElseThrow();
        Path file = Files.createTempFile(dir, "g", ".nt");
        try (OutputStream os = Files.newOutputStream(file)) {
            RDFDataMgr.write(os, m, Lang.NTRIPLES);
        }
        Path tdb = Files.createTempDirectory(dir, "tdb");
        Files.delete(tdb);
        Dataset store = Stores.tdbFrom(file, tdb, Iris.defaults());
        try {
            for (Dataset ds : List.of(Stores.memory(List.of(file)), store)) {
                int all = QueryRewriteTest.allRows(ds, old, Map.of()).size();
                assertEquals(6, all);
                for (int size = 1; size <= 3; size++) {
                    for (int offset = 0; offset <= all; offset += size) {
                        Map<String, String> page = Map.of(CannedQuery.LIMIT, Integer.toString(size),
                                CannedQuery.OFFSET, Integer.toString(offset));
                        assertEquals(QueryRewriteTest.rows(ds, old, page), QueryRewriteTest.rows(ds, now, page), page.toString());
                    }
                }
            }
        } finally {
            TDBInternal.expel(store.asDatasetGraph());
        }
    }

    @Test
    void theLoadAndTheMemoryStoreAddTheSameAndTheQueriesReadThem() throws Exception {
        // 10 as before, and the places of the symbols of 1/1, 1/2, 1/3, 1/4 and 0/5
        Dataset mem = storesAgree(graph(), 15);
        {
            CannedQueries qs = CannedQueries.bundled();
            List<String> treaties = QueryRewriteTest.rows(mem, qs.get("08-treaties-cited").orElseThrow(), Map.of("lang", "fr"));
            assertEquals(1, treaties.size(), treaties.toString());
            assertTrue(treaties.get(0).contains("documents=\"3\"^^"), treaties.get(0));
            assertTrue(treaties.get(0).contains("Traité un"), treaties.get(0));
            for (String s : List.of("A/RES/1/1", "A/RES/1/2", "A/RES/1/3")) {
                assertTrue(treaties.get(0).contains(s), treaties.get(0));
            }
            List<String> disagree = QueryRewriteTest.rows(mem, qs.get("10-language-disagreements").orElseThrow(), Map.of());
            assertEquals(5, disagree.size(), "the versions of 1/1 (2) and 1/2 (3): " + disagree);
        }
    }

    /**
     * {@code m} in memory and loaded into TDB2: the same triples, {@code derived} more than the
     * file's (a treaty's symbols compared as a set: each store lists them in its own order), and
     * on each store the forms of main before the derived statistics
     * (src/test/resources/queries-s14/) give the rows of the bundled queries, in the same order
     * (the order of 08's symbols is the store's own, as it was); returns the memory store.
     */
    private Dataset storesAgree(Model m, int derived) throws Exception {
        Path file = Files.createTempFile(dir, "g", ".nt");
        try (OutputStream os = Files.newOutputStream(file)) {
            RDFDataMgr.write(os, m, Lang.NTRIPLES);
        }
        Dataset mem = Stores.memory(List.of(file));
        Path tdb = Files.createTempDirectory(dir, "tdb");
        Files.delete(tdb);
        Dataset store = Stores.tdbFrom(file, tdb, Iris.defaults());
        try {
            Set<String> inMemory = all(mem);
            Set<String> inStore = all(store);
            assertEquals(inMemory, inStore);
            assertEquals(m.size() + derived, inStore.size(), "the file's triples and the derived ones");
            CannedQueries qs = CannedQueries.bundled();
            CannedQueries before = CannedQueries.load(Path.of(getClass().getResource("/queries-s14").toURI()));
            CannedQueries sorted = CannedQueries.load(Path.of(getClass().getResource("/queries-s16").toURI()));
            for (String q : List.of("08-treaties-cited", "10-language-disagreements", "02-citation-network",
                    "04-states-mentioned")) {
                CannedQuery cq = qs.get(q).orElseThrow();
                CannedQuery old = before.get(q).or(() -> sorted.get(q)).orElseThrow();
                for (Dataset ds : List.of(mem, store)) {
                    List<String> expected = QueryRewriteTest.allRows(ds, old, Map.of());
                    if ((q.startsWith("10") || q.startsWith("04")) && expected.isEmpty()) {
                        continue;
                    }
                    assertFalse(expected.isEmpty(), q);
                    if (cq.paged()) {
                        QueryRewriteTest.comparePages(ds, cq, Map.of(), expected);
                    } else {
                        assertEquals(expected, QueryRewriteTest.rows(ds, cq, Map.of()), q);
                    }
                }
            }
        } finally {
            TDBInternal.expel(store.asDatasetGraph());
        }
        return mem;
    }

    private static List<String> sortedWords(Node literal) {
        List<String> words = new ArrayList<>(Arrays.asList(literal.getLiteralLexicalForm().split(" ")));
        Collections.sort(words);
        return words;
    }

    private static Set<String> all(Dataset ds) {
        return Txn.calculateRead(ds, () -> {
            Set<String> out = new TreeSet<>();
            ds.asDatasetGraph().getDefaultGraph().find().forEachRemaining(t -> out.add(
                    t.getPredicate().equals(UNKG.mentioningDocumentSymbols.asNode())
                            ? t.getSubject() + " symbols " + sortedWords(t.getObject()) : t.toString()));
            return out;
        });
    }
}
