package org.unkg.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.unkg.model.Citation;
import org.unkg.model.DocumentRecord;
import org.unkg.model.Finding;
import org.unkg.model.Mention;

class ExtractorsTest {
    private static List<Extractor> standard;

    @BeforeAll
    static void load() {
        standard = Extractors.standard(TestDocs.mini());
    }

    @Test
    void standardListsTheFourExtractors() {
        assertEquals(List.of("states", "organizations", "treaties", "citations"),
                standard.stream().map(Extractor::id).toList());
    }

    @Test
    void applyAddsFindingsAndTreatiesOnceAndKeepsTheRest() {
        DocumentRecord d = TestDocs.withFootnote("en",
                "Recognizes the importance of the Treaty on a Nuclear-Weapon-Free Zone in Central Asia,\u2077 and "
                        + "resolution 76/299 of 28 July 2022 of the General Assembly, and Kazakhstan",
                "United Nations, Treaty Series, vol. 2970, No. 51633.");
        DocumentRecord once = Extractors.apply(d, standard);
        DocumentRecord twice = Extractors.apply(once, standard);
        assertEquals(once.findings(), twice.findings());
        assertEquals(once.treaties(), twice.treaties());
        assertEquals(1, once.treaties().size());
        assertEquals(d.operative(), once.operative());
        List<Finding> f = once.findings();
        assertTrue(f.stream().anyMatch(x -> x instanceof Mention m && m.key().equals("kaz")));
        assertTrue(f.stream().anyMatch(x -> x instanceof Mention m && m.key().equals("ga")));
        assertTrue(f.stream().anyMatch(x -> x instanceof Mention m && m.key().equals("unts-51633")
                && m.span().block().equals("footnote/7")));
        assertTrue(f.stream().anyMatch(x -> x instanceof Citation c && c.symbol().equals("A/RES/76/299")
                && c.date().equals("2022-07-28") && c.span().block().equals("operative/10")));
    }

    @Test
    void extractorsAreSafeToShareBetweenThreads() {
        DocumentRecord en = TestDocs.para("en", "Kazakhstan, UNDP, the Charter, resolution 70/1");
        DocumentRecord zh = TestDocs.para("zh", "哈萨克斯坦、联合国开发计划署、《宪章》、第 70/1 号决议");
        List<Finding> expectEn = Extractors.apply(en, standard).findings();
        List<Finding> expectZh = Extractors.apply(zh, standard).findings();
        List<Boolean> same = java.util.stream.IntStream.range(0, 200).parallel()
                .mapToObj(i -> i % 2 == 0 ? Extractors.apply(en, standard).findings().equals(expectEn)
                        : Extractors.apply(zh, standard).findings().equals(expectZh))
                .toList();
        assertTrue(same.stream().allMatch(b -> b));
        assertEquals(5, expectZh.size()); // kaz, undp, un (nested), charter, 70/1
    }
}
