package org.unkg.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.unkg.model.AgendaItem;

class PdfLikeRendererTest {
    private final PdfLikeRenderer renderer = new PdfLikeRenderer();

    @Test
    void englishHasTheMastheadAndHeadingsAsPrinted() {
        String text = renderer.render(Samples.english());
        List<String> lines = Arrays.asList(text.split("\n"));
        assertTrue(lines.get(0).startsWith("United Nations") && lines.get(0).endsWith("A/RES/79/5"), lines.get(0));
        assertTrue(lines.contains("Seventy-ninth session"));
        assertTrue(lines.contains("Agenda item 64"));
        assertTrue(lines.contains("24-19776 (E)"));
        assertTrue(lines.contains("*2419776*"));
        assertTrue(lines.contains("Resolution adopted by the General Assembly on 24 October 2024"));
        assertTrue(lines.contains("[without reference to a Main Committee (A/79/L.1)]"));
        assertTrue(lines.contains("79/5. Zone of peace, trust and cooperation of Central Asia"));
        assertTrue(lines.contains("The General Assembly,"));
        assertTrue(lines.contains("2. Calls upon all States of the Central Asian region:"));
        assertTrue(lines.contains("(a) To promote further regional cooperation;"));
        assertTrue(lines.contains("25th plenary meeting"));
        assertTrue(lines.indexOf("24 October 2024") == lines.indexOf("25th plenary meeting") + 1);
    }

    @Test
    void englishWrapsAt80ColumnsWithMarkersFootnotesLinksAndPageFurniture() {
        String text = renderer.render(Samples.english());
        List<String> lines = Arrays.asList(text.split("\n"));
        for (String l : lines) {
            assertTrue(l.length() <= 80, "too long: " + l);
        }
        // the 12 long preambular paragraphs cannot sit on one line each
        assertTrue(lines.stream().filter(l -> l.startsWith("Reaffirming")).allMatch(l -> l.length() > 60));
        assertTrue(lines.contains("in strengthening regional peace, trust and cooperation in achieving sustainable"));
        // a compound broken at its hyphen, as typesetting does
        assertTrue(lines.stream().anyMatch(l -> l.endsWith(" non-")), "no hyphenated line break");
        // the footnote marker follows the text as plain digits, the body comes after a rule
        assertTrue(text.contains("cooperation of Central Asia,1\n"), text.substring(0, 2000));
        int rule = lines.indexOf("__________________");
        assertTrue(rule > 0);
        assertEquals("1 Kazakhstan, Kyrgyzstan, Tajikistan, Turkmenistan and Uzbekistan.", lines.get(rule + 1));
        assertTrue(lines.contains("https://undocs.org/en/A/RES/76/299"));
        assertTrue(lines.contains("2 Resolution 70/1."));
        // page 2 carries the running head and a page number with the job number
        assertTrue(lines.contains("A/RES/79/5   Zone of peace, trust and cooperation of Central Asia"));
        assertTrue(lines.stream().anyMatch(l -> l.matches("2/\\d   24-19776")), "no page number");
        // the footnote body of the mark on page 1 stays on page 1
        assertTrue(rule < lines.indexOf("A/RES/79/5   Zone of peace, trust and cooperation of Central Asia"));
    }

    @Test
    void chineseHasItsOwnHeadersDatesAndPdfSpacing() {
        String text = renderer.render(Samples.chinese());
        List<String> lines = Arrays.stream(text.split("\n")).filter(l -> !l.isEmpty()).toList();
        assertTrue(lines.contains(" 联合国   A/RES/79/274 "));
        assertTrue(lines.contains("第七十九届会议 "));
        assertTrue(lines.contains("议程项目 61 "));
        assertTrue(lines.contains("  2025 年 3 月 21 日大会决议 "));
        assertTrue(lines.contains("  [未经发交主要委员会而通过(A/79/L.59)] "));
        assertTrue(lines.contains(" 79/274. 土库曼斯坦永久中立 "));
        assertTrue(lines.contains(" 大会， "));
        assertTrue(lines.contains("25-04827 (C) "));
        assertTrue(lines.contains("第 61 次全体会议 "));
        assertTrue(lines.indexOf("2025 年 3 月 21 日 ") == lines.indexOf("第 61 次全体会议 ") - 1);
        // every text line is followed by an empty line, as in the extracted PDFs
        assertTrue(text.contains(" \n\n 回顾其关于"));
        // spaces between Chinese and digits, wraps at about 36 full-width columns, digits never split
        assertTrue(text.contains("1995 年 12 月 12 日第 50/80 A 号"), text);
        for (String l : lines) {
            assertTrue(LineWrapper.halfWidths(l.strip()) <= 2 * 36 + 2, "too long: " + l);
        }
        assertTrue(lines.stream().filter(l -> l.startsWith(" 又回顾")).findFirst().orElseThrow().length() > 30);
        assertTrue(lines.contains(" 1 第 46/182 号决议，附件。 "));
        assertTrue(text.contains("2020 年 12 月 \n\n7 日第 75/28 号决议，1 \n") || text.contains("号决议，1 \n"), text);
    }

    @Test
    void numbersInWords() {
        assertEquals("seventy-ninth", EnglishRender.ordinalWords(79));
        assertEquals("eightieth", EnglishRender.ordinalWords(80));
        assertEquals("seventy-sixth", EnglishRender.ordinalWords(76));
        assertEquals("twelfth", EnglishRender.ordinalWords(12));
        assertEquals("七十九", ChineseRender.numerals(79));
        assertEquals("八十", ChineseRender.numerals(80));
        assertEquals("十一", ChineseRender.numerals(11));
        assertEquals("一百零一", ChineseRender.numerals(101));
        assertEquals("第二委员会", ChineseRender.committee("Second Committee"));
        assertEquals("113th plenary meeting", new EnglishRender().plenaryMeeting(113));
        assertEquals("22nd plenary meeting", new EnglishRender().plenaryMeeting(22));
    }

