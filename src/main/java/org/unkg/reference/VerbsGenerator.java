package org.unkg.reference;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Pattern;

import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.SKOS;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.unkg.UnkgException;
import org.unkg.rdf.Iris;
import org.unkg.rdf.UNKG;

/**
 * Builds {@code verbs.ttl}: the preambular and operative verbs of the AKN sample per language
 * (the opening italic or bold span of each preambular container and operative paragraph, or the
 * container's name when it has none), kept when seen at least {@link #MIN_COUNT} times in a
 * scheme. English verbs get a citation relation from {@code verb-relations.tsv}; a verb of
 * another language gets the relation most often held by the English verb of the same paragraph
 * (same resolution, same eId) when that is a relation and not "none".
 */
final class VerbsGenerator {
    private static final Logger LOG = LoggerFactory.getLogger(VerbsGenerator.class);
    static final int MIN_COUNT = 2;
    /**
     * Share of the paragraphs whose text starts with a verb's words that must open with that verb
     * (or a longer one), else the span is a shorter verb with its object that a few paragraphs
     * happened to italicize ("Stresses the importance": 3 of 171 paragraphs starting so).
     */
    static final double MIN_SHARE = 0.5;
    private static final Pattern NUMBER = Pattern.compile("^\\(?\\p{Nd}{1,3}[.)]?\\s*");
    private static final int MAX_WORDS = 6;
    private static final int MAX_CHARS = 40;
    private static final String NONE = "";
    private static final Map<String, String> SCHEMES = Map.of("preamble", "preambular", "operative", "operative");

    private VerbsGenerator() {
    }

    static Model generate(List<AknSample.Doc> docs, Path sources, Iris iris) {
        List<String[]> table = new ArrayList<>();
        for (Map<String, String> r : TableLib.tsv(sources.resolve("verb-relations.tsv"))) {
            table.add(new String[] {ReferenceData.normalize(r.get("verb")), r.get("relation")});
        }
        Map<String, Map<String, Integer>> counts = new TreeMap<>(); // "lang\tverb" -> scheme -> count
        Map<String, Map<String, Integer>> votes = new TreeMap<>();  // "lang\tverb" -> relation -> count
        Map<String, Map<String, String>> english = new HashMap<>(); // doc -> eId -> English verb
        for (AknSample.Doc d : docs) {
            if (d.lang().equals("en")) {
                Map<String, String> byId = english.computeIfAbsent(d.doc(), k -> new HashMap<>());
                d.paras().forEach(p -> verb(p).ifPresent(v -> byId.put(p.eId(), v)));
            }
        }
        for (AknSample.Doc d : docs) {
            Map<String, String> en = english.getOrDefault(d.doc(), Map.of());
            for (AknSample.Para p : d.paras()) {
                Optional<String> v = verb(p);
                if (v.isEmpty()) {
                    continue;
                }
                String k = d.lang() + "\t" + v.get();
                counts.computeIfAbsent(k, x -> new TreeMap<>()).merge(SCHEMES.get(p.kind()), 1, Integer::sum);
                String enVerb = d.lang().equals("en") ? v.get() : en.get(p.eId());
                if (enVerb != null) {
                    votes.computeIfAbsent(k, x -> new TreeMap<>()).merge(relation(table, enVerb), 1, Integer::sum);
                }
            }
        }
        Map<String, List<String[]>> openings = openings(docs);
        Model m = ModelFactory.createDefaultModel();
        Map<String, String> used = new HashMap<>();
        int kept = 0;
        for (Map.Entry<String, Map<String, Integer>> e : counts.entrySet()) {
            String lang = e.getKey().substring(0, e.getKey().indexOf('\t'));
            String verb = e.getKey().substring(lang.length() + 1);
            Map<String, Integer> inSchemes = new TreeMap<>(e.getValue());
            inSchemes.values().removeIf(c -> c < MIN_COUNT);
            inSchemes.keySet().removeIf(scheme -> !opensMostParagraphs(openings, lang + "\t" + scheme, verb));
            if (inSchemes.isEmpty()) {
                continue;
            }
            String iri = iris.base() + "verb/" + lang + "/" + slug(verb);
            String prev = used.put(iri, verb);
            if (prev != null) {
                throw new UnkgException("verbs '" + prev + "' and '" + verb + "' have the same IRI " + iri);
            }
            Resource c = m.createResource(iri);
            c.addProperty(RDF.type, SKOS.Concept);
            c.addProperty(SKOS.prefLabel, m.createLiteral(verb, lang));
            inSchemes.forEach((scheme, n) -> {
                c.addProperty(SKOS.inScheme, m.createResource(iris.base() + "verbs/" + scheme));
                c.addProperty(SKOS.note, scheme + " count " + n);
            });
            majority(votes.getOrDefault(e.getKey(), Map.of()))
                    .ifPresent(rel -> c.addProperty(UNKG.relation, m.createResource(UNKG.NS + rel)));
            kept++;
        }
        for (String scheme : SCHEMES.values()) {
            Resource s = m.createResource(iris.base() + "verbs/" + scheme);
            s.addProperty(RDF.type, SKOS.ConceptScheme);
            s.addProperty(SKOS.prefLabel, m.createLiteral(scheme + " verbs of General Assembly resolutions", "en"));
        }
        LOG.info("verbs: {} kept of {} seen", kept, counts.size());
        return m;
    }

