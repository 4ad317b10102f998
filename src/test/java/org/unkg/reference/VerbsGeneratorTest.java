package org.unkg.reference;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.apache.jena.rdf.model.Model;
import org.apache.jena.vocabulary.SKOS;
import org.junit.jupiter.api.Test;
import org.unkg.rdf.Iris;

/** Which opening spans become verbs, on a small inline sample. */
class VerbsGeneratorTest {
    private static Set<String> labels(Model m) {
        Set<String> out = new TreeSet<>();
        m.listObjectsOfProperty(SKOS.prefLabel).forEach(o -> out.add(o.asLiteral().getString()));
        return out;
    }

    @Test
    void aSpanThatOpensFewOfTheParagraphsStartingWithItsWordsIsNoVerb() {
        List<AknSample.Para> paras = new ArrayList<>();
        for (int i = 1; i <= 10; i++) { // "Stresses the importance" italicized twice in ten paragraphs starting so
            String lead = i <= 2 ? "Stresses the importance" : "Stresses";
            paras.add(new AknSample.Para("para_" + i, "operative", null, lead, i + ". Stresses the importance of peace;"));
        }
        for (int i = 1; i <= 3; i++) { // "Recalling also" opens every paragraph starting with its words
            paras.add(new AknSample.Para("pp_" + i, "preamble", "Recalling also", "Recalling also",
                    "Recalling also its resolution 70/1,"));
        }
        AknSample.Doc doc = new AknSample.Doc("A_RES_79_1", "en", paras, List.of());
        Model m = VerbsGenerator.generate(List.of(doc), Path.of("ontology/reference/sources"), Iris.defaults());
        assertEquals(Set.of("Stresses", "Recalling also"), labels(m).stream()
                .filter(l -> !l.contains("verbs of")).collect(java.util.stream.Collectors.toSet()));
    }

    @Test
    void inChineseEveryLearnedSpanMustOpenMostParagraphsStartingWithIt() {
        List<AknSample.Para> paras = new ArrayList<>();
        for (int i = 1; i <= 10; i++) { // 重申承诺 "reaffirms (its) commitment": the verb is 重申, its object 承诺
            String lead = i <= 3 ? "重申承诺" : "重申";
            paras.add(new AknSample.Para("pp_" + i, "preamble", lead, lead, "重申承诺不让任何一个人掉队，"));
        }
        for (int i = 1; i <= 3; i++) { // 强调指出 "stresses" opens every paragraph starting so
            paras.add(new AknSample.Para("pp_s" + i, "preamble", "强调指出", "强调指出", "强调指出必须加强合作，"));
        }
        AknSample.Doc doc = new AknSample.Doc("A_RES_79_1", "zh", paras, List.of());
        Model m = VerbsGenerator.generate(List.of(doc), Path.of("ontology/reference/sources"), Iris.defaults());
        assertEquals(Set.of("重申", "强调指出"), labels(m).stream()
                .filter(l -> !l.contains("verbs of")).collect(java.util.stream.Collectors.toSet()));
    }
}
