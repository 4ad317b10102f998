package org.unkg.structure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.LocalDate;
import java.util.List;
import java.util.function.UnaryOperator;

import org.junit.jupiter.api.Test;
import org.unkg.TestReference;
import org.unkg.model.DocType;
import org.unkg.model.DocumentRecord;
import org.unkg.model.Footnote;
import org.unkg.model.Paragraph;
import org.unkg.reference.ReferenceData;

/** Header fields, paragraphs, verbs, sub-items and footnote attachment, on inline text. */
class TextStructurerTest {
    private static final ReferenceData REF = TestReference.load();
    private final TextStructurer s = new TextStructurer(REF, UnaryOperator.identity());

    @Test
    void languageComesFromTheScript() {
        assertEquals("zh", TextStructurer.language("大会， 回顾其 2019 年 9 月 12 日第 73/338 号决议"));
        assertEquals("en", TextStructurer.language("The General Assembly, Recalling its resolution 73/338"));
    }

    @Test
    void chineseDigitSpacesAreDroppedAndGluedFootnoteMarksFound() {
        DocumentRecord d = s.structure("  76/299. 中亚和平、信任与合作区 \n\n 大会， \n\n"
                + " 回顾其 2019 年 9 月 12 日第 73/338 号决议，其中宣布 2021 年为国际和平与\n\n信任年， \n\n"
                + " 又确认中亚1 国家发挥的重要作用， \n\n 1. 宣布中亚区域为和平、信任与合作区； \n\n__________________ \n\n"
                + " 1 哈萨克斯坦和乌兹别克斯坦。 \n\n", "x.txt");
        assertEquals("A/RES/76/299", d.symbol());
        assertEquals(76, d.session());
        assertEquals(DocType.RESOLUTION, d.type());
        assertEquals("回顾其2019年9月12日第73/338号决议，其中宣布2021年为国际和平与信任年，", d.preamble().get(0).text());
        assertEquals("又确认中亚国家发挥的重要作用，", d.preamble().get(1).text());
        assertEquals(List.of("回顾", "又确认"), d.preamble().stream().map(Paragraph::verb).toList());
        assertEquals("宣布", d.operative().get(0).verb());
        assertEquals(List.of(new Footnote("1", "哈萨克斯坦和乌兹别克斯坦。", "preamble/2", List.of())), d.footnotes());
    }

    @Test
    void englishVerbsWithoutItalicsComeFromVerbsTtlOrGrammar() {
        VerbFinder v = new VerbFinder(Profile.load("en"), REF);
        assertEquals("Noting with appreciation", v.find(null, "Noting with appreciation the initiatives", false));
        assertEquals("Bearing in mind", v.find(null, "Bearing in mind the determination of", false));
        assertEquals("Also welcomes", v.find(null, "Also welcomes the progress made", true));
        assertEquals("Recognizing also", v.find("*Recognizing also* the role", "Recognizing also the role", false));
        // not in any verb list: the grammar takes participle, adverb and the "with" phrase
        assertEquals("Observing also with grave unease",
                v.grammar("Observing also with grave unease that the"));
        assertEquals("Firmly exhorts", v.grammar("Firmly exhorts all States to"));
    }

    @Test
    void operativeSubItemsAndRomanSubSubItemsGetTheirKeys() {
        DocumentRecord d = s.structure("The General Assembly,\n\n*Recalling* its resolution 70/1,\n\n"
                + "1. *Requests* the Secretary-General:\n\n(a) To report;\n\n(b) To consult:\n\n(i) Member States;\n\n"
                + "(ii) Observers;\n\n(c) To act;\n\n2. *Decides* to remain seized of the matter.\n", "y.md");
        Paragraph op1 = d.operative().get(0);
        assertEquals(List.of("operative/1/a", "operative/1/b", "operative/1/c"),
                op1.items().stream().map(Paragraph::key).toList());
        assertEquals(List.of("operative/1/b/i", "operative/1/b/ii"),
                op1.items().get(1).items().stream().map(Paragraph::key).toList());
        assertEquals("To report;", op1.items().get(0).text());
        assertEquals(List.of("Requests", "Decides"), d.operative().stream().map(Paragraph::verb).toList());
    }

