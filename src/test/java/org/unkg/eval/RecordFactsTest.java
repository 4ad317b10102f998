package org.unkg.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.unkg.TestReference;
import org.unkg.model.Citation;
import org.unkg.model.DocumentRecord;
import org.unkg.model.Span;

class RecordFactsTest {
    private static Citation cite(String extractor, String symbol) {
        return new Citation(extractor, new Span("preamble/1", 0, 1, symbol), symbol, null, null);
    }

    @Test
    void aknSideKeepsOnlyLinkedCitationsAndMatchesPartsOfJointAndLetteredSymbols() {
        DocumentRecord xml = Samples.english().toBuilder()
                .finding(cite(AknEval.LINK_EXTRACTOR, "A/RES/53/243"))
                .finding(cite(AknEval.LINK_EXTRACTOR, "A/75/651"))
                .build();
        DocumentRecord text = Samples.english().toBuilder()
                .finding(cite("citations", "A/RES/53/243A"))
                .finding(cite("citations", "A/75/651-S/2020/1203"))
                .build();
        Facts x = RecordFacts.forAkn(null, AknEval.LINK_EXTRACTOR).facts(xml);
        Facts t = RecordFacts.forAkn(null, null).facts(text);
        // the sample's own "citations" finding (76/299) is not a linked one on the XML side
        assertEquals(2, x.sets().get(Fields.REFERENCED_DOCUMENTS).size());
        Tally tally = new Tally(Fields.AKN);
        new FactsScorer().score(x, t, tally);
        assertEquals(new Score(2, 1, 0), tally.score(Fields.REFERENCED_DOCUMENTS, "en"));
        // drafts are scored as draft symbols only, not again as references
        assertTrue(t.sets().get(Fields.REFERENCED_DOCUMENTS).stream().noneMatch(i -> i.keys().contains("A/79/L.1")));
    }

    @Test
    void aknLinksOfLetterRangesOldStyleLettersAndSupplementsMeetThePrintedSymbols() {
        DocumentRecord xml = Samples.english().toBuilder()
                .finding(cite(AknEval.LINK_EXTRACTOR, "A/RES/57/130A-B"))
                .finding(cite(AknEval.LINK_EXTRACTOR, "A/RES/217(III)"))
                .finding(cite(AknEval.LINK_EXTRACTOR, "A/34/45(SUPP)"))
                .finding(cite(AknEval.LINK_EXTRACTOR, "A/RES/60/1"))
                .build();
        DocumentRecord text = Samples.english().toBuilder().report("A/79/456")
                .finding(cite("citations", "A/RES/57/130B"))
                .finding(cite("citations", "A/RES/217A(III)"))
                .finding(cite("citations", "A/34/45"))
                .finding(cite("citations", "A/RES/60/2"))
                .finding(cite("citations", "A/79/456"))
                .build();
        Tally tally = new Tally(Fields.AKN);
        new FactsScorer().score(RecordFacts.forAkn(null, AknEval.LINK_EXTRACTOR).facts(xml),
                RecordFacts.forAkn(null, null).facts(text), tally);
        // 60/1 is not 60/2 (and the sample's own unlinked citation stays unexpected); the adoption
        // line's report is scored as a draft symbol, not as a reference
        assertEquals(new Score(3, 2, 1), tally.score(Fields.REFERENCED_DOCUMENTS, "en"));
    }

    @Test
    void aknDraftSymbolsAreWhatTheAdoptionLinePrints() {
        DocumentRecord committee = Samples.english().toBuilder().withoutMainCommittee(false)
                .committee("Third Committee").report("A/79/456").build();
        Facts x = RecordFacts.forAkn(null, AknEval.LINK_EXTRACTOR).facts(committee);
        assertEquals(List.of("A/79/456"), x.sets().get(Fields.DRAFT_SYMBOLS).stream().map(Item::label).toList());
        Facts gold = RecordFacts.forGold(null).facts(committee);
        assertEquals(List.of("A/79/L.1"), gold.sets().get(Fields.DRAFT_SYMBOLS).stream().map(Item::label).toList());
    }

    @Test
    void aCommitteeIsComparedAsTheOrganizationItsNameStandsFor() {
        RecordFacts facts = RecordFacts.forAkn(TestReference.load(), null);
        String longName = facts.facts(Samples.english().toBuilder()
                .committee("Special Political and Decolonization Committee").build()).scalars().get(Fields.COMMITTEE);
        String shortName = facts.facts(Samples.english().toBuilder()
                .committee("Fourth Committee").build()).scalars().get(Fields.COMMITTEE);
        assertEquals(shortName, longName);
        assertEquals("third committee", facts.facts(Samples.english().toBuilder()
                .committee("Third Committee").build()).scalars().get(Fields.COMMITTEE));
    }

    @Test
    void operativeParagraphsAreTheNumberedOnesOrTheOneOfAResolutionWithoutNumbers() {
        var b = Samples.english().toBuilder();
        b.operative().add(1, new org.unkg.model.Paragraph(org.unkg.model.Paragraph.Kind.OPERATIVE, "operative/u1", 2,
                null, "IX", "IX", List.of(), List.of()));
        Facts withHeading = RecordFacts.forAkn(null, null).facts(b.build());
        assertEquals("9", withHeading.scalar(Fields.OPERATIVE_PARAGRAPHS));
        assertTrue(withHeading.sets().get(Fields.OPERATIVE_VERBS).stream().noneMatch(i -> i.label().equals("IX")));
        var sb = Samples.english().toBuilder();
        sb.operative().clear();
        DocumentRecord single = sb.operative(new org.unkg.model.Paragraph(org.unkg.model.Paragraph.Kind.OPERATIVE,
                "operative/1", 1, null, "Approves", "Approves the report.", List.of(), List.of())).build();
        Facts one = RecordFacts.forAkn(null, null).facts(single);
        assertEquals("1", one.scalar(Fields.OPERATIVE_PARAGRAPHS));
        assertEquals(1, one.sets().get(Fields.OPERATIVE_VERBS).size());
    }
}
