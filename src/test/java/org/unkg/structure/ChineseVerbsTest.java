package org.unkg.structure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.SKOS;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.unkg.reference.ReferenceData;

/**
 * The Chinese opening-verb grammar (UnspacedVerbs) around a tiny, inline verb list: what it
 * finds depends on the grammar, not on the learned lexicon of the AKN sample.
 */
class ChineseVerbsTest {
    private static final String BASE = "https://w3id.org/unkg/";
    private static VerbFinder zh;

    @BeforeAll
    static void tinyLexicon(@TempDir Path dir) throws IOException {
        Map<String, List<String>> schemes = Map.of(
                "preambular", List.of("回顾", "注意到", "欢迎", "重申", "强调", "表示"),
                "operative", List.of("请", "欢迎", "强调"));
        Model m = ModelFactory.createDefaultModel();
        schemes.forEach((scheme, verbs) -> {
            for (String v : verbs) {
                Resource c = m.createResource(BASE + "verb/zh/" + scheme + "-" + verbs.indexOf(v));
                c.addProperty(RDF.type, SKOS.Concept);
                c.addProperty(SKOS.prefLabel, m.createLiteral(v, "zh"));
                c.addProperty(SKOS.inScheme, m.createResource(BASE + "verbs/" + scheme));
            }
        });
        try (OutputStream out = Files.newOutputStream(dir.resolve("verbs.ttl"))) {
            RDFDataMgr.write(out, m, Lang.TURTLE);
        }
        zh = new VerbFinder(Profile.load("zh"), ReferenceData.load(dir));
    }

    private static String pre(String text) {
        return zh.find(null, text, false);
    }

    @Test
    void adverbPrefixesBelongToTheVerb() {
        assertEquals("又回顾", pre("又回顾其2018年12月6日第73/89号决议，"));
        assertEquals("尤其回顾", pre("尤其回顾安全理事会第478(1980)号决议，"));
    }

    @Test
    void anOpenerIsNoPartOfTheVerbAndLeavesAnOperativeParagraphWithoutOne() {
        assertEquals("欢迎", pre("在这方面欢迎各国采取的措施，"));
        assertEquals("回顾", pre("在这方面，回顾《公民及政治权利国际公约》，"));
        assertNull(zh.find(null, "在这方面欢迎各国采取的措施；", true));
        assertEquals("欢迎", zh.find(null, "欢迎各国采取的措施；", true));
    }

    @Test
    void aMannerAdverbialJoinsTheKnownVerbAfterIt() {
        assertEquals("满意地注意到", pre("满意地注意到国际社会的努力，"));
        assertEquals("十分关切地注意到", pre("十分关切地注意到全世界约三分之一的人口无法上网，"));
        // 地 inside a noun is no manner adverbial: no known verb follows it
        assertNull(pre("各地区的努力，"));
    }

    @Test
    void aShortClauseEndingInDeShiIsTheWholeOpening() {
        assertEquals("深感关切的是", pre("深感关切的是，虽然世界一些区域取得了进展，"));
        assertEquals("感到震惊并关切的是", pre("感到震惊并关切的是，雇佣军活动构成威胁，"));
    }

    @Test
    void aStanceVerbTakesItsStanceWord() {
        assertEquals("表示声援", pre("表示声援所有遭受震灾的国家和人民，"));
        assertEquals("又表示全力支持", pre("又表示全力支持秘书长特使，"));
        assertEquals("深感遗憾的是", pre("深感遗憾的是不扩散核武器条约缔约国审议大会没有取得成果，"));
        // a known verb longer than the stance verb wins; a digit is no stance word
        assertEquals("强调", pre("强调必须加强合作，"));
        assertNull(pre("感到2024年"));
    }

    @Test
    void anUnknownVerbStaysUnknown() {
        assertNull(pre("期望仓单法的统一有助于市场的形成，"));
    }
}