    @Test
    void headerFieldsOfAnEnglishResolution() {
        DocumentRecord d = s.structure("Distr.: General\n5 January 2022\n\nSeventy-sixth session\n\nAgenda item 19 (a)\n\n"
                + "Sustainable development\n\nResolution adopted by the General Assembly on 17 December 2021\n\n"
                + "[on the report of the Second Committee (A/76/533/Add.1)]\n\n76/203. Agricultural technology\n\n"
                + "The General Assembly,\n\nRecalling its resolution 74/215,\n\n1. Takes note of the report;\n\n"
                + "53rd plenary meeting\n17 December 2021\n", "z.txt");
        assertEquals("A/RES/76/203", d.symbol());
        assertEquals("Agricultural technology", d.title());
        assertEquals(76, d.session());
        assertEquals("19 (a)", d.agendaItems().get(0).number());
        assertEquals("Sustainable development", d.agendaItems().get(0).title());
        assertEquals("Second Committee", d.committee());
        assertEquals(Boolean.FALSE, d.withoutMainCommittee());
        assertEquals(List.of("A/76/533/Add.1"), d.reports());
        assertEquals(LocalDate.of(2021, 12, 17), d.adoptionDate());
        assertEquals(LocalDate.of(2022, 1, 5), d.distributionDate());
        assertEquals(53, d.meeting());
        assertEquals("Takes note", d.operative().get(0).verb());
    }

    @Test
    void aDraftResolutionIsKnownByItsSymbolAndSponsorLine() {
        DocumentRecord d = s.structure("A/76/L.74\n\nGeneral Assembly\n\nDistr.: Limited\n20 July 2022\n\n"
                + "Seventy-sixth session\n\nAgenda item 66\n\nPeacebuilding and sustaining peace\n\n"
                + "Kazakhstan, Kyrgyzstan and Uzbekistan: draft resolution\n\nZone of peace, trust and cooperation\n\n"
                + "The General Assembly,\n\nRecognizing the important role of the United Nations,\n\n"
                + "1. Declares the region of Central Asia a zone of peace;\n\nA/76/L.74\n", "d.txt");
        assertEquals("A/76/L.74", d.symbol());
        assertEquals(DocType.DRAFT_RESOLUTION, d.type());
        assertEquals(76, d.session());
        assertEquals("Peacebuilding and sustaining peace", d.agendaItems().get(0).title());
        assertEquals("Zone of peace, trust and cooperation", d.title());
        assertEquals(1, d.preamble().size());
        assertEquals(1, d.operative().size());
        assertEquals(LocalDate.of(2022, 7, 20), d.distributionDate());
    }

    @Test
    void anEnglishLetterGetsItsSenderAddresseeAndDate() {
        DocumentRecord d = s.structure("Seventy-second session\n\nAgenda item 19 (a)\n\n"
                + "Letter dated 14 November 2017 from the Permanent Representative of Uzbekistan to the United Nations "
                + "addressed to the Secretary-General\n\nI have the honour to transmit the communiqué.\n", "l.txt");
        assertEquals(DocType.LETTER, d.type());
        assertNull(d.symbol());
        assertEquals(LocalDate.of(2017, 11, 14), d.documentDate());
        assertEquals("uzb", d.letter().senderKey());
        assertEquals("Secretary-General", d.letter().addressee());
        assertEquals(0, d.preamble().size());
    }

    @Test
    void aWrappedHeadingKeepsItsWholeTitleAndASentenceEndingInSessionIsNoSessionLine() {
        DocumentRecord d = s.structure("United Nations   A/RES/76/109\n\nSeventy-sixth session\nAgenda item 79\n"
                + "Report of the United Nations Commission on International Trade Law\non the work of its fifty-fourth session\n\n"
                + "Resolution adopted by the General Assembly on 9 December 2021\n\n"
                + "[on the report of the Special Political and Decolonization Committee (Fourth\nCommittee) (A/76/416)]\n\n"
                + "76/109. Enlargement of the membership of the United Nations Commission on a\n"
                + "International Trade Law\n\nThe General Assembly,\n\n"
                + "Recalling the proclamation by the General Assembly at its seventy-second session\n"
                + "of 2019–2028 as the United Nations Decade of Family Farming,\n\n"
                + "1. Decides to enlarge the membership of the Commission;\n", "x.txt");
        assertEquals("Enlargement of the membership of the United Nations Commission on a International Trade Law", d.title());
        assertEquals(76, d.session());
        assertEquals("Fourth Committee", d.committee());
        assertEquals(1, d.preamble().size());
        assertEquals(List.of("A/76/416"), d.reports());
    }

