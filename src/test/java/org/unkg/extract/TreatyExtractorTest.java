package org.unkg.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.unkg.model.DocumentRecord;
import org.unkg.model.Mention;
import org.unkg.model.Span;
import org.unkg.model.TreatyRef;

class TreatyExtractorTest {
    private static TreatyExtractor treaties;

    @BeforeAll
    static void load() {
        treaties = new TreatyExtractor(TestDocs.mini());
    }

    @Test
    void theCharterByFullAndShortName() {
        List<Mention> m = TestDocs.mentions(treaties.extract(TestDocs.para("en",
                "Guided by the Charter of the United Nations, Reaffirming the Charter")));
        assertEquals(List.of("un-charter", "un-charter"), m.stream().map(Mention::key).toList());
        assertEquals(new Span("preamble/1", 14, 43, "Charter of the United Nations"), m.get(0).span());
        assertEquals(new Span("preamble/1", 61, 68, "Charter"), m.get(1).span());
    }

    @Test
    void chineseCharterWithoutTitleMarks() {
        List<Mention> m = TestDocs.mentions(treaties.extract(TestDocs.para("zh", "遵循《联合国宪章》，重申《宪章》")));
        assertEquals(List.of("联合国宪章", "宪章"), m.stream().map(x -> x.span().surface()).toList());
        assertEquals(3, m.get(0).span().start());
    }

    @Test
    void treatySeriesFootnoteOfAKnownTreaty() {
        DocumentRecord d = TestDocs.withFootnote("en",
                "Recognizes the importance of the Treaty on a Nuclear-Weapon-Free Zone in Central Asia,\u2077 emphasizing",
                "United Nations, Treaty Series, vol. 2970, No. 51633.");
        Extraction x = treaties.extractAll(d);
        Mention fn = TestDocs.mentions(x.findings()).stream().filter(m -> m.span().block().equals("footnote/7"))
                .findFirst().orElseThrow();
        assertEquals("unts-51633", fn.key());
        assertEquals(0, fn.span().start());
        assertEquals(new TreatyRef("unts-51633", "Treaty on a Nuclear-Weapon-Free Zone in Central Asia", "en", 2970,
                51633, null), x.treaties().get(0));
    }

    @Test
    void treatySeriesFootnoteOfAnUnknownTreatyNamesItFromTheParagraph() {
        DocumentRecord d = TestDocs.withFootnote("en",
                "Recalling the Convention on the Rights of the Child,7 and the Charter",
                "United Nations, *Treaty Series*, vol. 1577, No. 27531.");
        Extraction x = treaties.extractAll(d);
        assertEquals(List.of(new TreatyRef("unts-27531", "Convention on the Rights of the Child", "en", 1577, 27531, null)),
                x.treaties());
        List<String> keys = TestDocs.keys(x.findings());
        assertEquals(List.of("un-charter", "unts-27531", "unts-27531"), keys.stream().sorted().toList());
    }

    @Test
    void chineseTreatySeriesFootnote() {
        DocumentRecord d = TestDocs.withFootnote("zh", "确认《儿童权利公约》7 的重要性",
                "《联合国条约汇编》，第 1577 卷，第 27531 号。");
        Extraction x = treaties.extractAll(d);
        assertEquals("儿童权利公约", x.treaties().get(0).label());
        assertEquals(1577, x.treaties().get(0).untsVolume());
    }

    @Test
    void describedInstrumentsGetASlugAndTheirDate() {
        Extraction x = treaties.extractAll(TestDocs.para("en",
                "commending the signing of the agreement between Kyrgyzstan and Uzbekistan on the State border on "
                        + "3 November 2022, which is"));
        Mention m = TestDocs.mentions(x.findings()).get(0);
        assertEquals("agreement between Kyrgyzstan and Uzbekistan on the State border", m.span().surface());
        assertEquals("2022-11-03", x.treaties().get(0).date());
        assertEquals(m.key(), x.treaties().get(0).key());
    }

    @Test
    void chineseDescribedInstruments() {
        Extraction x = treaties.extractAll(TestDocs.para("zh",
                "欢迎签署关于标定哈萨克-土库曼斯坦国家边界的协议；必须执行 2006 年中亚无核武器区条约"));
        List<Mention> m = TestDocs.mentions(x.findings());
        assertEquals("关于标定哈萨克-土库曼斯坦国家边界的协议", m.get(0).span().surface());
        assertTrue(m.get(0).key().startsWith("t-"));
        assertEquals("unts-51633", m.get(1).key());
    }

    @Test
    void treatySeriesAndBareInstrumentWordsAreNotTreaties() {
        assertEquals(List.of(), TestDocs.keys(treaties.extract(TestDocs.para("en", "See the Treaty Series volume."))));
        assertEquals(List.of(), TestDocs.keys(treaties.extract(TestDocs.para("en",
                "Calls upon States parties to the Convention to implement the Agreement and its Protocol;"))));
    }

    @Test
    void instrumentTitlesKeepTheirLeadingCapitalizedWords() {
        List<Mention> m = TestDocs.mentions(treaties.extract(TestDocs.para("en",
                "Recalling the International Covenant on Civil and Political Rights and the Vienna Convention on "
                        + "the Law of Treaties of 1969,")));
        assertEquals(List.of("International Covenant on Civil and Political Rights",
                "Vienna Convention on the Law of Treaties of 1969"), m.stream().map(x -> x.span().surface()).toList());
        List<Mention> c = TestDocs.mentions(treaties.extract(TestDocs.para("en",
                "the International Covenant on Economic, Social and Cultural Rights, the Convention on Biological "
                        + "Diversity, Kyoto Protocol to the United Nations Framework Convention on Climate Change and the "
                        + "United Nations Treaty Collection")));
        assertEquals(List.of("International Covenant on Economic, Social and Cultural Rights",
                "Convention on Biological Diversity",
                "Kyoto Protocol to the United Nations Framework Convention on Climate Change"),
                c.stream().map(x -> x.span().surface()).toList());
    }
}
