package org.unkg.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.unkg.extract.TestDocs.citations;
import static org.unkg.extract.TestDocs.symbols;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.unkg.model.Citation;
import org.unkg.model.Span;

class CitationExtractorTest {
    @Test
    void resolutionWithAdoptionDate() {
        List<Citation> c = citations("en", "Recalling its resolution [73/338] of 12 September 2019, by which".replace("[", "")
                .replace("]", ""));
        assertEquals(1, c.size());
        assertEquals("A/RES/73/338", c.get(0).symbol());
        assertEquals("2019-09-12", c.get(0).date());
        assertEquals(new Span("preamble/1", 14, 52, "resolution 73/338 of 12 September 2019"), c.get(0).span());
        assertEquals("citations", c.get(0).extractor());
    }

    @Test
    void lettersGiveOneCitationEachWithTheSharedSurface() {
        List<Citation> c = citations("en", "Resolutions 53/243 A and B.");
        assertEquals(List.of("A/RES/53/243A", "A/RES/53/243B"), symbols(c));
        assertEquals("Resolutions 53/243 A and B", c.get(1).span().surface());
        assertEquals(List.of("A/RES/50/80A", "A/RES/69/285"), symbols(citations("en", "resolutions 50/80 A and 69/285")));
    }

    @Test
    void oldStyleAndSecurityCouncilNumbers() {
        assertEquals(List.of("A/RES/2832(XXVI)"), symbols(citations("en", "Resolution 2832 (XXVI).")));
        assertEquals(List.of("A/RES/3026A(XXVII)", "A/RES/1514(XV)"),
                symbols(citations("en", "resolutions 3026\u00a0A (XXVII) of 18\u00a0December\u00a01972 and 1514 (XV)")));
        List<Citation> sc = citations("en", "Security Council resolution 1631 (2005) and S/RES/2510 (2020).");
        assertEquals(List.of("S/RES/1631(2005)", "S/RES/2510(2020)"), symbols(sc));
        assertEquals("resolution 1631 (2005)", sc.get(0).span().surface());
    }

    @Test
    void documentSymbolsAndParts() {
        List<Citation> c = citations("en", "A/75/651-S/2020/1203, annex; A/C.2/72/3 and A/79/L.59. See A/76/L.74/Add.1");
        assertEquals(List.of("A/75/651-S/2020/1203", "A/C.2/72/3", "A/79/L.59", "A/76/L.74/Add.1"), symbols(c));
        assertEquals("annex", c.get(0).part());
        assertEquals("A/75/651-S/2020/1203, annex", c.get(0).span().surface());
        assertEquals(null, c.get(1).part());
        List<Citation> two = citations("en", "A/70/100, annexes I and II; resolution 60/1, annex");
        assertEquals(List.of("annex I and II", "annex"), two.stream().map(Citation::part).toList());
        assertEquals("A/70/100, annexes I and II", two.get(0).span().surface());
    }

    @Test
    void englishListsWithADatePerNumber() {
        List<Citation> c = citations("en", "resolutions 63/210 of 19 December 2008, 67/263 of 17 May 2013 and 78/149 of "
                + "19 December 2023, and decision 72/555");
        assertEquals(List.of("A/RES/63/210", "A/RES/67/263", "A/RES/78/149", "A/DEC/72/555"), symbols(c));
        assertEquals(List.of("2008-12-19", "2013-05-17", "2023-12-19"),
                c.subList(0, 3).stream().map(Citation::date).toList());
        assertEquals(c.get(0).span(), c.get(2).span());
        assertEquals("decision 72/555", c.get(3).span().surface());
    }

    @Test
    void chineseCitationWithDateBefore() {
        List<Citation> c = citations("zh", "回顾其 2019 年 9 月 12 日第 73/338 号决议，其中");
        assertEquals(List.of("A/RES/73/338"), symbols(c));
        assertEquals("2019-09-12", c.get(0).date());
        assertEquals(new Span("preamble/1", 4, 31, "2019 年 9 月 12 日第 73/338 号决议"), c.get(0).span());
        assertEquals("第 70/1 号决议", citations("zh", "第 70/1 号决议。").get(0).span().surface());
    }

