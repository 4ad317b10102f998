package org.unkg.reference;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.vocabulary.OWL;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.unkg.rdf.ORGV;
import org.unkg.rdf.UNKG;

/** The committed reference files of ontology/reference/, loaded as every extractor loads them. */
class ReferenceFilesTest {
    private static final List<String> LANGS = List.of("ar", "en", "es", "fr", "ru", "zh");
    private static ReferenceData ref;

    @BeforeAll
    static void load() {
        ref = ReferenceData.load(Path.of("ontology/reference"));
    }

    @Test
    void memberAndObserverStatesWithSixLanguagesAndCodes() {
        assertEquals(193 + 2, ref.states().size(), "193 Member States and 2 observer States");
        Set<String> qids = new HashSet<>();
        Model m = ref.model();
        for (ReferenceData.Entry s : ref.states()) {
            for (String lang : LANGS) {
                assertFalse(s.labels().getOrDefault(lang, List.of()).isEmpty(), s.key() + " has no @" + lang + " label");
                assertEquals(1, s.labels().get(lang).size(), s.key() + " has several @" + lang + " labels");
            }
            Resource r = m.getResource(s.iri());
            assertEquals(s.key().toUpperCase(), r.getProperty(UNKG.iso3).getString());
            assertTrue(r.getProperty(UNKG.iso2).getString().matches("[A-Z]{2}"), s.key());
            assertTrue(r.getProperty(UNKG.m49).getString().matches("\\d{3}"), s.key());
            Statement same = r.getProperty(OWL.sameAs);
            assertNotNull(same, s.key() + " has no Wikidata QID");
            assertTrue(same.getResource().getURI().matches("http://www\\.wikidata\\.org/entity/Q\\d+"));
            assertTrue(qids.add(same.getResource().getURI()), "QID used twice: " + same.getResource());
        }
        assertTrue(ref.stateKey("Holy See", "en").isPresent());
        assertTrue(ref.stateKey("State of Palestine", "en").isPresent());
        assertEquals(Optional.empty(), ref.stateKey("Cook Islands", "en"), "non-member States are left out");
    }

    @Test
    void labelsAreCleanAndAliasesResolve() {
        assertEquals(List.of("Bahamas"), entry("bhs").labels().get("en"));
        assertEquals(List.of("Saint-Siège"), entry("vat").labels().get("fr"));
        assertEquals(List.of("Estado de Palestina"), entry("pse").labels().get("es"));
        Map<String, String> expected = Map.ofEntries(Map.entry("South Korea|en", "kor"), Map.entry("Türkiye|en", "tur"),
                Map.entry("Turkey|en", "tur"), Map.entry("TÜRKİYE|en", "tur"), Map.entry("南朝鲜|zh", "kor"),
                Map.entry("韩国|zh", "kor"), Map.entry("朝鲜|zh", "prk"), Map.entry("North Korea|en", "prk"),
                Map.entry("Viet Nam|en", "vnm"), Map.entry("Vietnam|en", "vnm"), Map.entry("Russia|en", "rus"),
                Map.entry("Iran|en", "irn"), Map.entry("Czech Republic|en", "cze"), Map.entry("Czechia|en", "cze"),
                Map.entry("Eswatini|en", "swz"), Map.entry("North Macedonia|en", "mkd"),
                Map.entry("Netherlands (Kingdom of the)|en", "nld"), Map.entry("the Netherlands|en", "nld"),
                Map.entry("吉尔吉斯斯坦|zh", "kgz"), Map.entry("吉尔吉斯共和国|zh", "kgz"), Map.entry("乌兹别克斯坦|zh", "uzb"),
                Map.entry("乌兹别克斯坦共和国|zh", "uzb"), Map.entry("土库曼斯坦|zh", "tkm"), Map.entry("塔吉克斯坦|zh", "tjk"),
                Map.entry("哈萨克斯坦|zh", "kaz"), Map.entry("伊朗（伊斯兰共和国）|zh", "irn"), Map.entry("Россия|ru", "rus"),
                Map.entry("Royaume-Uni|fr", "gbr"), Map.entry("Estados Unidos|es", "usa"), Map.entry("سوريا|ar", "syr"),
                Map.entry("Côte d'Ivoire|en", "civ"), Map.entry("Cote d'Ivoire|en", "civ"));
        for (Map.Entry<String, String> e : new TreeMap<>(expected).entrySet()) {
            String[] nl = e.getKey().split("\\|");
            assertEquals(Optional.of(e.getValue()), ref.stateKey(nl[0], nl[1]), e.getKey());
        }
    }

