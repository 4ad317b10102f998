package org.unkg.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.unkg.model.DocumentRecord;
import org.unkg.model.Footnote;
import org.unkg.model.Paragraph;
import org.unkg.reference.ReferenceData;

/**
 * Defects found by the evaluation and SHACL validation of the AKN reader, on real files copied into
 * src/test/resources/akn: draft lists printed with 和, sub-items marked up as sibling paragraphs,
 * chapter headings taken for paragraphs, and a mis-encoded State name in the publisher's extract.
 */
class AknDefectsTest {
    private static ReferenceData ref;
    private static AknReader reader;

    @BeforeAll
    static void load() {
        ref = ReferenceData.load();
        reader = new AknReader(ref, AknExtract.none());
    }

    private static DocumentRecord read(String name) {
        return reader.read(AknReaderTest.res(name));
    }

    /** Every operative key, sub-items included, in document order. */
    static List<String> operativeKeys(DocumentRecord d) {
        List<String> out = new ArrayList<>();
        d.operative().forEach(p -> collect(p, out));
        return out;
    }

    private static void collect(Paragraph p, List<String> out) {
        out.add(p.key());
        p.items().forEach(i -> collect(i, out));
    }

    @Test
    void chineseDraftListIsSplitIntoSymbols() {
        DocumentRecord zh = read("A_RES_76_10-2117757C.xml"); // "A/76/L.14和A/76/L.14/Add.1"
        DocumentRecord en = read("A_RES_76_10-2117757E.xml"); // "A/76/L.14 and A/76/L.14/Add.1"
        assertEquals(List.of("A/76/L.14", "A/76/L.14/Add.1"), zh.drafts());
        assertEquals(zh.drafts(), en.drafts());
        assertEquals(List.of(), zh.reports());
    }

    @Test
    void symbolListsInEveryLanguage() {
        assertEquals(List.of("A/76/L.14", "A/76/L.14/Add.1"), UnSymbols.list("A/76/L.14 et A/76/L.14/Add.1"));
        assertEquals(List.of("A/79/L.1", "A/79/L.1/Add.1"), UnSymbols.list("A/79/L.1 y A/79/L.1/Add.1"));
        assertEquals(List.of("A/79/L.1", "A/79/L.1/Add.1"), UnSymbols.list("A/79/L.1 и A/79/L.1/Add.1"));
        assertEquals(List.of("A/79/L.1", "A/79/L.1/Add.1"), UnSymbols.list("A/79/L.1 و A/79/L.1/Add.1"));
        assertEquals(List.of("A/79/L.1", "A/79/L.2"), UnSymbols.list("A/79/L.1、A/79/L.2及A/79/L.1"));
        assertEquals(List.of("A/76/383/Add.1"), UnSymbols.list("A/76/383/Add.1，第6段"));
        assertEquals(List.of("A/79/840"), UnSymbols.list("(A/79/840, párr. 6"));
        assertTrue(UnSymbols.isDraft("A/C.1/76/L.34/Rev.1"));
        assertTrue(UnSymbols.isDraft("A/ES-11/L.5"));
        assertFalse(UnSymbols.isDraft("A/76/L.14和A/76/L.14/Add.1"));
        assertFalse(UnSymbols.isDraft("A/79/23"));
    }

    @Test
    void siblingSubItemsGoUnderTheirParagraphInEveryLanguage() {
        DocumentRecord zh = read("A_RES_76_10-2117757C.xml");
        DocumentRecord en = read("A_RES_76_10-2117757E.xml");
        assertEquals(en.operative().size(), zh.operative().size());
        assertEquals(operativeKeys(en), operativeKeys(zh));
        Paragraph p12 = zh.operative().stream().filter(p -> p.key().equals("operative/12")).findFirst().orElseThrow();
        assertTrue(p12.items().size() >= 3, p12.toString());
        assertEquals("operative/12/a", p12.items().get(0).key());
        assertFalse(operativeKeys(zh).contains("operative/a"));
    }

    @Test
    void chineseParenthesizedNumeralsAreNestedItemsKeyedLikeRomanNumerals() {
        DocumentRecord zh = read("A_RES_76_84 A-B-2118640C.xml"); // "(e)" then "㈠".."㈣"; English "(i)".."(iv)"
        DocumentRecord en = read("A_RES_76_84 A-B-2118640E.xml");
        assertEquals(operativeKeys(en), operativeKeys(zh));
        assertTrue(operativeKeys(zh).stream().anyMatch(k -> k.endsWith("/e/iv")), operativeKeys(zh).toString());
    }

    @Test
    void headingsAreNotParagraphsAndKeysMatchAcrossLanguages() {
        DocumentRecord zh = read("A_RES_79_1-2416433C.xml"); // "一. 可持续发展和发展筹资"
        DocumentRecord en = read("A_RES_79_1-2416433E.xml"); // "I. Sustainable development ..."
        assertEquals(operativeKeys(en), operativeKeys(zh));
        for (DocumentRecord d : List.of(zh, en)) {
            assertTrue(d.operative().stream().noneMatch(p -> "一".equals(p.number()) || "I".equals(p.number())),
                    d.language());
            assertTrue(operativeKeys(d).stream().noneMatch(k -> k.matches(".*operative/\\d+-\\d+.*")),
                    d.language() + ": a key made unique by a suffix");
            Paragraph p20 = d.operative().stream().filter(p -> p.key().equals("operative/20")).findFirst().orElseThrow();
            assertEquals("20", p20.number());
            Map<String, String> attached = new HashMap<>();
            for (Footnote f : d.footnotes()) {
                assertTrue(attached.put(f.key(), String.valueOf(f.attachedTo())) == null, f.key());
            }
        }
        for (int i = 0; i < en.operative().size(); i++) {
            assertEquals(en.operative().get(i).ordinal(), zh.operative().get(i).ordinal());
        }
    }

    @Test
    void preambularParagraphMarkedUpInTheBodyStaysPreambular() {
        DocumentRecord ar = read("A_RES_79_131-2423488A.xml"); // unnumbered "...،" before "1 -"
        DocumentRecord en = read("A_RES_79_131-2423488E.xml");
        assertEquals(en.preamble().size(), ar.preamble().size());
        assertEquals(operativeKeys(en), operativeKeys(ar));
        assertEquals(List.of("operative/1", "operative/2"), operativeKeys(ar));
    }

    @Test
    void theSymbolNamesTheSessionWhenTheCoverPageDisagrees() {
        DocumentRecord d = read("A_RES_79_11-2421663R.xml"); // cover page: session 77
        assertEquals("A/RES/79/11", d.symbol());
        assertEquals(79, d.session());
    }

    @Test
    void theAdoptionDateIsTheAdoptingMeetingsDate() {
        DocumentRecord d = read("A_RES_79_285-2506950F.xml"); // FRBRdate adoption = 2025-05-02
        assertEquals(LocalDate.of(2025, 4, 29), d.adoptionDate());
    }

    @Test
    void misEncodedTurkiyeInThePublishersExtractIsResolved() {
        assertEquals("tur", ref.stateKey("TÜRKÝYE", "en").orElse(null));
        assertEquals("tur", ref.stateKey("Türkiye", "en").orElse(null));
    }
}