    @Test
    void theChineseFourthCommitteeIsPrintedWithItsNumber() {
        DocumentRecord d = s.structure(" 联合国   A/RES/76/78 \n\n第七十六届会议 \n\n"
                + "  [根据特别政治和非殖民化委员会(第四委员会)的报告(A/76/416)通过] \n\n"
                + " 76/78. 联合国近东巴勒斯坦难民救济和工程处的业务 \n\n 大会， \n\n 又回顾安全理事会相关各项决议， \n\n"
                + " 1. 决定延长工程处的任务期限； \n", "x.txt");
        assertEquals("Fourth Committee", d.committee());
    }

    @Test
    void aListOfFootnoteMarksAttachesEveryFootnoteInIt() {
        DocumentRecord d = s.structure("  76/132. 罕见病 \n\n 大会， \n\n"
                + " 回顾《世界人权宣言》、《儿童权利公约》和《残疾人权利公约》，1 , 2 , 3 \n\n"
                + " 1. 促请会员国加强卫生系统； \n\n__________________ \n\n"
                + " 1 第 217 A (III)号决议。 \n\n 2 联合国，《条约汇编》，第 1577 卷。 \n\n 3 同上，第 2515 卷。 \n\n", "x.txt");
        assertEquals(List.of("preamble/1", "preamble/1", "preamble/1"),
                d.footnotes().stream().map(Footnote::attachedTo).toList());
        assertEquals("回顾《世界人权宣言》、《儿童权利公约》和《残疾人权利公约》，", d.preamble().get(0).text());
    }

    @Test
    void aRunOfMarksAfterASingleMarkInTheSameParagraphIsTakenInOrder() {
        DocumentRecord d = s.structure("  76/137. 青年政策和方案 \n\n 大会， \n\n"
                + " 回顾《世界人权宣言》及相关国际人权文书，1 特别是《儿童权利公约》，2 , 3 \n\n"
                + " 1. 促请会员国加强青年政策； \n\n__________________ \n\n"
                + " 1 第 217 A (III)号决议。 \n\n 2 同上。 \n\n 3 同上，第 2515 卷。 \n\n", "x.txt");
        assertEquals(List.of("preamble/1", "preamble/1", "preamble/1"),
                d.footnotes().stream().map(Footnote::attachedTo).toList());
    }

    @Test
    void sectionHeadingsAmongOperativeParagraphsAreNoParagraphsAndNoParagraphText() {
        DocumentRecord d = s.structure("The General Assembly,\n\nRecalling its resolution 70/1,\n\nI\n\n"
                + "Legislative activities\n\n1. Welcomes the work of the Commission on the texts it finalized and adopted\n"
                + "at its fifty-seventh session and in its working groups;\n\n"
                + "2. Notes the progress made;\n\nIX\n\nDocumentation, publication and dissemination\n\n"
                + "3. Recalls that Arabic, Chinese, English, French, Russian and Spanish are both the official\n"
                + "and the working languages of the General Assembly.\n", "x.txt");
        assertEquals(1, d.preamble().size());
        assertEquals(List.of("1", "2", "3"), d.operative().stream().map(Paragraph::number).toList());
        assertEquals("Notes the progress made;", d.operative().get(1).text());
    }

    @Test
    void theOneParagraphOfAResolutionWithoutNumbersIsOperative() {
        DocumentRecord d = s.structure("The General Assembly,\n\nHaving examined the report of the Committee,\n\n"
                + "Approves the report of the Credentials Committee.\n", "x.txt");
        assertEquals(1, d.preamble().size());
        assertEquals(1, d.operative().size());
        assertNull(d.operative().get(0).number());
        assertEquals("Approves", d.operative().get(0).verb());
    }

    @Test
    void anUnnumberedParagraphIntroducingNumberedTextIsOperativeNotPreambular() {
        DocumentRecord d = s.structure("The General Assembly,\n\nAdopts the following Pact for the Future and its "
                + "annexes:\n\nThe Pact for the Future\n\n1. We, the Heads of State and Government, have gathered;\n\n"
                + "2. We will act.\n", "x.txt");
        assertEquals(0, d.preamble().size());
        assertEquals(List.of("operative/u1", "operative/1", "operative/2"),
                d.operative().stream().map(Paragraph::key).toList());
        assertNull(d.operative().get(0).number());
    }
}
