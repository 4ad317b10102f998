package org.unkg.reference;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;

/**
 * The names of one reference entity being built: one label per language and a set of
 * alternative names, deduplicated after {@link ReferenceData#normalize(String)} (the form
 * look-ups use), so the written file has no name twice.
 */
final class NameSet {
    private final Map<String, String> labels = new TreeMap<>();
    private final Map<String, Set<String>> alts = new TreeMap<>();

    /** Sets the label of a language; a previous, different label becomes an alternative name. */
    void label(String lang, String name) {
        if (name == null || name.isBlank()) {
            return;
        }
        String old = labels.put(lang, name.strip());
        if (old != null && !old.equals(name.strip())) {
            alt(lang, old);
        }
    }

    void alt(String lang, String name) {
        if (name != null && !name.isBlank()) {
            alts.computeIfAbsent(lang, k -> new TreeSet<>()).add(name.strip());
        }
    }

    String label(String lang) {
        return labels.get(lang);
    }

    Set<String> languages() {
        Set<String> s = new TreeSet<>(labels.keySet());
        s.addAll(alts.keySet());
        return s;
    }

    /** Every name of a language (label first), one per normalized form. */
    List<String> names(String lang) {
        List<String> out = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        String l = labels.get(lang);
        if (l != null && seen.add(ReferenceData.normalize(l))) {
            out.add(l);
        }
        for (String a : alts.getOrDefault(lang, Set.of())) {
            if (seen.add(ReferenceData.normalize(a))) {
                out.add(a);
            }
        }
        return out;
    }

    /** Drops an alternative name (by normalized form); labels are kept. */
    void removeAlt(String lang, String normalized) {
        Set<String> s = alts.get(lang);
        if (s != null) {
            s.removeIf(a -> ReferenceData.normalize(a).equals(normalized));
        }
    }

    /** Writes rdfs:label and skos:altLabel literals. */
    void write(Model m, Resource r) {
        for (String lang : languages()) {
            String l = labels.get(lang);
            for (String n : names(lang)) {
                if (n.equals(l)) {
                    r.addProperty(RDFS.label, m.createLiteral(n, lang));
                } else {
                    r.addProperty(SKOS.altLabel, m.createLiteral(n, lang));
                }
            }
        }
    }
}
