package org.unkg.build;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.unkg.InputException;
import org.unkg.ingest.DocumentReader;
import org.unkg.model.DocType;
import org.unkg.model.DocumentRecord;
import org.unkg.model.Paragraph;
import org.unkg.rdf.OutputFormat;
import org.unkg.reference.ReferenceData;

class BuildTest {
    @TempDir
    Path dir;

    /** A reader of "symbol|lang|text" files; "BAD" in a file makes it fail like a broken document. */
    static final DocumentReader LINE_READER = new DocumentReader() {
        @Override
        public String id() {
            return "line";
        }

        @Override
        public boolean accepts(Path file) {
            return file.toString().endsWith(".rec");
        }

        @Override
        public DocumentRecord read(Path file) {
            try {
                String[] f = Files.readString(file).strip().split("\\|");
                if (f[0].equals("BAD")) {
                    throw new InputException(file.toString(), "1:1", "broken on purpose");
                }
                return DocumentRecord.builder().symbol(f[0]).language(f[1]).type(DocType.RESOLUTION)
                        .sourceFile(file.toString()).preamble(new Paragraph(Paragraph.Kind.PREAMBULAR,
                                "preamble/1", 1, null, null, f[2], List.of(), List.of())).build();
            } catch (IOException e) {
                throw new InputException(file.toString(), null, e.getMessage());
            }
        }
    };

    private Build.Result build(Path out, int threads) {
        return Build.create().inputs(List.of(dir.resolve("in"))).output(out).format(OutputFormat.TTL)
                .reference(ReferenceData.load()).readers(List.of(LINE_READER)).threads(threads).build().run();
    }

    @Test
    void badFilesAreSkippedAndReportedTheRestIsBuiltDeterministically() throws IOException {
        Path in = Files.createDirectories(dir.resolve("in/sub"));
        for (int i = 0; i < 30; i++) {
            Files.writeString(in.resolve("d" + i + ".rec"), "A/RES/1/" + i + "|" + (i % 2 == 0 ? "en" : "fr") + "|text " + i);
        }
        Files.writeString(in.resolve("broken.rec"), "BAD");
        Files.writeString(in.resolve("ignored.bin"), "not for any reader");
        Build.Result a = build(dir.resolve("a.ttl"), 1);
        Build.Result b = build(dir.resolve("b.ttl"), 4);
        assertEquals(30, a.documents());
        assertEquals(1, a.skipped().size());
        assertTrue(a.skipped().get(0).contains("broken.rec:1:1: broken on purpose"), a.skipped().get(0));
        assertArrayEquals(Files.readAllBytes(dir.resolve("a.ttl")), Files.readAllBytes(dir.resolve("b.ttl")),
                "thread count must not change the output");
        assertEquals(a.triples(), b.triples());
        assertTrue(Files.readString(dir.resolve("a.ttl")).contains("A/RES/1/29"));
    }

    @Test
    void whenNothingCanBeBuiltNothingIsWritten() throws IOException {
        Path in = Files.createDirectories(dir.resolve("in"));
        Files.writeString(in.resolve("x.rec"), "BAD");
        Path out = dir.resolve("out.ttl");
        Files.writeString(out, "previous");
        Build.Result r = build(out, 2);
        assertNull(r.output());
        assertEquals("previous", Files.readString(out));
    }
}