    /** "lang\tscheme" to each paragraph's text (without its number) and verb ("" when none). */
    private static Map<String, List<String[]>> openings(List<AknSample.Doc> docs) {
        Map<String, List<String[]>> out = new HashMap<>();
        for (AknSample.Doc d : docs) {
            for (AknSample.Para p : d.paras()) {
                out.computeIfAbsent(d.lang() + "\t" + SCHEMES.get(p.kind()), k -> new ArrayList<>())
                        .add(new String[] {NUMBER.matcher(p.text()).replaceFirst(""), verb(p).orElse("")});
            }
        }
        return out;
    }

    /**
     * Whether at least {@link #MIN_SHARE} of the paragraphs of a scheme and language whose text
     * starts with the verb's words open with the verb or a longer verb starting with it.
     */
    private static boolean opensMostParagraphs(Map<String, List<String[]>> openings, String langScheme, String verb) {
        if (!verb.contains(" ") && !unspaced(verb)) {
            return true; // a one-word verb is the head of the phrase: nothing shorter to prefer
        }
        int starts = 0;
        int opens = 0;
        for (String[] p : openings.getOrDefault(langScheme, List.of())) {
            if (startsWith(p[0], verb)) {
                starts++;
                opens += startsWith(p[1], verb) ? 1 : 0;
            }
        }
        return starts == 0 || opens >= starts * MIN_SHARE;
    }

    /**
     * Whether {@code text} starts with the words of {@code verb} (case aside), not inside a word;
     * in a script written without spaces any prefix is a run of words.
     */
    private static boolean startsWith(String text, String verb) {
        return text.regionMatches(true, 0, verb, 0, verb.length())
                && (text.length() == verb.length() || unspaced(verb)
                    || !Character.isLetter(text.charAt(verb.length())));
    }

    /**
     * Whether a verb is written without spaces between words (Han script): any learned verb
     * may then be a shorter verb with the start of its object ("重申承诺" for "重申"), so the
     * share test applies to every verb, not only to those of several words.
     */
    static boolean unspaced(String verb) {
        return verb.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN);
    }

    /** The paragraph's verb: its opening span, else its container's name; empty when too long to be a verb. */
    static Optional<String> verb(AknSample.Para p) {
        String v = p.lead() != null ? p.lead() : p.containerName();
        if (v == null) {
            return Optional.empty();
        }
        v = v.replaceAll("[\\s\\u00a0]+", " ").replaceAll("^[\\p{Punct}\\s]+|[\\p{Punct}\\s，：；、]+$", "").strip();
        if (v.isEmpty() || v.length() > MAX_CHARS || v.split(" ").length > MAX_WORDS || v.matches(".*\\d.*")) {
            return Optional.empty();
        }
        return Optional.of(v);
    }

    /** The relation of an English verb: a table verb that is the whole verb or a run of its words ("Recalling also"). */
    private static String relation(List<String[]> table, String verb) {
        String v = " " + ReferenceData.normalize(verb) + " ";
        String best = NONE;
        int bestLen = 0;
        for (String[] row : table) {
            if (v.contains(" " + row[0] + " ") && row[0].length() > bestLen) {
                best = row[1];
                bestLen = row[0].length();
            }
        }
        return best;
    }

    private static Optional<String> majority(Map<String, Integer> votes) {
        String best = null;
        int n = 0;
        for (Map.Entry<String, Integer> e : votes.entrySet()) {
            if (e.getValue() > n) {
                best = e.getKey();
                n = e.getValue();
            }
        }
        return best == null || best.equals(NONE) ? Optional.empty() : Optional.of(best);
    }

    private static String slug(String verb) {
        String ascii = NameLib.slug(verb);
        if (!ascii.isEmpty() && NameLib.stripAccents(verb).chars().allMatch(c -> c < 128)) {
            return ascii;
        }
        return Iris.segment(verb.toLowerCase(Locale.ROOT).replaceAll("[\\s\\p{Punct}]+", "-"));
    }
}
