package org.unkg.structure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import java.util.function.UnaryOperator;

import org.junit.jupiter.api.Test;
import org.unkg.TestReference;
import org.unkg.model.DocumentRecord;
import org.unkg.model.Footnote;
import org.unkg.model.Paragraph;
import org.unkg.reference.ReferenceData;

/**
 * Layout rules of PDF text (mostly Chinese): link lines, section headings, lines that wrap into
 * words that look like a header, items of preambular paragraphs, footnotes that wrap after an
 * abbreviation or start at a number above 1, and the operative part's unnumbered lead-in.
 */
class PdfLayoutRulesTest {
    private static final ReferenceData REF = TestReference.load();
    private final TextStructurer s = new TextStructurer(REF, UnaryOperator.identity());

    private static String zh(String... lines) {
        StringBuilder b = new StringBuilder("  79/1. 测试决议 \n\n 大会， \n\n");
        for (String l : lines) {
            b.append(l).append(" \n\n");
        }
        return b.toString();
    }

    private static List<String> texts(List<Paragraph> ps) {
        return ps.stream().map(Paragraph::text).toList();
    }

    @Test
    void aBareLinkLineAtAPageBottomIsNoParagraphText() {
        DocumentRecord d = s.structure(zh(" 回顾其第 1 号决议， ",
                "https://nam.go.ug/sites/default/files/2024-02/Kampala%20Final%20Outcome%20Document.pdf",
                " 重申其承诺， ", " 1. 决定继续审议。 "), "x.txt");
        assertEquals(List.of("回顾其第1号决议，", "重申其承诺，"), texts(d.preamble()));
    }

    @Test
    void aLinkThatEndsAnUnfinishedFootnoteStaysInIt() {
        DocumentRecord d = s.structure(zh(" 回顾峰会最后文件，1 ", " 1. 决定继续审议。 ", "__________________",
                " 1 见 ", "https://nam.go.ug/outcome.pdf。"), "x.txt");
        assertEquals("见https://nam.go.ug/outcome.pdf。", d.footnotes().get(0).text().replace(" ", ""));
        assertEquals("preamble/1", d.footnotes().get(0).attachedTo());
    }

    @Test
    void sectionHeadingsBeforeNumberedParagraphsAreNeitherParagraphNorPartOfOne() {
        DocumentRecord d = s.structure(zh(" 审议了委员会的报告， ", " 大会的作用和权威 ", " 1. 确认大会的作用； ",
                " 一 ", " 立法活动 ", " 2. 赞扬委员会； "), "x.txt");
        assertEquals(List.of("审议了委员会的报告，"), texts(d.preamble()));
        assertEquals(List.of("确认大会的作用；", "赞扬委员会；"), texts(d.operative()));
    }

    @Test
    void aPreambularParagraphEndingInAFootnoteMarkIsNoHeading() {
        DocumentRecord d = s.structure("The General Assembly,\n\nRecalling the general election held in April 2021,7\n\n"
                + "Having examined the report on resolution 78/17,2\n\n1. Urges all parties to act;\n", "x.txt");
        assertEquals(2, d.preamble().size());
        assertEquals(1, d.operative().size());
    }

    @Test
    void aFullLineWrapsIntoALineThatLooksLikeAReportTitle() {
        // the first line fills the measure and ends in "的报告": it goes on in the unindented line after it
        String full = " 在以前各届会议上审议了秘书长根据第 59/300 号决议设立的法律专家组的报告";
        DocumentRecord d = s.structure(zh(" 回顾其以前各项决议，又回顾其以前各项决议，又回顾其以前各项决议， ", full,
                "和特设委员会的报告， ", " 1. 决定继续审议。 "), "x.txt");
        assertEquals(2, d.preamble().size());
        assertEquals("在以前各届会议上审议了秘书长根据第59/300号决议设立的法律专家组的报告和特设委员会的报告，",
                d.preamble().get(1).text());
    }

    @Test
    void itemsOfAPreambularParagraphStayInIt() {
        DocumentRecord d = s.structure(zh(" 回顾下列决定： ", " (a) 第一项决定； ", " (b) 第二项决定， ",
                " 1. 决定继续审议。 "), "x.txt");
        assertEquals(1, d.preamble().size());
        assertEquals("回顾下列决定：(a)第一项决定；(b)第二项决定，", d.preamble().get(0).text().replace(" ", ""));
    }

    @Test
    void chineseSubSubItemsNestUnderTheirLetteredItem() {
        DocumentRecord d = s.structure(zh(" 回顾其决议， ", " 1. 决定： ", " (a) 开展以下工作： ", " ㈠ 开发人力资源； ",
                " ㈡ 支持技术合作； ", " (b) 提交报告。 "), "x.txt");
        Paragraph op = d.operative().get(0);
        assertEquals(List.of("operative/1/a", "operative/1/b"), op.items().stream().map(Paragraph::key).toList());
        assertEquals(List.of("operative/1/a/㈠", "operative/1/a/㈡"),
                op.items().get(0).items().stream().map(Paragraph::key).toList());
    }

    @Test
    void aColonEndedLeadInBeforeParagraphOneOpensTheOperativePart() {
        DocumentRecord d = s.structure("The General Assembly,\n\nResolves that, for 2025:\n\n"
                + "1. Appropriations totalling 100 dollars are approved;\n\n2. The Secretary-General may transfer credits.\n",
                "x.txt");
        assertEquals(0, d.preamble().size());
        assertNull(d.operative().get(0).number());
        assertEquals("1", d.operative().get(1).number());
    }

    @Test
    void aFootnoteWrappingAfterAnAbbreviationStaysOneFootnote() {
        DocumentRecord d = s.structure(zh(" 审议了秘书长的各项报告，1 , 2 ", " 1. 决定继续审议。 ", "__________________",
                " 1 A/79/6 (Sect. 2)、A/79/6 (Sect. 3)、A/79/6 (Sect.", "4)和 A/79/6 (Sect. 5)。", " 2 A/C.5/79/12。"),
                "x.txt");
        assertEquals(List.of("1", "2"), d.footnotes().stream().map(Footnote::marker).toList());
        assertEquals(List.of("preamble/1", "preamble/1"), d.footnotes().stream().map(Footnote::attachedTo).toList());
        assertEquals(1, d.preamble().size());
    }

    @Test
    void theFirstFootnoteUnderARuleMayHaveAnyNumber() {
        DocumentRecord d = s.structure(zh(" 审议了秘书长的报告，2 ", " 1. 决定继续审议。 ", "__________________",
                " 2 A/79/726。"), "x.txt");
        assertEquals(1, d.preamble().size());
        assertEquals(List.of("2"), d.footnotes().stream().map(Footnote::marker).toList());
        assertEquals("preamble/1", d.footnotes().get(0).attachedTo());
    }

    @Test
    void aMarkAtALineEndStaysApartFromTheNextLinesFirstWord() {
        DocumentRecord d = s.structure(zh(" 考虑到秘书长的报告、特别是关于与各区域组织合作的第七节，2 ", "以及秘书长的报告，3 及未来峰会的成果，",
                " 1. 决定继续审议。 ", "__________________", " 2 A/47/277。", " 3 A/50/60。"), "x.txt");
        assertEquals(List.of("preamble/1", "preamble/1"), d.footnotes().stream().map(Footnote::attachedTo).toList());
        assertEquals("考虑到秘书长的报告、特别是关于与各区域组织合作的第七节，以及秘书长的报告，及未来峰会的成果，",
                d.preamble().get(0).text());
    }
}
