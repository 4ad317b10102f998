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
 * Paragraph counts of Russian resolutions as PDF text gives them (issue #7): where a paragraph
 * goes on across a page break, which "N text" lines are no footnotes, how a footnote goes on
 * after a full stop, the reissue note, and a preambular paragraph printed without its comma.
 */
class RussianCountsTest {
    private static final ReferenceData REF = TestReference.load();
    private static final int WIDTH = 80;
    private static final String[] FILLER = ("в целях обеспечения устойчивого развития всех стран и регионов мира при "
            + "полном соблюдении норм международного права и принципов равноправия государств в области "
            + "сотрудничества и взаимной поддержки на национальном региональном и глобальном уровнях").split(" ");
    private final TextStructurer s = new TextStructurer(REF, d -> d);

    /** A line of about {@link #WIDTH} characters: {@code head}, filler words, {@code tail}. */
    private static String full(String head, String tail) {
        StringBuilder b = new StringBuilder(head);
        for (int i = 0; b.length() + 1 + FILLER[i % FILLER.length].length() + tail.length() <= WIDTH; i++) {
            b.append(' ').append(FILLER[i % FILLER.length]);
        }
        return b.append(tail).toString();
    }

    /** A resolution: the masthead and header, the body lines given, the closing lines. */
    private static String doc(List<String> body) {
        List<String> out = new ArrayList<>(List.of("Организация Объединенных Наций   A/RES/79/10", "",
                "Генеральная Ассамблея", "Distr.: General", "19 November 2024", "", "24-21660 (R)", "*2421660*", "",
                "Семьдесят девятая сессия", "Пункт 20 повестки дня", "Сотрудничество", "",
                "Резолюция, принятая Генеральной Ассамблеей 18 ноября 2024 года", "",
                "[по докладу Второго комитета (A/79/432)]", "", "79/10. Сотрудничество", "", "Генеральная Ассамблея,",
                ""));
        out.addAll(body);
        out.addAll(List.of("", "39-е пленарное заседание", "18 ноября 2024 года"));
        return String.join("\n", out);
    }

    private static final List<String> PAGE_BREAK = List.of("24-21660   2/3",
            "A/RES/79/10   Сотрудничество между Организацией Объединенных Наций и региональными организациями");

    /**
     * Two preambular paragraphs, the first broken over a page after a full line ending with a
     * comma, {@code pageTop} opening the next page; then two operative paragraphs.
     */
    private DocumentRecord acrossPage(String pageTop) {
        List<String> body = new ArrayList<>();
        body.add(full("ссылаясь на свою резолюцию 59/50 от 2 декабря 2004 года", ""));
        body.add(full("и", ""));
        body.add(full("учитывая", ""));
        body.add(full("и", ","));
        body.addAll(PAGE_BREAK);
        body.add(pageTop);
        body.add(full("и", ""));
        body.add("при полном соблюдении Устава,");
        body.add("");
        body.add(full("подтверждая", ""));
        body.add("свою приверженность целям Устава,");
        body.add("");
        body.add(full("1. просит Генерального секретаря", ""));
        body.add("представить доклад;");
        body.add("");
        body.add("2. постановляет продолжить рассмотрение этого вопроса.");
        return s.structure(doc(body), "doc-0001.txt");
    }

    @Test
    void adjectivesPronounsAndIncludingAtAPageTopGoOnWithTheParagraph() {
        for (String top : List.of("продовольственная безопасность и питание имеют ключевое значение для всех",
                "которая должна быть представлена Комиссии по науке и технике в целях развития",
                "включая банды, и террористическими группами, а также другими группами лиц",
                "отмечая которую в 2020 году государства-члены подтвердили свою приверженность")) {
            DocumentRecord d = acrossPage(top);
            assertEquals(2, d.preamble().size(), top + ": " + d.preamble().stream().map(Paragraph::text).toList());
            assertTrue(d.preamble().get(0).text().contains(top.substring(0, 20)), d.preamble().get(0).text());
            assertEquals(2, d.operative().size());
        }
    }

    @Test
    void aKnownVerbOrAnUnambiguousGerundAtAPageTopStartsAParagraph() {
        for (String top : List.of("с большой обеспокоенностью отмечая, что пандемия оказывает серьезное воздействие",
                "приветствуя усилия государств-членов по укреплению регионального сотрудничества",
                "принимая во внимание доклад Генерального секретаря о ходе осуществления")) {
            DocumentRecord d = acrossPage(top);
            assertEquals(3, d.preamble().size(), top + ": " + d.preamble().stream().map(Paragraph::text).toList());
            assertTrue(d.preamble().get(1).text().startsWith(top.substring(0, 20)), d.preamble().get(1).text());
        }
    }

    @Test
    void aGroupedNumberOrALowerCaseWordAfterANumberOpensNoFootnote() {
        for (String line : List.of("1 248 400 долл. США на содержание Сил на период с 1 июля 2025 года;",
                "1 и 2 Конвенции о правах ребенка и статьях 3 и 4 Конвенции о правах инвалидов;")) {
            List<String> body = new ArrayList<>(List.of(
                    "ссылаясь на доклад Генерального секретаря,1", "",
                    full("1. постановляет ассигновать на специальный счет сумму, указанную в", ""),
                    line, "",
                    "2. просит Генерального секретаря представить доклад;", "",
                    "3. постановляет продолжить рассмотрение этого вопроса.", "",
                    "__________________", "1 A/79/597."));
            DocumentRecord d = s.structure(doc(body), "doc-0002.txt");
            assertEquals(List.of("1", "2", "3"), d.operative().stream().map(Paragraph::number).toList(), line);
            assertTrue(d.operative().get(0).text().endsWith(line.substring(0, line.length() - 1) + ";"),
                    d.operative().get(0).text());
            assertEquals(List.of("A/79/597."), d.footnotes().stream().map(Footnote::text).toList());
            assertEquals("preamble/1", d.footnotes().get(0).attachedTo());
        }
    }

    @Test
    void aCapitalizedLineUnderAFinishedFootnoteSentenceGoesOnWithTheFootnote() {
        List<String> body = new ArrayList<>(List.of(
                "ссылаясь на статью I Договора по космосу,1", "",
                full("напоминая о том, что статья IV Договора обязывает государства", ""),
                full("и", ""),
                "такое оружие на небесных телах и не размещать такое оружие в космическом",
                "__________________",
                full("1 Статья I гласит: «Космическое пространство", " открыто для исследования."),
                full("Космическое пространство, включая Луну и другие небесные тела, свободно", ""),
                "для научных исследований»."));
        body.addAll(PAGE_BREAK);
        body.addAll(List.of("пространстве каким-либо иным образом,", "",
                "подтверждая цель построения мира, свободного от ядерного оружия,", "",
                "1. просит Генерального секретаря представить доклад."));
        DocumentRecord d = s.structure(doc(body), "doc-0003.txt");
        assertEquals(3, d.preamble().size(), d.preamble().stream().map(Paragraph::text).toList().toString());
        assertTrue(d.preamble().get(1).text().endsWith("в космическом пространстве каким-либо иным образом,"),
                d.preamble().get(1).text());
        String note = d.footnotes().get(0).text();
        assertTrue(note.contains("исследования. Космическое пространство, включая Луну") && note.endsWith(
                "для научных исследований»."), note);
    }

    @Test
    void theReissueNoteIsNoParagraph() {
        List<String> body = List.of(full("ссылаясь на свою резолюцию 78/315", ""), "от 10 июля 2024 года,", "",
                "* Переиздано по техническим причинам 5 мая 2025 года.", "",
                full("1. просит Генерального секретаря", ""), "представить доклад.");
        DocumentRecord d = s.structure(doc(body), "doc-0004.txt");
        assertEquals(1, d.preamble().size(), d.preamble().stream().map(Paragraph::text).toList().toString());
        assertEquals(1, d.operative().size());
    }

    @Test
    void aPreambularParagraphWithoutItsCommaIsNoHeading() {
        List<String> body = List.of(full("ссылаясь на свою резолюцию 78/3", ""),
                "от 5 октября 2023 года, озаглавленную", "",
                full("с интересом ожидая проведения", ""), "четвертой Международной конференции", "",
                full("подтверждая свою приверженность", ""), "целям Устава,", "",
                "Региональное сотрудничество", "",
                full("1. просит Генерального секретаря", ""), "представить доклад.");
        DocumentRecord d = s.structure(doc(body), "doc-0005.txt");
        assertEquals(3, d.preamble().size(), d.preamble().stream().map(Paragraph::text).toList().toString());
        assertEquals("с интересом ожидая", d.preamble().get(1).verb());
        assertTrue(d.preamble().get(0).text().endsWith("озаглавленную"), d.preamble().get(0).text());
        assertEquals(1, d.operative().size()); // the capitalized heading is still no paragraph
    }
}
