package org.unkg.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.unkg.model.EntityKind;
import org.unkg.model.Finding;
import org.unkg.model.Mention;
import org.unkg.model.Span;

class StateExtractorTest {
    private static StateExtractor states;

    @BeforeAll
    static void load() {
        states = new StateExtractor(TestDocs.mini());
    }

    private static List<Finding> run(String lang, String text) {
        return states.extract(TestDocs.para(lang, text));
    }

    @Test
    void enumerationGivesEveryStateWithItsSpan() {
        String t = "Kazakhstan, Kyrgyzstan, Tajikistan, Turkmenistan and Uzbekistan.";
        List<Finding> f = run("en", t);
        assertEquals(List.of("kaz", "kgz", "tjk", "tkm", "uzb"), TestDocs.keys(f));
        Mention last = (Mention) f.get(4);
        assertEquals(new Span("preamble/1", 53, 63, "Uzbekistan"), last.span());
        assertEquals(EntityKind.STATE, last.kind());
        assertEquals("states", last.extractor());
    }

    @Test
    void longestNameWinsAndNoNameInsideAWord() {
        assertEquals(List.of("nga"), TestDocs.keys(run("en", "Nigeria and its partners")));
        assertEquals(List.of("ner"), TestDocs.keys(run("en", "Niger, a Sahel State")));
        assertEquals(List.of("png"), TestDocs.keys(run("en", "Papua New Guinea")));
        assertEquals(List.of("dom", "dma"), TestDocs.keys(run("en", "the Dominican Republic and Dominica")));
        assertEquals(List.of("gnq"), TestDocs.keys(run("en", "Equatorial Guinea")));
    }

    @Test
    void caseRulesAndAdjectivesAreNotStates() {
        assertEquals(List.of(), TestDocs.keys(run("en", "the Central Asian countries of the region")));
        assertEquals(List.of(), TestDocs.keys(run("en", "chad and jordan in lower case are not names")));
        assertEquals(List.of("geo", "jor"), TestDocs.keys(run("en", "Georgia and Jordan")));
        assertEquals(List.of("tur"), TestDocs.keys(run("en", "TURKEY")));
    }

    @Test
    void sortingDecorationsAndArticlesAreHandled() {
        assertEquals(List.of("irn", "irn", "irn"), TestDocs.keys(run("en",
                "Iran (Islamic Republic of), the Islamic Republic of Iran and Iran")));
        List<Finding> f = run("en", "the Gambia and the Russian Federation");
        assertEquals(List.of("gmb", "rus"), TestDocs.keys(f));
        assertEquals("Gambia", f.get(0).span().surface());
    }

    @Test
    void chineseLongestMatchAcrossPdfLineBreaks() {
        String t = "吉尔吉斯共和国和乌兹\n\n别克斯坦共和国两国之间关于吉尔吉斯斯坦-乌兹别克斯坦国家边界的条约";
        List<Finding> f = run("zh", t);
        assertEquals(List.of("kgz", "uzb", "kgz", "uzb"), TestDocs.keys(f));
        assertEquals(new Span("preamble/1", 8, 19, "乌兹\n\n别克斯坦共和国"), f.get(1).span());
    }

    @Test
    void chineseNamesInsideOtherWords() {
        assertEquals(List.of(), TestDocs.keys(run("zh", "发展中国家的需要")));
        assertEquals(List.of("idn"), TestDocs.keys(run("zh", "《宣布印度洋为和平区宣言》在印度尼西亚")));
        assertEquals(List.of("kor", "chn"), TestDocs.keys(run("zh", "南朝鲜、中国")));
        assertEquals(List.of("afg"), TestDocs.keys(run("zh", "阿富汗问题国际论坛")));
        assertEquals(List.of("png"), TestDocs.keys(run("zh", "巴布亚新几内亚")));
    }

    @Test
    void englishNamesAreFoundInChineseText() {
        assertEquals(List.of("kaz"), TestDocs.keys(run("zh", "见 Kazakhstan 的提议")));
    }
}
