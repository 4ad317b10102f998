package org.unkg.structure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.unkg.TestReference;
import org.unkg.model.DocumentRecord;
import org.unkg.model.Footnote;
import org.unkg.model.Paragraph;
import org.unkg.reference.ReferenceData;

/**
 * Paragraph counts of Arabic resolutions as PDF text gives them (issue #7): a preambular paragraph
 * without its closing comma, a run of footnote marks wrapped onto a line of its own, and a range
 * "17 إلى 20" opening a line, which is no footnote.
 */
class ArabicCountsTest {
    private static final ReferenceData REF = TestReference.load();
    private final TextStructurer s = new TextStructurer(REF, d -> d);

    private static String doc(List<String> body) {
        List<String> out = new ArrayList<>(List.of("الأمــم المتحـدة   A/RES/79/10", "", "الجمعية العامة",
                "Distr.: General", "19 November 2024", "", "الدورة التاسعة والسبعون", "البند ١٢٥ من جدول الأعمال",
                "التعاون بين الأمم المتحدة والمنظمات الإقليمية", "",
                "قرار اتخذته الجمعية العامة في ١٨ تشرين الثاني/نوفمبر ٢٠٢٤", "",
                "[دون الإحالة إلى لجنة رئيسية (A/79/L.11)]", "",
                "79/10 - التعاون بين الأمم المتحدة ومنظمة معاهدة الأمن الجماعي", "", "إن الجمعية العامة،", ""));
        out.addAll(body);
        out.addAll(List.of("", "الجلسة العامة 39", "18 تشرين الثاني/نوفمبر 2024"));
        return String.join("\n", out);
    }

    @Test
    void aPreambularParagraphWithoutItsCommaIsNoHeading() {
        DocumentRecord d = s.structure(doc(List.of(
                "وإذ تشير إلى قراراتها السابقة بشأن التعاون بين الأمم المتحدة والمنظمات الإقليمية",
                "ودون الإقليمية والمنظمات الأخرى،", "",
                "وإذ ترحب بالنهج الشامل والمتكامل الذي يأخذ به موئل الأمم المتحدة في إدماج أهداف",
                "التنمية المستدامة على الصعيد المحلي", "",
                "1 - تحيط علما مع التقدير بتقرير الأمين العام عن التعاون بين الأمم المتحدة",
                "والمنظمات الإقليمية؛", "",
                "2 - تطلب إلى الأمين العام أن يقدم تقريرا عن تنفيذ هذا القرار.")), "doc-0001.txt");
        assertEquals(2, d.preamble().size(), d.preamble().stream().map(Paragraph::text).toList().toString());
        assertTrue(d.preamble().get(1).text().startsWith("وإذ ترحب"), d.preamble().get(1).text());
        assertEquals(2, d.operative().size());
    }

    @Test
    void aRunOfMarksWrappedOntoItsOwnLineEndsNoHeading() {
        DocumentRecord d = s.structure(doc(List.of(
                "وقد نظرت في تقريري الأمين العام عن تمويل قوة الأمم المتحدة الأمنية المؤقتة",
                "لأبيي، وفي تقرير اللجنة الاستشارية لشؤون الإدارة والميزانية ذي الصلة بالموضوع،(1),",
                "(2)", "",
                "وإذ تشير إلى قراراتها السابقة بشأن تمويل قوة الأمم المتحدة الأمنية المؤقتة",
                "لأبيي،", "",
                "1 - تحيط علما مع التقدير بتقرير الأمين العام عن تمويل قوة الأمم المتحدة",
                "الأمنية المؤقتة لأبيي؛", "",
                "2 - تطلب إلى الأمين العام أن يقدم تقريرا عن تنفيذ هذا القرار.", "",
                "__________________", "(1) A/79/568.", "(2) A/79/601.")), "doc-0002.txt");
        assertEquals(2, d.preamble().size(), d.preamble().stream().map(Paragraph::text).toList().toString());
        assertTrue(d.preamble().get(0).text().startsWith("وقد نظرت"), d.preamble().get(0).text());
        assertEquals(2, d.operative().size());
    }

    @Test
    void aRangeOpeningALineIsNoFootnote() {
        DocumentRecord d = s.structure(doc(List.of(
                "وإذ تشير إلى قراراتها السابقة بشأن التعاون بين الأمم المتحدة والمنظمات الإقليمية،(1)", "",
                "وإذ تعيد تأكيد الخطة الحضرية الجديدة التي اعتُمدت في مؤتمر الأمم المتحدة المعني",
                "بالإسكان والتنمية الحضرية المستدامة (الموئل الثالث) المعقود في كيتو في الفترة من",
                "1 إلى 20 تشرين الأول/ أكتوبر 2016، وإذ ترحب بانعقاد الدورة الثانية لجمعية موئل",
                "الأمم المتحدة،", "",
                "وإذ تشير إلى إطار سِنداي للحد من مخاطر الكوارث للفترة 2015-2030 وإلى مبادئه",
                "التوجيهية،", "",
                "1 - تحيط علما مع التقدير بتقرير الأمين العام عن التعاون بين الأمم المتحدة",
                "والمنظمات الإقليمية؛", "",
                "__________________", "(1) القرار 73/291، المرفق.")), "doc-0003.txt");
        assertEquals(3, d.preamble().size(), d.preamble().stream().map(Paragraph::text).toList().toString());
        assertTrue(d.preamble().get(1).text().contains("أكتوبر 2016"), d.preamble().get(1).text());
        assertEquals(List.of("القرار 73/291، المرفق."), d.footnotes().stream().map(Footnote::text).toList());
    }
}