    @Test
    void chineseListsShareOneSurface() {
        List<Citation> c = citations("zh", "见第 63/210、67/263、69/213 和 78/149 号决议。");
        assertEquals(List.of("A/RES/63/210", "A/RES/67/263", "A/RES/69/213", "A/RES/78/149"), symbols(c));
        assertEquals("第 63/210、67/263、69/213 和 78/149 号决议", c.get(3).span().surface());
        List<Citation> d = citations("zh", "回顾其关于土库曼斯坦永久中立的 1995 年 12 月 12 日第 50/80 A 号和 2015\n年 6 月 3 日第 69/285 号决议，");
        assertEquals(List.of("A/RES/50/80A", "A/RES/69/285"), symbols(d));
        assertEquals(List.of("1995-12-12", "2015-06-03"), d.stream().map(Citation::date).toList());
        assertEquals("1995 年 12 月 12 日第 50/80 A 号和 2015\n年 6 月 3 日第 69/285 号决议", d.get(0).span().surface());
        assertEquals(List.of("A/RES/53/243A", "A/RES/53/243B"), symbols(citations("zh", "第 53/243 A 和 B 号决议。")));
        assertEquals(List.of("A/RES/S-19/2"), symbols(citations("zh", "S-19/2号决议，附件。")));
        assertEquals(List.of("A/CONF.189/12", "A/CONF.189/12/Corr.1"), symbols(citations("zh", "见A/CONF.189/12和A/CONF.189/12/Corr.1，第一章。")));
    }

    @Test
    void chinesePartsAndYearOfAdoption() {
        List<Citation> c = citations("zh", "第 46/182 号决议，附件。见 A/50/752-S/1995/1035，附件三。");
        assertEquals(List.of("annex", "annex III"), c.stream().map(Citation::part).toList());
        assertEquals("第 46/182 号决议，附件", c.get(0).span().surface());
        List<Citation> y = citations("zh", "2013 年大会通过的关于国际社会作用的第 68/218 号决议为");
        assertEquals("2013", y.get(0).date());
        assertEquals("第 68/218 号决议", y.get(0).span().surface());
    }

    @Test
    void chineseSecurityCouncilAndDecisions() {
        assertEquals(List.of("S/RES/1631(2005)", "A/DEC/72/555"),
                symbols(citations("zh", "安全理事会第 1631(2005)号决议和大会第 72/555 号决定")));
        assertEquals(List.of("A/DEC/72/555", "A/DEC/73/1"), symbols(citations("zh", "第 72/555 号和第 73/1 号决定")));
        List<Citation> sc = citations("zh", "回顾安全理事会2014年8月15日第2170 (2014)、2014年9月24日第2178 (2014)号决议");
        assertEquals(List.of("S/RES/2170(2014)", "S/RES/2178(2014)"), symbols(sc));
        assertEquals(List.of("2014-08-15", "2014-09-24"), sc.stream().map(Citation::date).toList());
    }

    @Test
    void notCitations() {
        assertEquals(List.of(), symbols(citations("en", "97th plenary meeting, 28 July 2022, 2021/2022, 76/299. Zone")));
        assertEquals(List.of(), symbols(citations("zh", "第 97 次全体会议，第七十七届会议")));
        assertEquals(List.of(), symbols(citations("zh", "https://undocs.org/ch/A/RES/73/338")));
        assertEquals(List.of(), symbols(citations("en", "its own resolution 76/299 and A/RES/76/299")));
    }

    @Test
    void partLettersPastHInRangesAndDoubled() {
        assertEquals(List.of("A/RES/45/58P", "A/RES/51/211A", "A/RES/51/211B", "A/RES/51/211C", "A/RES/53/77AA"),
                symbols(citations("en", "resolutions 45/58 P of 4 December 1990, 51/211 A to C and 53/77 AA")));
        assertEquals(List.of("A/RES/52/212B", "A/RES/51/211A", "A/RES/51/211B", "A/RES/51/211C"),
                symbols(citations("zh", "回顾其1998年3月31日第52/212 B号决议和第51/211 A至C号决议")));
        assertEquals(List.of("A/RES/S-23/2", "A/RES/217A(III)"), symbols(citations("en", "resolution S\u201123/2 and 217 A (III)")));
    }

