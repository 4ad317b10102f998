package org.unkg.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.unkg.ingest.DocumentReader;
import org.unkg.model.DocumentRecord;

/** The gold evaluation with a stand-in text reader, so that right and wrong answers are known. */
class GoldEvalTest {
    private static final Path GOLD = Path.of("src/test/resources/eval/gold");

    private static DocumentReader fixed(DocumentRecord r) {
        return new DocumentReader() {
            @Override
            public String id() {
                return "fixed";
            }

            @Override
            public boolean accepts(Path file) {
                return file.toString().endsWith(".txt");
            }

            @Override
            public DocumentRecord read(Path file) {
                return r.toBuilder().sourceFile(file.toString()).build();
            }
        };
    }

    /** A record that says what the gold of A/RES/79/5 (file 004) says about its header and verbs. */
    private static DocumentRecord right() {
        DocumentRecord.Builder b = Samples.english().toBuilder();
        b.preamble().clear();
        b.operative().clear();
        b.footnotes().clear();
        b.distributionDate(null);
        String[] pv = {"Recalling", "Recognizing", "Guided", "Reaffirming", "Recalling", "Acknowledging", "Recalling",
            "Recognizing", "Recognizing also", "Noting with appreciation", "Reaffirming", "Welcoming", "Recognizing",
            "Reaffirming"};
        for (int i = 0; i < pv.length; i++) {
            b.preamble(Samples.pp(i + 1, pv[i], pv[i] + " ..."));
        }
        String[] ov = {"Welcomes", "Also welcomes", "Reaffirms", "Calls upon", "Welcomes", "Notes", "Welcomes",
            "Calls upon", "Encourages", "Recognizes", "Encourages", "Also encourages", "Requests", "Decides"};
        for (int i = 0; i < ov.length; i++) {
            b.operative(Samples.op(i + 1, ov[i], ov[i] + " ...", List.of()));
        }
        return b.build();
    }

    /** Scores against the gold of file 004 only. */
    private static Tally run(DocumentRecord r, Path dir) throws Exception {
        Path gold = Files.createDirectories(dir.resolve("gold"));
        Files.copy(GOLD.resolve("004_9303243878ae590c.json"), gold.resolve("004_9303243878ae590c.json"),
                StandardCopyOption.REPLACE_EXISTING);
        return new GoldEval(List.of(fixed(r)), RecordFacts.forGold(null)).run(gold, dir, List.of("en"));
    }

    @Test
    void aDeliberatelyWrongRecordScoresLowerThanTheRightOne(@TempDir Path corpus) throws Exception {
        Files.writeString(corpus.resolve("004_9303243878ae590c.txt"), "stand-in");
        Tally good = run(right(), corpus);
        assertEquals(1, good.documents("en"));
        assertEquals(1.0, good.score(Fields.PREAMBULAR_VERBS, "en").f1(), 1e-9);
        assertEquals(1.0, good.score(Fields.OPERATIVE_VERBS, "en").f1(), 1e-9);
        assertEquals(1, good.paragraphCountsExact("en")[0]);
        for (String f : List.of(Fields.SYMBOL, Fields.SESSION, Fields.ADOPTION_DATE, Fields.PLENARY_MEETING,
                Fields.DRAFT_SYMBOLS, Fields.AGENDA_ITEMS, Fields.TITLE)) {
            assertEquals(1.0, good.score(f, "en").f1(), 1e-9, f);
        }

        DocumentRecord.Builder w = right().toBuilder().symbol("A/RES/79/6").session(78);
        w.preamble().set(8, Samples.pp(9, "Recognizing", "Recognizing ..."));
        w.operative().remove(13);
        Tally bad = run(w.build(), corpus);
        assertTrue(bad.score(Fields.PREAMBULAR_VERBS, "en").f1() < good.score(Fields.PREAMBULAR_VERBS, "en").f1());
        assertTrue(bad.score(Fields.OPERATIVE_VERBS, "en").recall() < 1.0);
        assertEquals(0.0, bad.score(Fields.SYMBOL, "en").f1());
        assertEquals(0, bad.paragraphCountsExact("en")[0]);
        assertTrue(bad.misses(Fields.PREAMBULAR_VERBS).get(0).describe().contains("PP9"));
    }

    @Test
    void anUnreadableCorpusFileCountsAsNothingFound(@TempDir Path corpus) throws Exception {
        Tally t = run(right(), corpus); // no text file written
        assertEquals(1, t.documents("en"));
        assertEquals(0.0, t.score(Fields.PREAMBULAR_VERBS, "en").recall());
        assertTrue(t.errors().get(0).contains("not found"));
    }
}
