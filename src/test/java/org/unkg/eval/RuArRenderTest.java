package org.unkg.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.unkg.model.Footnote;
import org.unkg.structure.Profile;

/** The Russian and Arabic PDF-like renderings: masthead wording, ordinals, marks and numbering. */
class RuArRenderTest {
    private final PdfLikeRenderer renderer = new PdfLikeRenderer();

    @Test
    void arabicOrdinalsReadBackThroughTheProfile() {
        Profile ar = Profile.load("ar");
        for (int n = 1; n <= 99; n++) {
            assertEquals(n, ar.number(ArabicRender.ordinal(n)), ArabicRender.ordinal(n));
        }
        assertEquals("التاسعة والسبعون", ArabicRender.ordinal(79));
        assertEquals("الحادية عشرة", ArabicRender.ordinal(11));
    }

    @Test
    void russianOrdinalsReadBackThroughTheProfile() {
        Profile ru = Profile.load("ru");
        for (int n = 1; n <= 99; n++) {
            assertEquals(n, ru.number(SessionOrdinals.russian(n)), SessionOrdinals.russian(n));
        }
    }

    @Test
    void arabicMastheadAndBody() {
        var b = Samples.english().toBuilder().language("ar");
        b.footnotes().clear();
        b.footnote(new Footnote("1", "A/79/302.", "preamble/1", List.of()));
        String ar = renderer.render(b.build());
        assertTrue(ar.contains("الدورة التاسعة والسبعون\n"), ar.substring(0, 400));
        assertTrue(ar.contains("قرار اتخذته الجمعية العامة في 24 تشرين الأول/أكتوبر 2024"));
        assertTrue(ar.contains("[دون الإحالة إلى لجنة رئيسية (A/79/L.1)]"));
        assertTrue(ar.contains("إن الجمعية العامة،"));
        assertTrue(ar.contains("Distr.: General\n28 October 2024\n")); // in English, as every version prints it
        assertTrue(ar.contains("\n(1) A/79/302."), ar);
        assertTrue(ar.contains("(1)"));
        assertTrue(ar.contains("\n1 - "));
        assertTrue(ar.contains("الجلسة العامة 25"));
        assertEquals("125 (ر)", ArabicRender.item("125(t)"));
    }

    @Test
    void russianMastheadDateInEnglishAndItemsWithClosingParenthesis() {
        String ru = renderer.render(Samples.english().toBuilder().language("ru").build());
        assertTrue(ru.contains("Distr.: General\n28 October 2024\n"));
        assertTrue(ru.contains("[без передачи в главные комитеты (A/79/L.1)]"), ru.substring(0, 600));
        assertEquals("125 t)", RussianRender.item("125(t)"));
        assertEquals("а)", new RussianRender().itemLabel("а"));
    }
}
