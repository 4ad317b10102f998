package org.unkg.bench;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.unkg.build.Readers;
import org.unkg.eval.PdfLikeRenderer;
import org.unkg.ingest.DocumentReader;
import org.unkg.model.DocumentRecord;
import org.unkg.reference.ReferenceData;

class TextRenderTest {
    private static final Path AKN = Path.of("src/test/resources/akn");

    /**
     * The bench's rendering (bare AKN reader, two workers) writes, under each file's index, the
     * text the standard reader's record renders to; a file that is not AKN is counted, not written.
     */
    @Test
    void rendersWhatTheStandardReaderRendersUnderEachFilesIndex(@TempDir Path dir) throws Exception {
        List<Path> xml = new ArrayList<>(FloorProbe.files(List.of(AKN), ".xml"));
        Path notAkn = Files.writeString(dir.resolve("not-akn.xml"), "<html/>", StandardCharsets.UTF_8);
        xml.add(3, notAkn);
        ReferenceData ref = ReferenceData.load();
        Path two = Files.createDirectories(dir.resolve("two"));
        TextRender.Result r = new TextRender(ref, 2).render(xml, two);
        assertEquals(xml.size() - 1, r.rendered());
        assertEquals(1, r.unrendered());
        assertFalse(Files.exists(two.resolve("doc-00003.txt")), "the file that is not AKN has no text");

        List<DocumentReader> readers = Readers.standard(ref);
        long bytes = 0;
        for (int i = 0; i < xml.size(); i++) {
            if (i == 3) {
                continue;
            }
            Path x = xml.get(i);
            DocumentRecord d = readers.stream().filter(t -> t.accepts(x)).findFirst().orElseThrow().read(x);
            byte[] want = new PdfLikeRenderer().render(d).getBytes(StandardCharsets.UTF_8);
            Path got = two.resolve(String.format("doc-%05d.txt", i));
            assertArrayEquals(want, Files.readAllBytes(got), "text of " + x);
            bytes += want.length;
        }
        assertEquals(bytes, r.bytes());
        assertTrue(r.cpuSeconds() > 0);

        Path one = Files.createDirectories(dir.resolve("one"));
        new TextRender(ref, 1).render(xml, one);
        assertEquals(listing(two), listing(one), "one worker or two: the same files");
    }

    /** Every replica folder written by two workers equals the one written by one. */
    @Test
    void replicasWrittenInParallelEqualTheSerialOnes(@TempDir Path dir) throws IOException {
        List<Path> sample = FloorProbe.files(List.of(AKN), ".xml");
        Replicas serial = Replicas.write(sample, AKN, false, dir.resolve("one"), 3, 1);
        Replicas parallel = Replicas.write(sample, AKN, false, dir.resolve("two"), 3, 2);
        for (int r = 0; r < 3; r++) {
            assertEquals(serial.bytes(r + 1), parallel.bytes(r + 1));
            assertEquals(serial.files(r + 1), parallel.files(r + 1));
        }
        assertEquals(listing(dir.resolve("one")), listing(dir.resolve("two")));
        assertTrue(Files.exists(dir.resolve("two/r2/A_RES_103_5-2419776E.xml")), "replica 2 of A/RES/79/5 is 103/5");
    }

    /** Each file's path (relative) and content, in order. */
    private static List<String> listing(Path root) throws IOException {
        List<String> out = new ArrayList<>();
        for (Path f : FloorProbe.files(List.of(root), "")) {
            out.add(root.relativize(f) + "\n" + Files.readString(f, StandardCharsets.UTF_8));
        }
        return out;
    }
}
