package org.unkg.structure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.unkg.TestReference;
import org.unkg.extract.Extractors;
import org.unkg.model.Citation;
import org.unkg.model.DocType;
import org.unkg.model.DocumentRecord;
import org.unkg.model.Footnote;
import org.unkg.model.Paragraph;
import org.unkg.reference.ReferenceData;

/** Russian and Arabic resolutions as PDF text extraction gives them, read end to end (header, body, citations). */
class RuArTextTest {
    private static final ReferenceData REF = TestReference.load();
    private final TextStructurer s = new TextStructurer(REF, d -> Extractors.apply(d, Extractors.standard(REF)));

    private static final String RU = String.join("\n",
            "Организация Объединенных Наций   A/RES/79/10", "", "Генеральная Ассамблея", "Distr.: General",
            "19 November 2024", "", "24-21660 (R)", "*2421660*", "", "Семьдесят девятая сессия",
            "Пункты 20 и 125 t) повестки дня", "Сотрудничество между Организацией Объединенных Наций и",
            "региональными организациями", "",
            "Резолюция, принятая Генеральной Ассамблеей 18 ноября 2024 года", "",
            "[по докладу Второго комитета (A/79/432)]", "",
            "79/10. Сотрудничество между Организацией Объединенных Наций и Организацией",
            "Договора о коллективной безопасности", "", "Генеральная Ассамблея,", "",
            "рассмотрев доклад Генерального секретаря о сотрудничестве между Организацией",
            "Объединенных Наций и региональными и другими организациями,1", "",
            "ссылаясь на свою резолюцию 59/50 от 2 декабря 2004 года и резолюцию Совета",
            "Безопасности 1631 (2005) от 17 октября 2005 года,", "",
            "1. просит Генерального секретаря представить доклад;", "",
            "2. постановляет включить в предварительную повестку дня своей восемьдесят первой",
            "сессии пункт, озаглавленный «Сотрудничество»:", "", "а) первый подпункт;", "",
            "__________________", "1 A/79/302-S/2024/600.", "", "39-е пленарное заседание", "18 ноября 2024 года");

    private static final String AR = String.join("\n",
            "الأمــم المتحـدة   A/RES/79/10", "", "الجمعية العامة", "Distr.: General", "19 November 2024", "",
            "الدورة التاسعة والسبعون", "البند ١٢٥ (ر) من جدول الأعمال", "التعاون بين الأمم المتحدة والمنظمات الإقليمية", "",
            "قرار اتخذته الجمعية العامة في ١٨ تشرين الثاني/نوفمبر ٢٠٢٤", "",
            "[دون الإحالة إلى لجنة رئيسية (A/79/L.11)]", "",
            "79/10 - التعاون بين الأمم المتحدة ومنظمة معاهدة الأمن الجماعي", "", "إن الجمعية العامة،", "",
            "وقد نظرت في تقرير الأمين العام عن التعاون بين الأمم المتحدة والمنظمات الإقليمية", "والمنظمات الأخرى(1)،", "",
            "وإذ تشير إلى قراراتها ٦٤/٢٥٦ المؤرخ 2 آذار/مارس 2010، و 65/122 المؤرخ 13 كانون الأول/ ديسمبر 2010،",
            "", "1 - تحيط علما مع التقدير بتقرير الأمين العام؛", "", "2. تطلب إلى الأمين العام أن يقدم تقريرا؛", "",
            "(أ) البند الفرعي الأول؛", "", "__________________", "(1) A/79/302-S/2024/600.", "", "الجلسة العامة 39",
            "18 تشرين الثاني/نوفمبر 2024");

    @Test
    void russianHeaderBodyAndCitations() {
        DocumentRecord d = s.structure(RU, "doc-0001.txt");
        assertEquals("ru", d.language());
        assertEquals("A/RES/79/10", d.symbol());
        assertEquals(DocType.RESOLUTION, d.type());
        assertEquals(79, d.session());
        assertEquals(List.of("20", "125(t)"), d.agendaItems().stream().map(a -> a.number()).toList());
        assertEquals("Second Committee", d.committee());
        assertEquals(List.of("A/79/432"), d.reports());
        assertEquals(LocalDate.of(2024, 11, 18), d.adoptionDate());
        assertEquals(LocalDate.of(2024, 11, 19), d.distributionDate());
        assertEquals(39, d.meeting());
        assertEquals("Сотрудничество между Организацией Объединенных Наций и Организацией Договора о коллективной "
                + "безопасности", d.title());
        assertEquals(List.of("рассмотрев", "ссылаясь"), d.preamble().stream().map(Paragraph::verb).toList());
        assertEquals(List.of("просит", "постановляет"), d.operative().stream().map(Paragraph::verb).toList());
        assertEquals(1, d.operative().get(1).items().size());
        assertEquals(List.of("preamble/1"), d.footnotes().stream().map(Footnote::attachedTo).toList());
        List<Citation> cites = d.findings().stream().filter(f -> f instanceof Citation).map(f -> (Citation) f).toList();
        assertTrue(cites.stream().anyMatch(c -> c.symbol().equals("A/RES/59/50") && "2004-12-02".equals(c.date())),
                cites.toString());
        assertTrue(cites.stream().anyMatch(c -> c.symbol().equals("S/RES/1631(2005)") && "2005-10-17".equals(c.date())),
                cites.toString());
    }

    @Test
    void arabicWithArabicIndicDigitsTatweelAndParenthesizedMarks() {
        DocumentRecord d = s.structure(AR, "doc-0002.txt");
        assertEquals("ar", d.language());
        assertEquals("A/RES/79/10", d.symbol());
        assertEquals(79, d.session());
        assertEquals(List.of("125(t)"), d.agendaItems().stream().map(a -> a.number()).toList());
        assertEquals(Boolean.TRUE, d.withoutMainCommittee());
        assertEquals(List.of("A/79/L.11"), d.drafts());
        assertEquals(LocalDate.of(2024, 11, 18), d.adoptionDate());
        assertEquals(39, d.meeting());
        assertEquals("التعاون بين الأمم المتحدة ومنظمة معاهدة الأمن الجماعي", d.title());
        assertEquals(2, d.preamble().size());
        assertEquals(List.of("وقد نظرت", "وإذ تشير"), d.preamble().stream().map(Paragraph::verb).toList());
        assertEquals("وقد نظرت في تقرير الأمين العام عن التعاون بين الأمم المتحدة والمنظمات الإقليمية والمنظمات الأخرى،",
                d.preamble().get(0).text());
        assertEquals(List.of("preamble/1"), d.footnotes().stream().map(Footnote::attachedTo).toList());
        List<Citation> cites = d.findings().stream().filter(f -> f instanceof Citation).map(f -> (Citation) f).toList();
        assertTrue(cites.stream().anyMatch(c -> c.symbol().equals("A/RES/64/256") && "2010-03-02".equals(c.date())),
                cites.toString());
        assertTrue(cites.stream().anyMatch(c -> c.symbol().equals("A/RES/65/122") && "2010-12-13".equals(c.date())),
                cites.toString());
    }
}
