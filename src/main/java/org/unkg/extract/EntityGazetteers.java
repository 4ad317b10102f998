package org.unkg.extract;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;

import org.unkg.reference.ReferenceData;

/**
 * One {@link Gazetteer} per language for one kind of reference entity: the names of that
 * language plus the English names (English acronyms and names are printed in other languages'
 * texts too), with {@link NameVariants}, the acronym, and the blockers listed for that kind in
 * {@code not-names.properties}. Built once from the reference data.
 */
final class EntityGazetteers {
    private final Map<String, Gazetteer> byLang = new HashMap<>();
    private final Gazetteer fallback;

    EntityGazetteers(List<ReferenceData.Entry> entries, String kind) {
        Set<String> langs = new TreeSet<>();
        langs.add("en");
        for (ReferenceData.Entry e : entries) {
            langs.addAll(e.labels().keySet());
            langs.addAll(e.aliases().keySet());
        }
        Properties blockers = blockers();
        for (String lang : langs) {
            Map<String, String> names = names(entries, lang, blockers.getProperty(kind + "." + lang, ""));
            for (String ignored : blockers.getProperty(kind + ".ignore", "").split(",")) {
                names.remove(ignored.strip());
            }
            byLang.put(lang, new Gazetteer(names, NameForms.forLanguage(lang).prefixes()));
        }
        this.fallback = byLang.get("en");
    }

    /** The gazetteer for a language (English when the reference data has no names in it). */
    Gazetteer forLanguage(String lang) {
        return lang == null ? fallback : byLang.getOrDefault(lang, fallback);
    }

    private static Map<String, String> names(List<ReferenceData.Entry> entries, String lang, String blockers) {
        Map<String, String> names = new LinkedHashMap<>();
        for (String b : blockers.split(",")) {
            if (!b.isBlank()) {
                names.put(b.strip(), null);
            }
        }
        NameForms inflected = NameForms.forLanguage(lang);
        for (String l : lang.equals("en") ? List.of("en") : List.of(lang, "en")) {
            for (ReferenceData.Entry e : entries) {
                for (String n : e.names(l)) {
                    for (String v : l.equals(lang) ? forms(n, inflected) : NameVariants.of(n, true)) {
                        names.putIfAbsent(v, e.key());
                        if (!e.key().equals(names.get(v)) && names.get(v) != null) {
                            names.put(v, e.key() + "\u0000ambiguous");
                        }
                    }
                }
            }
        }
        for (ReferenceData.Entry e : entries) {
            if (e.acronym() != null && !e.acronym().isBlank()) {
                names.putIfAbsent(e.acronym().strip(), e.key());
            }
        }
        names.values().removeIf(k -> k != null && k.endsWith("\u0000ambiguous"));
        return names;
    }

    /** The variants of a name, each in the forms the language's grammar gives it (cases, clitics). */
    private static Set<String> forms(String name, NameForms inflected) {
        Set<String> out = new java.util.LinkedHashSet<>();
        for (String v : NameVariants.of(name, true)) {
            out.addAll(inflected.forms(v));
        }
        return out;
    }

    private static Properties blockers() {
        Properties p = new Properties();
        try (InputStream in = EntityGazetteers.class.getResourceAsStream("not-names.properties")) {
            if (in != null) {
                p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return p;
    }
}
