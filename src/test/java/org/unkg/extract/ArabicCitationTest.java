package org.unkg.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.unkg.extract.TestDocs.citations;
import static org.unkg.extract.TestDocs.symbols;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.unkg.model.Citation;

/**
 * The Arabic citation grammar (citations-ar.properties, {@link NumberForms}): sessions, special
 * and emergency special sessions and part letters as Arabic prints them, normalized to the
 * symbols the English path makes of the same citations.
 */
class ArabicCitationTest {
    @Test
    void oldSessionInParenthesesIsRoman() {
        List<Citation> c = citations("ar", "قراري الجمعية العامة 1514 (د-15) المؤرخ 14 كانون الأول/ديسمبر 1960 و 1541 (د-15)");
        assertEquals(List.of("A/RES/1514(XV)", "A/RES/1541(XV)"), symbols(c));
        assertEquals("1960-12-14", c.get(0).date());
        assertEquals(List.of("A/RES/2625(XXV)"), symbols(citations("ar", "القرار 2625 (د-25)، المرفق.")));
        assertEquals(List.of("A/RES/3148(XXVIII)"), symbols(citations("ar", "وقرارها 3148 (د-28) المؤرخ")));
    }

    @Test
    void lettersBeforeAnOldSession() {
        assertEquals(List.of("A/RES/217A(III)"), symbols(citations("ar", "القرار 217 ألف (د-3).")));
        assertEquals(List.of("A/RES/260A(III)"), symbols(citations("ar", "القرار 260 ألف (د-3)")));
    }

    @Test
    void specialAndEmergencySessions() {
        assertEquals(List.of("A/RES/S-30/1"), symbols(citations("ar", "القرار دإ-30/1، المرفق.")));
        assertEquals(List.of("A/RES/3201(S-VI)", "A/RES/3202(S-VI)"),
                symbols(citations("ar", "القرارين 3201 (دإ-6) و 3202 (دإ-6)")));
        List<Citation> es = citations("ar", "إلى قراراتها دإط–11/1 المؤرخ 2 آذار/مارس 2022 و دإط-11/2");
        assertEquals(List.of("A/RES/ES-11/1", "A/RES/ES-11/2"), symbols(es));
        assertEquals("2022-03-02", es.get(0).date());
        assertEquals(List.of("A/HRC/RES/S-29/1"), symbols(citations("ar", "قرار مجلس حقوق الإنسان دإ-29/1")));
    }

    @Test
    void partLettersByNameInAbjadOrder() {
        assertEquals(List.of("A/RES/45/58P", "A/RES/46/36I", "A/RES/47/52J", "A/RES/57/76"), symbols(citations("ar",
                "قراراتها 45/58 عين المؤرخ 4 كانون الأول/ديسمبر 1990 و 46/36 طاء المؤرخ 6 كانون الأول/ديسمبر 1991"
                        + " و 47/52 ياء و 57/76 المؤرخ 22 تشرين الثاني/ نوفمبر 2002")));
        assertEquals(List.of("A/RES/52/12B", "A/RES/52/203"), symbols(citations("ar", "القرارات 52/12 باء و 52/203.")));
        assertEquals(List.of("A/RES/61/250A", "A/RES/61/250B"), symbols(citations("ar", "القرار 61/250 ألف و باء")));
    }

    @Test
    void assemblyNamedShortAndCommission() {
        assertEquals(List.of("A/RES/1541(XV)"), symbols(citations("ar", "في قرار الجمعية 1541 (د-15) والقرارات")));
        assertEquals(List.of("E/CN.4/RES/2004/16"),
                symbols(citations("ar", "قراري لجنة حقوق الإنسان 2004/16 المؤرخ 16 نيسان/أبريل 2004")));
    }

    @Test
    void councilNamedBeforeDatedNumbersOutOfTheAssemblySessions() {
        assertEquals(List.of("A/HRC/RES/7/34", "A/HRC/RES/18/15"), symbols(citations("ar",
                "وقرارات مجلس حقوق الإنسان ذات الصلة، ولا سيما القرارات 7/34 المؤرخ 28 آذار/مارس 2008 و 18/15"
                        + " المؤرخ 29 أيلول/سبتمبر 2011")));
        // dated in the Assembly's own session years: the Assembly's
        assertEquals(List.of("A/RES/78/191"), symbols(citations("ar",
                "مجلس حقوق الإنسان، والقرار 78/191 المؤرخ 19 كانون الأول/ديسمبر 2023")));
    }

    @Test
    void aWordAfterANumberIsNoLetter() {
        assertEquals(List.of("A/RES/73/338"), symbols(citations("ar", "القرار 73/338 عينت فيه")));
    }
}
