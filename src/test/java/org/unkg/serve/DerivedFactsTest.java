package org.unkg.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
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
        List<Triple> derived = DerivedFacts.derive(graph().getGraph());
        Node t1 = iri("treaty/t1");
        Node yes = NodeFactory.createLiteralDT("true", XSDDatatype.XSDboolean);
        Set<String> expected = strings(List.of(
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

    @Test
    void theLoadAndTheMemoryStoreAddTheSameAndTheQueriesReadThem() throws Exception {
        Path file = dir.resolve("g.nt");
        try (OutputStream os = Files.newOutputStream(file)) {
            RDFDataMgr.write(os, graph(), Lang.NTRIPLES);
        }
        long parsed = graph().size();
        Dataset mem = Stores.memory(List.of(file));
        Path tdb = dir.resolve("tdb");
        Dataset store = Stores.tdbFrom(file, tdb, Iris.defaults());
        try {
            Set<String> inMemory = all(mem);
            Set<String> inStore = all(store);
            assertEquals(inMemory, inStore);
            assertEquals(parsed + 7, inStore.size(), "the file's triples and the seven derived ones");
            CannedQueries qs = CannedQueries.bundled();
            CannedQueries before = CannedQueries.load(Path.of(getClass().getResource("/queries-s14").toURI()));
            for (String q : List.of("08-treaties-cited", "10-language-disagreements", "02-citation-network")) {
                CannedQuery cq = qs.get(q).orElseThrow();
                CannedQuery old = before.get(q).orElseThrow();
                for (Dataset ds : List.of(mem, store)) {
                    // the forms of main before the derived statistics (src/test/resources/queries-s14/) give the same rows on each store (the order
                    // of 08's symbols is the store's own, as it was)
                    List<String> expected = QueryRewriteTest.allRows(ds, old, Map.of());
                    assertFalse(expected.isEmpty(), q);
                    if (cq.paged()) {
                        QueryRewriteTest.comparePages(ds, cq, Map.of(), expected);
                    } else {
                        assertEquals(expected, QueryRewriteTest.rows(ds, cq, Map.of()), q);
                    }
                }
            }
            List<String> treaties = QueryRewriteTest.rows(mem, qs.get("08-treaties-cited").orElseThrow(), Map.of("lang", "fr"));
            assertEquals(1, treaties.size(), treaties.toString());
            assertTrue(treaties.get(0).contains("documents=\"3\"^^"), treaties.get(0));
            assertTrue(treaties.get(0).contains("Traité un"), treaties.get(0));
            for (String s : List.of("A/RES/1/1", "A/RES/1/2", "A/RES/1/3")) {
                assertTrue(treaties.get(0).contains(s), treaties.get(0));
            }
            List<String> disagree = QueryRewriteTest.rows(mem, qs.get("10-language-disagreements").orElseThrow(), Map.of());
            assertEquals(5, disagree.size(), "the versions of 1/1 (2) and 1/2 (3): " + disagree);
        } finally {
            TDBInternal.expel(store.asDatasetGraph());
        }
    }

    private static Set<String> all(Dataset ds) {
        return Txn.calculateRead(ds, () -> {
            Set<String> out = new TreeSet<>();
            ds.asDatasetGraph().getDefaultGraph().find().forEachRemaining(t -> out.add(t.toString()));
            return out;
        });
    }
}
