package org.unkg.structure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

/** Page furniture, links, footnote bodies and line joining, on inline text. */
class TextLayoutTest {
    private final TextLayout zh = new TextLayout(Profile.load("zh"), Profile.load("en"));
    private final TextLayout en = new TextLayout(Profile.load("en"), Profile.load("en"));

    private static List<String> texts(TextLayout.Layout l) {
        return l.blocks().stream().map(TextLayout.Block::text).toList();
    }

    @Test
    void pageFurnitureIsRemovedAndParagraphsJoinAcrossIt() {
        String text = " Recognizing the important role of the United Nations in developing friendly\n"
                + "relations among nations,\n"
                + " Reaffirming the Charter and its purposes and principles, and especially the\n"
                + "25-04827 (C)\n*2504827*\nA/RES/76/299\n3/7\n---\n"
                + "commitment to settle disputes through peaceful means,\n";
        TextLayout.Layout l = en.layout(text);
        assertEquals(List.of("Recognizing the important role of the United Nations in developing friendly relations "
                + "among nations,", "Reaffirming the Charter and its purposes and principles, and especially the "
                + "commitment to settle disputes through peaceful means,"), texts(l));
    }

    @Test
    void englishHyphenationAtALineEndIsJoined() {
        TextLayout.Layout l = en.layout(" Noting the impor-\ntance of preventive diplomacy,\n");
        assertEquals(List.of("Noting the importance of preventive diplomacy,"), texts(l));
    }

    @Test
    void aHyphenBetweenLowerCasePartsStaysWhenTheDocumentPrintsTheCompound() {
        TextLayout.Layout l = en.layout(" Noting the cross-border effects and the impor-\ntance of cross-\nborder trade,\n");
        assertEquals(List.of("Noting the cross-border effects and the importance of cross-border trade,"), texts(l));
    }

    @Test
    void chineseLinesJoinWithNothingAndAParagraphEndsAtPunctuationBeforeAnIndent() {
        String text = " 考虑到促进和平是联合国的主要目标，在这方面注意到每五年宣布联合国国\n\n"
                + "际和平与信任年，以集中联合国及其会员国的各种努力，促进和平与信任的理想，\n\n"
                + "并以一切可能的手段展现它们对和平与信任的承诺， \n\n"
                + " 强调指出因执行本决议而可能产生的所有活动费用应由自愿捐款支付，本决\n\n议建议每五年宣布联合国国际和平与信任年， \n";
        assertEquals(List.of("考虑到促进和平是联合国的主要目标，在这方面注意到每五年宣布联合国国际和平与信任年，以集中联合国及其会员国的"
                + "各种努力，促进和平与信任的理想，并以一切可能的手段展现它们对和平与信任的承诺，",
                "强调指出因执行本决议而可能产生的所有活动费用应由自愿捐款支付，本决议建议每五年宣布联合国国际和平与信任年，"),
                texts(zh.layout(text)));
    }

    @Test
    void undocsLinkLinesAreLinksNotParagraphs() {
        TextLayout.Layout l = zh.layout(" 回顾其决议， \n\nhttps://undocs.org/ch/A/76/L.74\nhttps://undocs.org/ch/A/RES/73/338\n"
                + "  确认《宣言》具有重要意义， \n");
        assertEquals(List.of("回顾其决议，", "确认《宣言》具有重要意义，"), texts(l));
        assertEquals(List.of("https://undocs.org/ch/A/76/L.74", "https://undocs.org/ch/A/RES/73/338"), l.links());
    }

    @Test
    void footnotesUnderTheRuleAreTakenOutAndWrappedFootnotesContinue() {
        String text = " 1. 宣布中亚区域为和平、信任与合作区； \n\n__________________ \n\n 1 第 53/243 A 和 B 号决议。 \n\n"
                + " 2 哈萨克斯坦、吉尔吉斯斯坦、塔吉克斯坦、\n\n土库曼斯坦和乌兹别克斯坦。 \n\n  2. 满意地注意到中亚各国的努力； \n";
        TextLayout.Layout l = zh.layout(text);
        assertEquals(List.of("1. 宣布中亚区域为和平、信任与合作区；", "2. 满意地注意到中亚各国的努力；"), texts(l));
        assertEquals(List.of(new TextLayout.FootnoteText("1", "第 53/243 A 和 B 号决议。"),
                new TextLayout.FootnoteText("2", "哈萨克斯坦、吉尔吉斯斯坦、塔吉克斯坦、土库曼斯坦和乌兹别克斯坦。")), l.footnotes());
    }

