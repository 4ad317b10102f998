package org.unkg.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.unkg.build.Readers;
import org.unkg.eval.PdfLikeRenderer;
import org.unkg.ingest.AknExtract;
import org.unkg.ingest.AknReader;
import org.unkg.ingest.DocumentReader;
import org.unkg.model.DocumentRecord;
import org.unkg.reference.ReferenceData;

class ReplicasTest {
    private static final Path SAMPLE = Path.of("src/test/resources/akn/A_RES_79_6-2419997E.xml");

    @Test
    void replicaMovesTheDocumentsOwnSymbolAndNothingElse() throws IOException {
        String xml = Files.readString(SAMPLE, StandardCharsets.UTF_8);
        Replicas.Own own = Replicas.own(xml);
        assertNotNull(own);
        assertEquals("79", own.session());
        assertEquals("6", own.number());
        String r = Replicas.rewrite(xml, own, "104");
        assertTrue(r.contains(">A/RES/104/6<"), "docNumber symbol moved");
        assertTrue(r.contains("/104-6/"), "FRBR URI moved");
        assertFalse(r.contains("A/RES/79/6<"), "no trace of the old symbol");
        assertFalse(r.contains("/79-6/"), "no trace of the old FRBR URI");
        // another document's symbol that starts with the same digits is not this document
        String other = "<p>see resolution 79/60 and 179/6 and A/RES/79/6</p>";
        assertEquals("<p>see resolution 79/60 and 179/6 and A/RES/104/6</p>", Replicas.rewrite(other, own, "104"));
    }

    @Test
    void replicaSessionsAreNewDistinctAndAsShortAsRealOnes() {
        List<String> sample = List.of("79", "76", "ES-11", "79");
        Replicas.Sessions s = new Replicas.Sessions(sample);
        assertEquals("100", s.session("76", 1));
        assertEquals("101", s.session("79", 1));
        assertEquals("ES-12", s.session("ES-11", 1));
        assertEquals("179", s.session("79", 40));
        assertEquals("ES-51", s.session("ES-11", 40));
        Set<String> seen = new HashSet<>(sample);
        for (int r = 1; r < 40; r++) {
            for (String session : List.of("76", "79", "ES-11")) {
                String moved = s.session(session, r);
                assertTrue(moved.matches("\\d{1,3}|ES-\\d{1,2}"), moved);
                assertTrue(seen.add(moved), "replica " + r + " of " + session + " reuses " + moved);
            }
        }
        // more replicas than two-digit emergency sessions can hold: refused, not renumbered out of grammar
        assertThrows(IllegalArgumentException.class, () -> s.session("ES-11", 89));
        Replicas.Own own = Replicas.own("<FRBRWork><FRBRthis value=\"x\"/><FRBRuri value=\"/akn/un/statement/"
                + "deliberation/unga/2022-03-02/ES-11-1/\"></FRBRuri></FRBRWork>");
        assertEquals(new Replicas.Own("ES-11", "1"), own);
    }

    @Test
    void writesReplicasUnderNewNamesAndCountsThem(@TempDir Path dir) throws IOException {
        Path root = SAMPLE.getParent();
        Replicas r = Replicas.write(List.of(SAMPLE), root, false, dir, 3);
        assertEquals(3, r.files(3));
        assertEquals(3, r.inputs(3).size());
        assertTrue(Files.isRegularFile(dir.resolve("r0/A_RES_79_6-2419997E.xml")));
        Path two = dir.resolve("r2/A_RES_101_6-2419997E.xml");
        assertTrue(Files.readString(two, StandardCharsets.UTF_8).contains("A/RES/101/6"));
        assertEquals(0, r.unchanged());
    }

    /**
     * What the text path at scale reads: every replica, rendered as PDF-like text, is accepted by the
     * text reader and names the replica's own symbol (with the four-digit sessions of the old
     * numbering, the text reader refused them as resolutions without a symbol).
     */
    @Test
    void everyReplicaRenderedAsTextReadsBackUnderItsOwnSymbol(@TempDir Path dir) throws IOException {
        Path root = SAMPLE.getParent();
        List<Path> sample = List.of(root.resolve("A_RES_79_5-2419776E.xml"), root.resolve("A_RES_79_5-2419776F.xml"),
                root.resolve("A_RES_79_5-2419776R.xml"), root.resolve("A_RES_79_5-2419776A.xml"),
                root.resolve("A_RES_79_5-2419776C.xml"), root.resolve("A_RES_76_10-2117757E.xml"));
        Replicas replicas = Replicas.write(sample, root, false, dir.resolve("xml"), 3);
        ReferenceData ref = ReferenceData.load();
        AknReader akn = new AknReader(ref, AknExtract.none());
        List<DocumentReader> readers = Readers.standard(ref);
        Set<String> symbols = new HashSet<>();
        for (int r = 0; r < 3; r++) {
            List<Path> xml = FloorProbe.files(List.of(replicas.inputs(3).get(r)), ".xml");
            assertEquals(sample.size(), xml.size());
            for (Path x : xml) {
                DocumentRecord d = akn.read(x);
                String want = x.getFileName().toString().replaceFirst("^A_RES_(\\d+)_(\\d+)-.*", "A/RES/$1/$2");
                assertEquals(want, d.symbol(), x.toString());
                Path txt = dir.resolve("doc-" + r + "-" + x.getFileName() + ".txt");
                Files.writeString(txt, new PdfLikeRenderer().render(d), StandardCharsets.UTF_8);
                DocumentReader text = readers.stream().filter(t -> t.accepts(txt)).findFirst().orElseThrow();
                DocumentRecord back = text.read(txt);
                assertNotNull(back, "text of " + x + " refused");
                assertEquals(want, back.symbol(), "text of " + x);
                assertEquals(Integer.valueOf(want.split("/")[2]), back.session(), "session of " + x);
                symbols.add(back.symbol() + " " + back.language());
            }
        }
        assertEquals(3 * sample.size(), symbols.size(), "every replica is a distinct document: " + symbols);
    }

    @Test
    void percentileIsNearestRank() {
        long[] v = {5, 1, 4, 2, 3, 6, 7, 8, 9, 10};
        assertEquals(5, Latency.percentile(v, 50));
        assertEquals(10, Latency.percentile(v, 99));
        assertEquals(1, Latency.percentile(v, 1));
    }
}