    @Test
    void noNameNamesTwoEntities() {
        for (List<ReferenceData.Entry> kind : List.of(ref.states(), ref.organizations(), ref.treaties())) {
            Map<String, Set<String>> owners = new TreeMap<>();
            for (ReferenceData.Entry e : kind) {
                for (String lang : LANGS) {
                    for (String n : e.names(lang)) {
                        owners.computeIfAbsent(lang + "|" + ReferenceData.normalize(n), k -> new TreeSet<>()).add(e.key());
                    }
                }
            }
            owners.forEach((name, keys) -> assertEquals(1, keys.size(), name + " names " + keys));
        }
    }

    @Test
    void organizations() {
        Set<String> iris = new HashSet<>();
        Set<String> acronyms = new HashSet<>();
        for (ReferenceData.Entry o : ref.organizations()) {
            assertTrue(iris.add(o.iri()), "IRI twice: " + o.iri());
            assertTrue(o.acronym() == null || acronyms.add(o.acronym()), "acronym twice: " + o.acronym());
            assertFalse(o.labels().getOrDefault("en", List.of()).isEmpty(), o.key() + " has no English label");
        }
        assertTrue(ref.organizations().size() > 150, "the UN system broadly: " + ref.organizations().size());
        for (String a : List.of("UNDP", "UNRCCA", "UNODC", "DPPA", "OSCE", "UN", "SCO", "CIS", "OIC", "EU", "NAM",
                "INTERPOL", "CELAC")) {
            ReferenceData.Entry o = ref.organizations().stream().filter(x -> a.equals(x.acronym())).findFirst().orElseThrow();
            assertFalse(o.labels().getOrDefault("zh", List.of()).isEmpty(), a + " has no Chinese label");
            assertEquals(Optional.of(o.key()), ref.orgKey(a, "en"));
        }
        assertEquals(Optional.of("unrcca"), ref.orgKey("联合国中亚地区预防外交中心", "zh"));
        assertEquals(Optional.of("unrcca"), ref.orgKey("联合国中亚区域预防外交中心", "zh"));
        assertEquals(Optional.of("unodc"), ref.orgKey("毒品和犯罪问题办公室", "zh"));
        assertEquals(Optional.of("undp"), ref.orgKey("联合国开发计划署", "zh"));
        assertEquals(Optional.of("fourth-committee"), ref.orgKey("Special Political and Decolonization Committee", "en"));
        assertEquals(Optional.of("sg"), ref.orgKey("秘书长", "zh"));
        assertEquals(Optional.of("pga"), ref.orgKey("President of the General Assembly", "en"));
        assertEquals(Optional.of("un-system"), ref.orgKey("United Nations system", "en"));
        assertEquals(Optional.of("nam"), ref.orgKey("不结盟国家运动", "zh"));
        Model m = ref.model();
        Resource unrcca = m.getResource(ref.organizations().stream().filter(o -> o.key().equals("unrcca")).findFirst()
                .orElseThrow().iri());
        assertTrue(unrcca.getProperty(ORGV.subOrganizationOf).getResource().getURI().endsWith("/org/dppa"));
        Resource undp = m.getResource(ref.organizations().stream().filter(o -> o.key().equals("undp")).findFirst()
                .orElseThrow().iri());
        assertEquals(2, undp.listProperties(ORGV.subOrganizationOf).toList().size(), "UNDP reports to GA and ECOSOC");
    }