    @Test
    void aNumberOutOfSequenceUnderTheRuleIsNotAFootnote() {
        TextLayout.Layout l = zh.layout("__________\n 1 第 70/1 号决议。\n 2019 年 9 月 12 日通过的决议， \n");
        assertEquals(1, l.footnotes().size());
        assertEquals(List.of("2019 年 9 月 12 日通过的决议，"), texts(l));
    }

    @Test
    void markdownBlocksSplitOnBlankLinesHardBreaksListItemsAndBoldRuns() {
        String text = "# General Assembly\n\nDistr.: General  \n1 August 2022\n\n"
                + "Zone of peace**Resolution adopted by the General Assembly on\n24 October 2024***79/5. Zone of peace*"
                + "**The General Assembly,*\n\n1. *Declares* the region a zone;\n2. *Notes* the contribution;\n\n"
                + "<sup>1</sup> Resolution 70/1.\n\n¹² See resolution 75/272.\n";
        TextLayout.Layout l = en.layout(text);
        assertTrue(l.markdown());
        assertEquals(List.of("Distr.: General", "1 August 2022", "Zone of peace",
                "Resolution adopted by the General Assembly on 24 October 2024", "79/5. Zone of peace",
                "The General Assembly,*", "1. *Declares* the region a zone;", "2. *Notes* the contribution;"), texts(l));
        assertEquals(List.of(new TextLayout.FootnoteText("1", "Resolution 70/1."),
                new TextLayout.FootnoteText("12", "See resolution 75/272.")), l.footnotes());
    }

    @Test
    void withoutIndentsBlankLinesSeparateParagraphsAndWrappedCommasDoNot() {
        String text = "Acknowledging that multilateralism could reinforce the three pillars, namely,\n"
                + "sustainable development, peace and security,\nand human rights,\n\n"
                + "Recalling its resolution 73/338,\n\nStressing that the cost should be met from voluntary\n"
                + "contributions,\n";
        assertEquals(List.of("Acknowledging that multilateralism could reinforce the three pillars, namely, sustainable "
                + "development, peace and security, and human rights,", "Recalling its resolution 73/338,",
                "Stressing that the cost should be met from voluntary contributions,"), texts(en.layout(text)));
    }

    @Test
    void aBarcodeDoesNotMakeTextMarkdown() {
        assertFalse(zh.layout("*2504827*\n 大会， \n").markdown());
    }

    @Test
    void pageFootersWithPageNumberFirstAndTwoColumnRunningHeadsAreFurniture() {
        String text = " 重申决心打击有罪不罚现象，注意到各国表达的意见认为，最好依照国际法负责任地、慎重地适用普遍\n\n"
                + "4/6   21-18676 \n\n普遍管辖权原则的范围和适用   A/RES/76/118 \n\n"
                + "管辖权，以此确保这种管辖权使用的合法性和公信力， \n\n"
                + "A/RES/76/118   普遍管辖权原则的范围和适用 \n\n 决定工作组应对所有会员国开放； \n";
        assertEquals(List.of("重申决心打击有罪不罚现象，注意到各国表达的意见认为，最好依照国际法负责任地、慎重地适用普遍管辖权，"
                + "以此确保这种管辖权使用的合法性和公信力，", "决定工作组应对所有会员国开放；"), texts(zh.layout(text)));
    }

    @Test
    void aPageBreakWithoutBlankLinesJoinsAnOpenClauseAndSplitsAClosedOne() {
        String text = "Noting the constructive dialogue in the Sixth Committee on the scope of universal\n"
                + "2/4   21-18676\nThe scope of universal jurisdiction   A/RES/76/118\n"
                + "jurisdiction,\n\nRecalling its resolution 73/338,\n"
                + "21-18676   3/4\nA/RES/76/118   The scope of universal jurisdiction\n"
                + "Reaffirming that health is a precondition,\n";
        assertEquals(List.of("Noting the constructive dialogue in the Sixth Committee on the scope of universal jurisdiction,",
                "Recalling its resolution 73/338,", "Reaffirming that health is a precondition,"), texts(en.layout(text)));
    }

