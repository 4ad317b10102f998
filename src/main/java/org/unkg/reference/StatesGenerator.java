package org.unkg.reference;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.unkg.UnkgException;
import org.unkg.rdf.Iris;
import org.unkg.rdf.UNKG;

/**
 * Builds {@code states.ttl} from the shared {@code country-codes.csv} (UNTERM names, codes),
 * {@code regions.codes.csv} (Wikidata QIDs), the JDK's CLDR display names, and two curated
 * files: {@code state-names.tsv} (current UN names the UNTERM snapshot predates) and
 * {@code state-aliases.tsv} (common short forms). See {@code ontology/reference/README.md}.
 */
final class StatesGenerator {
    private static final Logger LOG = LoggerFactory.getLogger(StatesGenerator.class);
    /** The six official languages, as ISO 639-1 codes and as the table's column words. */
    static final Map<String, String> LANGS = Map.of("ar", "Arabic", "zh", "Chinese", "en", "English",
            "fr", "French", "ru", "Russian", "es", "Spanish");
    private static final Map<String, String> OFFICIAL = Map.of("ar", "official_name_ar", "zh", "official_name_cn",
            "en", "official_name_en", "fr", "official_name_fr", "ru", "official_name_ru", "es", "official_name_es");
    /** UNTERM marks non-member States (Cook Islands, Niue) with this footnote. */
    private static final String NON_MEMBER_MARK = "**";

    private StatesGenerator() {
    }

    static Model generate(Path shared, Path sources, Iris iris) {
        List<Map<String, String>> rows = TableLib.csv(shared.resolve("reference/country-codes.csv"));
        Map<String, String> qids = new HashMap<>();
        for (Map<String, String> r : TableLib.csv(shared.resolve("reference/regions.codes.csv"))) {
            if (!r.get("iso_alpha3").isBlank() && !r.get("wikidata_code").isBlank()) {
                qids.put(r.get("iso_alpha3").strip(), r.get("wikidata_code").strip());
            }
        }
        List<Map<String, String>> curated = TableLib.tsv(sources.resolve("state-names.tsv"));
        Set<String> curatedStates = new TreeSet<>();
        curated.forEach(c -> curatedStates.add(c.get("iso3")));

        Map<String, Map<String, String>> included = new TreeMap<>();
        for (Map<String, String> r : rows) {
            String iso3 = r.get("ISO3166-1-Alpha-3").strip();
            String shortEn = r.get("UNTERM English Short");
            boolean unterm = !shortEn.isBlank() && !shortEn.contains(NON_MEMBER_MARK);
            if (!iso3.isEmpty() && (unterm || curatedStates.contains(iso3))) {
                included.put(iso3, r);
            }
        }
        Map<String, NameSet> names = new TreeMap<>();
        for (Map.Entry<String, Map<String, String>> e : included.entrySet()) {
            names.put(e.getKey(), tableNames(e.getValue()));
        }
        for (Map<String, String> c : curated) {
            NameSet n = names.get(c.get("iso3"));
            if (n == null) {
                throw new UnkgException("state-names.tsv: unknown ISO code " + c.get("iso3"));
            }
            if ("label".equals(c.get("role"))) {
                n.label(c.get("lang"), c.get("name"));
            } else {
                n.alt(c.get("lang"), c.get("name"));
            }
        }
        names.values().forEach(StatesGenerator::derivedNames);
        Map<String, NameSet> aliasesOnly = new TreeMap<>();
        for (Map<String, String> a : TableLib.tsv(sources.resolve("state-aliases.tsv"))) {
            String key = a.get("iso3");
            if (!names.containsKey(key)) {
                throw new UnkgException("state-aliases.tsv: unknown ISO code " + key);
            }
            names.get(key).alt(a.get("lang"), a.get("alias"));
            aliasesOnly.computeIfAbsent(key, k -> new NameSet()).alt(a.get("lang"), a.get("alias"));
        }
        Ambiguity.resolve(names, aliasesOnly, "state");

        Model m = ModelFactory.createDefaultModel();
        for (Map.Entry<String, NameSet> e : names.entrySet()) {
            String iso3 = e.getKey();
            Map<String, String> row = included.get(iso3);
            for (String lang : LANGS.keySet()) {
                if (e.getValue().label(lang) == null) {
                    throw new UnkgException("no " + lang + " label for " + iso3);
                }
            }
            Resource s = m.createResource(iris.state(iso3.toLowerCase(Locale.ROOT)));
            s.addProperty(RDF.type, UNKG.State);
            e.getValue().write(m, s);
            s.addProperty(UNKG.iso3, iso3);
            s.addProperty(UNKG.iso2, row.get("ISO3166-1-Alpha-2").strip());
            s.addProperty(UNKG.m49, row.get("M49").strip());
            String qid = qids.get(iso3);
            if (qid == null) {
                throw new UnkgException("no Wikidata QID for " + iso3 + " in regions.codes.csv");
            }
            s.addProperty(OWL.sameAs, m.createResource("http://www.wikidata.org/entity/" + qid));
        }
        LOG.info("states: {} States", names.size());
        return m;
    }

    private static NameSet tableNames(Map<String, String> row) {
        NameSet n = new NameSet();
        for (Map.Entry<String, String> l : new TreeMap<>(LANGS).entrySet()) {
            String lang = l.getKey();
            n.label(lang, NameLib.clean(row.get("UNTERM " + l.getValue() + " Short")));
            String formal = NameLib.clean(row.get("UNTERM " + l.getValue() + " Formal"));
            if (!formal.isEmpty()) {
                n.alt(lang, NameLib.stripArticle(formal, lang));
            }
            String official = NameLib.clean(row.get(OFFICIAL.get(lang)));
            if (!official.isEmpty()) {
                n.alt(lang, NameLib.stripArticle(official, lang));
            }
            String iso2 = row.get("ISO3166-1-Alpha-2").strip();
            String cldr = new Locale("", iso2).getDisplayCountry(Locale.forLanguageTag(lang));
            if (!cldr.isBlank() && !cldr.equals(iso2)) {
                n.alt(lang, cldr);
            }
        }
        return n;
    }

    /** Names derived from the others: without a final qualifier ("Iran"), without accents (English). */
    private static void derivedNames(NameSet n) {
        for (String lang : n.languages()) {
            for (String name : new ArrayList<>(n.names(lang))) {
                n.alt(lang, NameLib.withoutQualifier(name));
                if ("en".equals(lang)) {
                    n.alt(lang, NameLib.stripAccents(name));
                }
            }
        }
    }
}
