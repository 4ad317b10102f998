package org.unkg.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.unkg.model.EntityKind;
import org.unkg.model.Finding;
import org.unkg.model.Mention;
import org.unkg.model.Span;

class OrganizationExtractorTest {
    private static OrganizationExtractor orgs;

    @BeforeAll
    static void load() {
        orgs = new OrganizationExtractor(TestDocs.mini());
    }

    private static List<Finding> run(String lang, String text) {
        return orgs.extract(TestDocs.para(lang, text));
    }

    @Test
    void longestNameWinsAndTheNestedNameOfAnotherBodyCounts() {
        List<Mention> m = TestDocs.mentions(run("en", "the United Nations Development Programme"));
        assertEquals(2, m.size());
        assertEquals("undp", m.get(0).key());
        assertEquals(new Span("preamble/1", 4, 40, "United Nations Development Programme"), m.get(0).span());
        assertEquals("un", m.get(1).key());
        assertEquals(new Span("preamble/1", 4, 18, "United Nations"), m.get(1).span());
        assertEquals(EntityKind.ORGANIZATION, m.get(1).kind());
    }

    @Test
    void unInsideTheCharterIsAMentionOfTheUn() {
        List<Mention> m = TestDocs.mentions(run("en", "the Charter of the United Nations"));
        assertEquals(List.of("un"), m.stream().map(Mention::key).toList());
        assertEquals(19, m.get(0).span().start());
    }

    @Test
    void acronymsAreCaseSensitiveWholeWords() {
        assertEquals(List.of("undp", "eu"), TestDocs.keys(run("en", "UNDP and the EU")));
        assertEquals(List.of(), TestDocs.keys(run("en", "undp, eu, fun, UNDPs, EUR")));
        assertEquals(List.of("undp", "unodc"), TestDocs.keys(run("en", "the UNDP/UNODC programme")));
    }

    @Test
    void acronymsInsideSymbolsOrCapitalizedNamesAreNotMentions() {
        assertEquals(List.of(), TestDocs.keys(run("en", "press release SC/13331 of 2018")));
        assertEquals(List.of(), TestDocs.keys(run("en", "UKRAINE, VIET NAM, YEMEN")));
        assertEquals(List.of("nam"), TestDocs.keys(run("en", "the NAM summit")));
    }

    @Test
    void chineseFullAndShortNames() {
        List<Mention> m = TestDocs.mentions(run("zh", "联合国开发计\n划署和毒品和犯罪问题办公室"));
        assertEquals(List.of("undp", "un", "unodc"), m.stream().map(Mention::key).toList());
        assertEquals(new Span("preamble/1", 0, 9, "联合国开发计\n划署"), m.get(0).span());
        assertEquals(new Span("preamble/1", 10, 20, "毒品和犯罪问题办公室"), m.get(2).span());
    }

    @Test
    void pdfSpacesInsideChineseNames() {
        List<Mention> m = TestDocs.mentions(run("zh", "大  会"));
        assertEquals(List.of("ga"), m.stream().map(Mention::key).toList());
        assertEquals("大  会", m.get(0).span().surface());
    }

    @Test
    void nestedNamesInsideALongerChineseName() {
        assertEquals(List.of("un-system", "un"), TestDocs.keys(run("zh", "联合国系统")));
    }
}
