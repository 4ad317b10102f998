package org.unkg.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReplicasTest {
    private static final Path SAMPLE = Path.of("src/test/resources/akn/A_RES_79_6-2419997E.xml");

    @Test
    void replicaMovesTheDocumentsOwnSymbolAndNothingElse() throws IOException {
        String xml = Files.readString(SAMPLE, StandardCharsets.UTF_8);
        Replicas.Own own = Replicas.own(xml);
        assertNotNull(own);
        assertEquals("79", own.session());
        assertEquals("6", own.number());
        String r = Replicas.rewrite(xml, own, 3);
        assertTrue(r.contains(">A/RES/3079/6<"), "docNumber symbol moved");
        assertTrue(r.contains("/3079-6/"), "FRBR URI moved");
        assertFalse(r.contains("A/RES/79/6<"), "no trace of the old symbol");
        assertFalse(r.contains("/79-6/"), "no trace of the old FRBR URI");
        // another document's symbol that starts with the same digits is not this document
        String other = "<p>see resolution 79/60 and 179/6 and A/RES/79/6</p>";
        assertEquals("<p>see resolution 79/60 and 179/6 and A/RES/3079/6</p>", Replicas.rewrite(other, own, 3));
    }

    @Test
    void emergencySessionsKeepTheirPrefix() {
        assertEquals("ES-1011", Replicas.session("ES-11", 1));
        assertEquals("39079", Replicas.session("79", 39));
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
        Path two = dir.resolve("r2/A_RES_2079_6-2419997E.xml");
        assertTrue(Files.readString(two, StandardCharsets.UTF_8).contains("A/RES/2079/6"));
        assertEquals(0, r.unchanged());
    }

    @Test
    void percentileIsNearestRank() {
        long[] v = {5, 1, 4, 2, 3, 6, 7, 8, 9, 10};
        assertEquals(5, Latency.percentile(v, 50));
        assertEquals(10, Latency.percentile(v, 99));
        assertEquals(1, Latency.percentile(v, 1));
    }
}
