package org.unkg.structure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.function.UnaryOperator;

import org.junit.jupiter.api.Test;
import org.unkg.TestReference;
import org.unkg.model.DocumentRecord;
import org.unkg.model.Footnote;
import org.unkg.model.Paragraph;
import org.unkg.reference.ReferenceData;

/**
 * Paragraph breaks of Chinese PDF text where punctuation does not tell: an indented line after a
 * short line opens a paragraph, a line opening with a number and its unit is no footnote, a
 * section heading stands on one line, a footnote number may skip one, and resolutions of an
 * emergency special session ("ES-11/1.") are read like any other.
 */
class ChineseParagraphRulesTest {
    private static final ReferenceData REF = TestReference.load();
    private final TextStructurer s = new TextStructurer(REF, UnaryOperator.identity());

    private static String titled(String heading, String... lines) {
        StringBuilder b = new StringBuilder("  " + heading + " \n\n 大会， \n\n");
        for (String l : lines) {
            b.append(l).append(" \n\n");
        }
        return b.toString();
    }

    private static String zh(String... lines) {
        return titled("79/1. 测试决议", lines);
    }

    private static List<String> texts(List<Paragraph> ps) {
        return ps.stream().map(Paragraph::text).toList();
    }

    @Test
    void anIndentedLineAfterAShortLineOpensAParagraphWithoutClosingPunctuation() {
        // the first paragraph is printed without its closing comma (or with a Latin ","): its last line stops short
        DocumentRecord d = s.structure(zh(" 还回顾其关于促进可持续森林管理，包括在旱地等退化土地上植树造林和重新造林，",
                "有效应对环境挑战的 2024 年 8 月 13 日第 78/320 号决议", " 回顾联合国森林论坛第十九届会议高级别部分宣言，",
                " 鼓励会员国并邀请来自所有区域和国家的多利益攸关方加强合作，同时认识到有效伙伴",
                "关系对于制定此类办法是必要的,", " 认识到缺乏数字基础设施连通性仍然是一个根本挑战，",
                " 1. 决定继续审议。 "), "x.txt");
        assertEquals(4, d.preamble().size(), texts(d.preamble()).toString());
        assertEquals("回顾联合国森林论坛第十九届会议高级别部分宣言，", d.preamble().get(1).text());
        assertEquals(1, d.operative().size());
    }

    @Test
    void aFullLineWithoutPunctuationStillWrapsIntoTheNextLine() {
        // the line fills the measure: the unindented line after it goes on with the same paragraph
        DocumentRecord d = s.structure(zh(" 回顾其以前各项决议，又回顾其以前各项决议，又回顾其以前各项决议和其他决",
                "议， ", " 重申其承诺， ", " 1. 决定继续审议。 "), "x.txt");
        assertEquals(2, d.preamble().size(), texts(d.preamble()).toString());
    }

    @Test
    void aLineOpeningWithAMonthIsNoFootnote() {
        // "12 月 2 日" after a text carrying mark 12: a date that goes on, not footnote 12 without its rule
        DocumentRecord d = s.structure(zh(" 肯定在《巴黎协定》下通过的国际商定成果，12 ",
                " 又欢迎于 2023 年 3 月在纽约举行的会议，并期待举行 2026 年联合国水事会议，于 2026 年",
                "12 月 2 日至 4 日在阿拉伯联合酋长国举行， ", " 1. 决定继续审议。 ", "__________________",
                " 12 在《联合国气候变化框架公约》下通过。"), "x.txt");
        assertEquals(2, d.preamble().size(), texts(d.preamble()).toString());
        assertTrue(d.preamble().get(1).text().endsWith("于2026年12月2日至4日在阿拉伯联合酋长国举行，"),
                d.preamble().get(1).text());
        assertEquals(List.of("12"), d.footnotes().stream().map(Footnote::marker).toList());
        assertEquals("preamble/1", d.footnotes().get(0).attachedTo());
    }

    @Test
    void aLongBlockWithoutClosingPunctuationIsAParagraphNotAHeading() {
        DocumentRecord d = s.structure(zh(" 回顾其以前各项决议， ",
                " 还回顾其关于促进可持续森林管理，包括在旱地等退化土地上植树造林和重新造林，",
                "有效应对环境挑战的第 78/320 号决议", " 回顾联合国森林论坛第十九届会议高级别部分宣言，",
                " 1. 决定继续审议。 ", " 立法活动 ", " 2. 赞扬委员会； "), "x.txt");
        assertEquals(3, d.preamble().size(), texts(d.preamble()).toString());
        assertEquals("还回顾其关于促进可持续森林管理，包括在旱地等退化土地上植树造林和重新造林，有效应对环境挑战的第78/320号决议",
                d.preamble().get(1).text());
        // a short block still is a section heading
        assertEquals(List.of("决定继续审议。", "赞扬委员会；"), texts(d.operative()));
    }

    @Test
    void aFootnoteWhoseNumberSkipsOneStaysAFootnote() {
        // footnote 3 is missing from the page bottom: 4 and 5 are still footnotes, not paragraphs
        DocumentRecord d = s.structure(zh(" 审议了秘书长的报告，1 , 2 ", " 审议了秘书长的说明以及行预咨委会的相关报告，4 , 5 ",
                " 回顾其第 72/262 A 号决议， ", " 1. 决定继续审议。 ", "__________________", " 1 A/76/297。",
                " 2 A/C.5/76/2。", " 4 A/C.5/76/3。", " 5 A/76/7/Add.10。"), "x.txt");
        assertEquals(3, d.preamble().size(), texts(d.preamble()).toString());
        assertEquals(List.of("1", "2", "4", "5"), d.footnotes().stream().map(Footnote::marker).toList());
        assertEquals("preamble/2", d.footnotes().get(3).attachedTo());
    }

    @Test
    void aResolutionOfAnEmergencySpecialSessionHasItsSymbol() {
        DocumentRecord d = s.structure(" 联合国   A/RES/ES-11/1 \n\n  2022 年 3 月 2 日大会决议 \n\n"
                + titled("ES-11/1. 对乌克兰的侵略", " 重申《联合国宪章》至关重要， ", " 1. 决定继续审议。 "), "x.txt");
        assertEquals("A/RES/ES-11/1", d.symbol());
        assertEquals("对乌克兰的侵略", d.title());
        assertEquals(11, d.session());
        assertEquals(1, d.preamble().size());
    }
}
