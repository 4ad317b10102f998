package org.unkg.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.unkg.TestReference;
import org.unkg.model.DocumentRecord;
import org.unkg.model.Footnote;
import org.unkg.model.Link;
import org.unkg.model.Paragraph;

/**
 * The renderer prints what a PDF shows: footnote marks as plain digits even where the text has
 * a space after them, link targets as URIs, no number on a paragraph the XML leaves unnumbered,
 * Chinese sub-sub-items as "㈠"; and the eval counts only the paragraphs a PDF numbers.
 */
class ChineseRenderingTest {
    private final PdfLikeRenderer renderer = new PdfLikeRenderer();

    private static Paragraph unnumbered(int ordinal, String text) {
        return new Paragraph(Paragraph.Kind.OPERATIVE, "operative/u" + ordinal, ordinal, null, null, text, List.of(),
                List.of());
    }

    @Test
    void aMarkBeforeASpaceIsPrintedAsDigitsAndNoEscapeLeaks() {
        var b = Samples.chinese().toBuilder();
        b.preamble().set(0, Samples.pp(1, "审议了", "审议了委员会工作报告第四章， 其中载有条款草案，"));
        b.footnotes().clear();
        b.footnote(new Footnote("1", "A/71/10。", "preamble/1", List.of()));
        b.footnote(new Footnote("2", "同上。", "preamble/1", List.of()));
        String text = renderer.render(b.build());
        assertFalse(text.contains(String.valueOf(LineWrapper.MARK_OPEN)) || text.contains(String.valueOf(LineWrapper.MARK_CLOSE)));
        assertTrue(text.contains("第四章，1 其中"), text);
    }

    @Test
    void aSeparatorLeftAfterTheClosingCommaIsWhereTheLastTwoMarksStand() {
        // the record keeps "、" between two marks it lost: printed "记录，1 , 2", never "记录，、2"
        var b = Samples.chinese().toBuilder();
        b.preamble().set(0, Samples.pp(1, "注意到", "注意到死亡人数之多前所未有，是最高记录，、"));
        b.footnotes().clear();
        b.footnote(new Footnote("1", "同上。", "preamble/1", List.of()));
        b.footnote(new Footnote("2", "见秘书长说明。", "preamble/1", List.of()));
        String text = renderer.render(b.build());
        assertFalse(text.contains("，、"), text);
        assertTrue(text.contains("是最高记录，1 , 2"), text);
    }

    @Test
    void linkTargetsArePrintedAsUris() {
        var b = Samples.chinese().toBuilder();
        b.preamble().set(0, new Paragraph(Paragraph.Kind.PREAMBULAR, "preamble/1", 1, null, "回顾", "回顾峰会最后文件，",
                List.of(), List.of(new Link("https://nam.go.ug/files/Kampala Final Outcome Document.pdf", 2, 4))));
        String text = renderer.render(b.build());
        assertTrue(text.contains("https://nam.go.ug/files/Kampala%20Final%20Outcome%20Document.pdf \n"), text);
    }

    @Test
    void unnumberedParagraphsAmongNumberedOnesShowNoNumberAndAreNotCounted() {
        var b = Samples.chinese().toBuilder();
        b.operative().add(1, unnumbered(2, "立法活动"));
        DocumentRecord d = b.build();
        String text = renderer.render(d);
        assertTrue(text.contains(" 立法活动 \n"), text);
        assertFalse(text.contains("2. 立法活动"));
        assertTrue(text.contains("2. 再次促请"));
        Facts f = RecordFacts.forAkn(TestReference.load(), AknEval.LINK_EXTRACTOR).facts(d);
        assertEquals("2", f.scalars().get(Fields.OPERATIVE_PARAGRAPHS));
    }

    @Test
    void chineseSubSubItemsKeepTheirOwnLabel() {
        var b = Samples.chinese().toBuilder();
        Paragraph sub = new Paragraph(Paragraph.Kind.OPERATIVE, "operative/1/a/1", 1, "㈠", null, "开发人力资源；",
                List.of(), List.of());
        Paragraph a = new Paragraph(Paragraph.Kind.OPERATIVE, "operative/1/a", 1, "(a)", null, "开展以下工作：",
                List.of(sub), List.of());
        b.operative().set(0, Samples.op(1, "决定", "决定：", List.of(a)));
        String text = renderer.render(b.build());
        assertTrue(text.contains(" (a) 开展以下工作： \n"), text);
        assertTrue(text.contains(" ㈠ 开发人力资源； \n"), text);
    }

    @Test
    void aRunOfMarksIsNeverSplitOntoALineOfItsOwn() {
        List<String> lines = new LineWrapper().wrap("甲".repeat(34) + "，" + LineWrapper.MARK_OPEN + "1"
                + LineWrapper.MARK_CLOSE + ", " + LineWrapper.MARK_OPEN + "2" + LineWrapper.MARK_CLOSE + " 乙乙",
                new ChineseRender(), 36);
        for (String l : lines) {
            assertFalse(l.startsWith(" "), "a wrapped line starts at the margin: " + lines);
        }
        assertTrue(lines.stream().anyMatch(l -> l.contains(LineWrapper.MARK_OPEN + "1" + LineWrapper.MARK_CLOSE + ", "
                + LineWrapper.MARK_OPEN + "2")), lines.toString());
    }
}
