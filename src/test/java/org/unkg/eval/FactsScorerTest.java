package org.unkg.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.unkg.model.Citation;
import org.unkg.model.DocumentRecord;
import org.unkg.model.EntityKind;
import org.unkg.model.Mention;
import org.unkg.model.Paragraph;
import org.unkg.model.Span;

class FactsScorerTest {
    private final RecordFacts facts = RecordFacts.forGold(null);

    private Tally score(DocumentRecord expected, DocumentRecord actual) {
        Tally t = new Tally(Fields.GOLD);
        new FactsScorer().score(facts.facts(expected), facts.facts(actual), t);
        return t;
    }

    @Test
    void aRecordAgainstItselfIsPerfect() {
        DocumentRecord d = Samples.english();
        Tally t = score(d, d);
        for (String f : Fields.GOLD) {
            Score s = t.score(f, "en");
            assertEquals(0, s.fp() + s.fn(), f);
        }
        assertEquals(12, t.score(Fields.PREAMBULAR_VERBS, "en").tp());
        assertEquals(1, t.paragraphCountsExact("en")[0]);
    }

    @Test
    void aWrongVerbIsOneFalsePositiveAndOneFalseNegativeInItsSlot() {
        DocumentRecord right = Samples.english();
        DocumentRecord.Builder b = right.toBuilder();
        b.preamble().set(1, Samples.pp(2, "Recognizing", "Recognizing the role,"));
        b.preamble().remove(11); // one preambular paragraph lost: counts no longer exact
        Tally t = score(right, b.build());
        assertEquals(new Score(10, 1, 2), t.score(Fields.PREAMBULAR_VERBS, "en"));
        assertEquals(0, t.paragraphCountsExact("en")[0]);
        List<Miss> m = t.misses(Fields.PREAMBULAR_VERBS);
        assertEquals("PP2: expected 'Recognizing also', got 'Recognizing'", m.get(0).describe());
        assertEquals("PP12: missed 'Reaffirming'", m.get(1).describe());
        assertEquals(new Score(0, 1, 1), t.score(Fields.PREAMBULAR_PARAGRAPHS, "en"));
    }

    @Test
    void setsScoreMissingAndExtraItemsAndDatesOnlyOnCitationsBothFound() {
        DocumentRecord right = Samples.english().toBuilder()
                .finding(new Citation("citations", new Span("preamble/3", 0, 4, "70/1"), "A/RES/70/1", null, null))
                .build();
        DocumentRecord wrong = Samples.english().toBuilder()
                .finding(new Mention("states", new Span("preamble/2", 0, 4, "Iran"), EntityKind.STATE, "irn"))
                .finding(new Citation("citations", new Span("preamble/3", 0, 4, "70/2"), "A/RES/70/2", "2015", null))
                .build();
        Tally t = score(right, wrong);
        assertEquals(new Score(1, 1, 0), t.score(Fields.STATES, "en"));
        // A/RES/76/299 and the draft A/79/L.1 found, A/RES/70/1 missed, A/RES/70/2 extra
        assertEquals(new Score(2, 1, 1), t.score(Fields.REFERENCED_DOCUMENTS, "en"));
        // the date of A/RES/70/2 is not judged: the citation itself is already wrong
        assertEquals(new Score(1, 0, 0), t.score(Fields.REFERENCE_DATES, "en"));
    }

    @Test
    void ownSymbolIsNotAReferenceAndScalarsCountBothWaysWhenDifferent() {
        DocumentRecord right = Samples.english();
        DocumentRecord wrong = right.toBuilder().session(76)
                .finding(new Citation("citations", new Span("header", 0, 4, "79/5"), "A/RES/79/5", null, null))
                .build();
        Tally t = score(right, wrong);
        assertEquals(new Score(0, 1, 1), t.score(Fields.SESSION, "en"));
        assertEquals(0, t.score(Fields.REFERENCED_DOCUMENTS, "en").fp());
        assertTrue(t.misses(Fields.SESSION).get(0).describe().contains("expected '79', got '76'"));
    }

    @Test
    void operativeVerbsAreMatchedByPrintedNumber() {
        DocumentRecord right = Samples.english();
        DocumentRecord.Builder b = right.toBuilder();
        Paragraph first = b.operative().remove(0); // the text path lost OP1: OP2.. must still match
        assertEquals("1", first.number());
        Tally t = score(right, b.build());
        assertEquals(new Score(8, 0, 1), t.score(Fields.OPERATIVE_VERBS, "en"));
    }
}