    @Test
    void aFootnoteWrappedAtACommaGoesOnUntilItsFullStop() {
        String text = " 还重申其关于行动议程的 2015 年 \n\n__________________ \n\n"
                + " 1 《联合国环境与发展会议的报告，1992 年 6 月 3 日至 14 日，里约热内卢》， \n\n"
                + "第一卷，决议 1，附件一。 \n\n 2 第 66/288 号决议，附件。 \n\n2/21   21-19260 \n\n"
                + "7 月 27 日第 69/313 号决议， \n";
        TextLayout.Layout l = zh.layout(text);
        assertEquals(List.of(new TextLayout.FootnoteText("1", "《联合国环境与发展会议的报告，1992 年 6 月 3 日至 14 日，里约热内卢》，"
                + "第一卷，决议 1，附件一。"), new TextLayout.FootnoteText("2", "第 66/288 号决议，附件。")), l.footnotes());
        assertEquals(List.of("还重申其关于行动议程的 2015 年 7 月 27 日第 69/313 号决议，"), texts(l));
    }

    @Test
    void aListOfFootnoteMarksAfterACommaStillEndsTheClause() {
        String text = " 回顾《曼谷规则》和《东京规则》，5 , 6 , 7 \n\n 表示严重关切冠状病毒病造成的形势， \n";
        assertEquals(2, zh.layout(text).blocks().size());
    }

    @Test
    void aFootnoteWrappedAfterACitationAbbreviationGoesOn() {
        String text = "Recalling its resolutions 53/117 of 9 December 1998,1 and 56/128,2\n\n"
                + "__________________\n"
                + "1 See Official Records of the Economic and Social Council, 2007, Supplement No.\n"
                + "7 (E/2007/27), chap. I, sect. D.\n"
                + "2 Report of the Fourth World Conference on Women, Beijing, 4\u201315 September 1995, chap.\n"
                + "I, resolution 1, annex.\n"
                + "http://www.un.org/dppa/decolonization/en/c24/regional-seminars/2024\n"
                + "24-23545   3/6\nA/RES/79/100   Question of Anguilla\n"
                + "Noting the participation of the Territory,\n";
        TextLayout.Layout l = en.layout(text);
        assertEquals(List.of("1", "2"), l.footnotes().stream().map(TextLayout.FootnoteText::marker).toList());
        assertEquals("See Official Records of the Economic and Social Council, 2007, Supplement No. 7 (E/2007/27), "
                + "chap. I, sect. D.", l.footnotes().get(0).text());
        assertTrue(l.footnotes().get(1).text().endsWith("chap. I, resolution 1, annex."));
        assertEquals(List.of("http://www.un.org/dppa/decolonization/en/c24/regional-seminars/2024"), l.links());
        assertEquals(List.of("Recalling its resolutions 53/117 of 9 December 1998,1 and 56/128,2",
                "Noting the participation of the Territory,"), texts(l));
    }

    @Test
    void aLineOpeningWithANumberAfterAPageBreakGoesOnAndANumberAfterACommaIsNoMark() {
        String text = "Recalling resolutions 24/14 of 27 September 2013,2 36/10 of 28 September 2017,5\n"
                + "A/RES/79/167   Human rights and unilateral coercive measures\n"
                + "37/21 of 23 March 2018 and 40/3 of 21 March 2019,\n\n"
                + "Recalling its meetings of 21 November 2017, 29 November 2018, 1\n"
                + "4/10   24-21657\n"
                + "November 2019 and 5 and 6 June 2022,\n\n"
                + "Welcoming the adoption,\n";
        assertEquals(List.of("Recalling resolutions 24/14 of 27 September 2013,2 36/10 of 28 September 2017,5 37/21 of "
                + "23 March 2018 and 40/3 of 21 March 2019,", "Recalling its meetings of 21 November 2017, 29 November "
                + "2018, 1 November 2019 and 5 and 6 June 2022,", "Welcoming the adoption,"), texts(en.layout(text)));
    }

    @Test
    void aNumberedParagraphAfterAHeadingAtAPageBottomStartsABlock() {
        String text = "48. Calls for the return of all refugees;\n\nRegional cooperation\n25-11209   11/14\n"
                + "A/RES/79/317   The situation in Afghanistan\n49. Stresses the crucial importance of\n"
                + "regional cooperation;\n";
        assertEquals(List.of("48. Calls for the return of all refugees;", "Regional cooperation",
                "49. Stresses the crucial importance of regional cooperation;"), texts(en.layout(text)));
    }

    @Test
    void aDateAfterAnOpenPrepositionIsNoFootnoteWithoutARule() {
        String text = "2. Recalls its report,15\n\n3. Emphasizes the provisions of resolution 60/251 of\n"
                + "15 March 2006 establishing the Human Rights Council;\n";
        TextLayout.Layout l = en.layout(text);
        assertEquals(List.of(), l.footnotes());
        assertEquals(List.of("2. Recalls its report,15", "3. Emphasizes the provisions of resolution 60/251 of 15 March "
                + "2006 establishing the Human Rights Council;"), texts(l));
    }
}