    @Test
    void aSubItemLeftAtTheTopLevelIsPrintedAsALetteredItem() {
        var b = Samples.english().toBuilder();
        b.operative().add(2, Samples.item(2, "a", 3, "To keep the item apart;"));
        List<String> lines = Arrays.asList(renderer.render(b.build()).split("\n"));
        assertTrue(lines.contains("(a) To keep the item apart;"));
        assertTrue(lines.contains("3. Encourages the significant practical contribution of the Central Asian States"));
    }

    @Test
    void frenchSpanishAndRussianMastheadsInTheirOwnWords() {
        var fr = renderer.render(Samples.english().toBuilder().language("fr").build());
        assertTrue(fr.contains("Soixante-dix-neuvième session\n"), fr.substring(0, 400));
        // as the French XML's cover pages print it (typographic apostrophe, "Distr. générale")
        assertTrue(fr.contains("Résolution adoptée par l’Assemblée générale le 24 octobre 2024"));
        assertTrue(fr.contains("\nDistr. générale\n"));
        assertTrue(fr.contains("\nL’Assemblée générale,\n"));
        assertTrue(fr.contains("[sans renvoi à une grande commission (A/79/L.1)]"));
        assertTrue(fr.contains("25e séance plénière"));
        var es = renderer.render(Samples.english().toBuilder().language("es").build());
        assertTrue(es.contains("Septuagésimo noveno período de sesiones\n"));
        assertTrue(es.contains("Tema 64 del programa"));
        assertTrue(es.contains("24 de octubre de 2024"));
        assertTrue(es.contains("\nDistr. general\n"));
        var ru = renderer.render(Samples.english().toBuilder().language("ru").committee("Second Committee")
                .report("A/79/420").build());
        assertTrue(ru.contains("Семьдесят девятая сессия\n"));
        assertTrue(ru.contains("[по докладу Второго комитета (A/79/420)]"));
        assertTrue(ru.contains("24 октября 2024 года"));
        assertEquals("quatre-vingtième", SessionOrdinals.french(80));
        assertEquals("soixante-seizième", SessionOrdinals.french(76));
        assertEquals("septuagésimo primer", SessionOrdinals.spanish(71));
        assertEquals("восьмидесятая", SessionOrdinals.russian(80));
        assertTrue(PdfLikeRenderer.supports("ar")); // Arabic: ArabicRender (RuArRenderTest)
    }

    @Test
    void frenchAndSpanishPrintSubItemsFirstDaysAndMeetingsAsTheXmlDoes() {
        var b = Samples.english().toBuilder().adoptionDate(LocalDate.of(2024, 12, 1)).meeting(1);
        b.agendaItem(new AgendaItem("75(a)", null)); // beside the sample's item 64
        var fr = renderer.render(b.language("fr").build());
        assertTrue(fr.contains("\nPoints 64 et 75 a) de l’ordre du jour\n"), fr.substring(0, 500));
        assertTrue(fr.contains("le 1er décembre 2024"));
        assertTrue(fr.contains("\n1re séance plénière"));
        var es = renderer.render(b.language("es").build());
        assertTrue(es.contains("\nTemas 64 y 75 a) del programa\n"), es.substring(0, 500));
        assertTrue(es.contains("el 1 de diciembre de 2024"));
        assertTrue(es.contains("\n1a sesión plenaria"));
    }

    @Test
    void severalFootnotesOnOneParagraphDoNotRunTogether() {
        var b = Samples.english().toBuilder();
        b.footnotes().clear();
        for (int i = 1; i <= 4; i++) {
            b.footnote(new org.unkg.model.Footnote(Integer.toString(i), "Note " + i + ".", "preamble/2", List.of()));
        }
        String text = renderer.render(b.build()).replace("\n", " ");
        assertTrue(!text.contains("1234") && !text.contains("234") && !text.contains("34 "), text);
        int last = -1;
        for (int i = 1; i <= 4; i++) { // each mark printed once, in order, after punctuation or at the end
            int at = text.indexOf("," + i + " ", last + 1);
            at = at < 0 ? text.indexOf("," + i + " ") : at;
            assertTrue(at > last, "mark " + i + " misplaced: " + text);
            last = at;
        }
        assertTrue(text.contains("4 Note 4."));
    }

    @Test
    void aParagraphWithoutANumberGetsNoInventedOneAndLinkTargetsHaveNoSpaces() {
        var b = Samples.english().toBuilder();
        b.operative().add(1, new org.unkg.model.Paragraph(org.unkg.model.Paragraph.Kind.OPERATIVE, "operative/u1", 2,
                null, null, "Regional cooperation", List.of(), List.of()));
        b.preamble().set(0, new org.unkg.model.Paragraph(org.unkg.model.Paragraph.Kind.PREAMBULAR, "preamble/1", 1,
                null, "Recalling", "Recalling the Kampala outcome,", List.of(),
                List.of(new org.unkg.model.Link("https://nam.go.ug/files/Kampala Final Outcome.pdf", 10, 20))));
        List<String> lines = Arrays.asList(renderer.render(b.build()).split("\n"));
        assertTrue(lines.contains("Regional cooperation"), String.join("\n", lines));
        assertTrue(lines.contains("2. Calls upon all States of the Central Asian region:"));
        assertTrue(lines.contains("https://nam.go.ug/files/Kampala%20Final%20Outcome.pdf"));
    }
}