    @Test
    void englishListsGoOnPastTitlesPartsAndUndatedNumbers() {
        List<Citation> c = citations("en", "resolutions 74/270 of 2 April 2020, entitled \u201cGlobal solidarity to fight COVID-19\u201d, "
                + "74/274 of 20 April 2020 and 52/214, sect. C, para. 3; 55/222, and all subsequent resolutions");
        assertEquals(List.of("A/RES/74/270", "A/RES/74/274", "A/RES/52/214", "A/RES/55/222"), symbols(c));
        List<Citation> orphan = citations("en", "resolutions 48/4 on privacy and 58/269 and 58/270 of 23 December 2003, 59/276, "
                + "section XI, of 23 December 2004, and the 2021/2022 budget");
        assertEquals(List.of("A/RES/48/4", "A/RES/58/269", "A/RES/58/270", "A/RES/59/276"), symbols(orphan));
        assertEquals("2004-12-23", orphan.get(3).date());
    }

    @Test
    void humanRightsCouncilNumbersByDateAndScope() {
        List<Citation> c = citations("en", "Recalling the resolutions of the Human Rights Council, the most recent of which being "
                + "resolutions 47/1 of 12 July 2021 and S-29/1 of 12 February 2021, and its resolution 65/281 of 17 June 2011");
        assertEquals(List.of("A/HRC/RES/47/1", "A/HRC/RES/S-29/1", "A/RES/65/281"), symbols(c));
        assertEquals(List.of("A/HRC/RES/27/21"), symbols(citations("en", "as decided by the Human Rights Council, in its resolution 27/21")));
        // no Council named before: the dated number stays the Assembly's
        assertEquals(List.of("A/RES/45/3"), symbols(citations("en", "resolution 45/3 of 6 October 2020")));
        // bodies whose numbers are no UN symbols are not cited as Assembly resolutions
        assertEquals(List.of("E/CN.4/RES/2005/74"), symbols(citations("en", "Commission on Narcotic Drugs resolution 62/8 of "
                + "22 March 2019 and Commission on Human Rights resolution 2005/74")));
        assertEquals(List.of(), symbols(citations("zh", "麻醉药品委员会2019年3月22日第62/8号决议")));
        assertEquals(List.of("A/HRC/RES/4/4"), symbols(citations("en", "the Human Rights Council; resolution 9/4 of 17 December 2021 "
                + "of the Conference of the States Parties to the Convention, and resolution 4/4 of the Human Rights Council")));
    }

    @Test
    void chineseListsThroughClausesAndToALateKeyword() {
        List<Citation> c = citations("zh", "尤其是宣布2000年为和平文化国际年的1997年11月20日第52/15号、宣布2001-2010年为国际十年的"
                + "1998年11月10日第53/25号以及2001年11月5日第56/5号决议；关于社会融合的2019年12月18日第74/120号和以往各项决议。");
        assertEquals(List.of("A/RES/52/15", "A/RES/53/25", "A/RES/56/5", "A/RES/74/120"), symbols(c));
        assertEquals(List.of("1997-11-20", "1998-11-10", "2001-11-05", "2019-12-18"), c.stream().map(Citation::date).toList());
        assertEquals("2019年12月18日第74/120号", c.get(3).span().surface());
    }

    @Test
    void documentSymbolsWithQualifiersAndShortSeries() {
        List<Citation> c = citations("en", "A/76/6 (Sect. 5)/Corr.1, NPT/CONF.2000/28 (Parts I and II), A/76/5 (Vol. I), "
                + "ICCD/COP(14)/16/Add.1, SPLOS/316 and decision XIII/5.");
        assertEquals(List.of("A/76/6(Sect.5)/Corr.1", "NPT/CONF.2000/28(PartsIandII)", "A/76/5(Vol.I)",
                "ICCD/COP(14)/16/Add.1", "SPLOS/316"), symbols(c));
    }
}