    @Test
    void treaties() {
        ReferenceData.Entry nwfz = ref.treaties().stream().filter(t -> t.key().equals("unts-51633")).findFirst().orElseThrow();
        Resource r = ref.model().getResource(nwfz.iri());
        assertEquals(2970, r.getProperty(UNKG.untsVolume).getInt());
        assertEquals(51633, r.getProperty(UNKG.untsNumber).getInt());
        assertEquals("http://www.w3.org/2001/XMLSchema#integer", r.getProperty(UNKG.untsVolume).getLiteral().getDatatypeURI());
        assertEquals(List.of("Treaty on a Nuclear-Weapon-Free Zone in Central Asia"), nwfz.labels().get("en"));
        assertEquals(List.of("中亚无核武器区条约"), nwfz.labels().get("zh"));
        assertEquals(Optional.of("charter-of-the-united-nations"), ref.treatyKey("Charter", "en"));
        assertEquals(Optional.of("charter-of-the-united-nations"), ref.treatyKey("宪章", "zh"));
        assertEquals(Optional.of("charter-of-the-united-nations"), ref.treatyKey("联合国宪章", "zh"));
        assertTrue(ref.treaties().size() > 50, "treaties mined from the sample: " + ref.treaties().size());
    }

    @Test
    void verbsAndCitationRelations() {
        String recalls = UNKG.recalls.getURI();
        assertEquals(Optional.of(recalls), ref.citationRelation("Recalling also", "en"));
        assertEquals(Optional.of(recalls), ref.citationRelation("Recalling", "en"));
        assertEquals(Optional.of(recalls), ref.citationRelation("回顾", "zh"));
        assertEquals(Optional.of(recalls), ref.citationRelation("Rappelant", "fr"));
        assertEquals(Optional.of(recalls), ref.citationRelation("又回顾", "zh"));
        assertEquals(Optional.of(recalls), ref.citationRelation("Recordando también", "es"));
        assertEquals(Optional.of(recalls), ref.citationRelation("напоминая", "ru"));
        assertEquals(Optional.of(recalls), ref.citationRelation("وإذ تشير", "ar"));
        assertEquals(Optional.of(UNKG.takesNoteOf.getURI()), ref.citationRelation("Prend note", "fr"));
        assertEquals(Optional.empty(), ref.citationRelation("决定", "zh"));
        assertEquals(Optional.of(UNKG.reaffirms.getURI()), ref.citationRelation("Reaffirming", "en"));
        assertEquals(Optional.of(UNKG.reaffirms.getURI()), ref.citationRelation("重申", "zh"));
        assertEquals(Optional.of(UNKG.welcomes.getURI()), ref.citationRelation("欢迎", "zh"));
        assertEquals(Optional.of(UNKG.takesNoteOf.getURI()), ref.citationRelation("Takes note", "en"));
        assertEquals(Optional.empty(), ref.citationRelation("Requests", "en"));
        assertEquals(Optional.empty(), ref.citationRelation("Recognizing", "en"));
        List<String> op = ref.verbs("operative", "en");
        assertTrue(op.contains("Requests") && op.contains("Decides"), "operative verbs");
        for (int i = 1; i < op.size(); i++) {
            assertTrue(op.get(i - 1).length() >= op.get(i).length(), "longest first");
        }
        assertTrue(ref.verbs("preambular", "zh").contains("回顾"));
        assertTrue(ref.verbs("preambular", "en").contains("Recalling"));
        assertFalse(ref.verbs("preambular", "en").contains("Decides"), "Decides is operative only");
        for (String lang : LANGS) {
            assertFalse(ref.verbs("operative", lang).isEmpty(), "no operative verbs @" + lang);
        }
    }

    @Test
    void bundledOnTheClasspath() {
        ReferenceData bundled = ReferenceData.load();
        assertEquals(ref.states().size(), bundled.states().size());
        assertEquals(ref.organizations().size(), bundled.organizations().size());
        assertEquals(ref.treaties().size(), bundled.treaties().size());
        assertEquals(ref.verbs("operative", "en"), bundled.verbs("operative", "en"));
    }

    private static ReferenceData.Entry entry(String key) {
        return ref.states().stream().filter(s -> s.key().equals(key)).findFirst().orElseThrow();
    }
}
