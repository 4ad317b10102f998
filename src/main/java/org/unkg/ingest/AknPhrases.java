package org.unkg.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.TreeMap;

/**
 * The language data of the AKN reader ({@code akn.properties}): AKN language codes, committee
 * names per language with their normalized English name, and sponsor-list conjunctions.
 * Immutable; load once with {@link #load()} and share.
 */
final class AknPhrases {
    private final Map<String, String> languages;
    private final Map<String, String> committeeEnglish;           // AKN id -> English name
    private final Map<String, List<String>> committeeNames;       // English name -> printed names (all languages)
    private final String noCommittee;
    private final Map<String, List<String>> conjunctions;

    private AknPhrases(Properties p) {
        Map<String, String> langs = new TreeMap<>();
        Map<String, String> english = new TreeMap<>();
        Map<String, List<String>> names = new LinkedHashMap<>();
        Map<String, List<String>> conj = new TreeMap<>();
        for (String k : new TreeMap<>(toMap(p)).keySet()) {
            String v = p.getProperty(k).strip();
            String[] parts = k.split("\\.");
            if (parts[0].equals("language") && parts.length == 2) {
                langs.put(parts[1], v);
            } else if (parts[0].equals("committee") && parts.length == 3 && parts[2].equals("en")) {
                english.put(parts[1], v);
            } else if (parts[0].equals("conjunction") && parts.length == 2) {
                conj.put(parts[1], List.of(v.replace('_', ' ').split("\\|")));
            }
        }
        for (var e : english.entrySet()) {
            List<String> all = new ArrayList<>();
            for (String k : p.stringPropertyNames()) {
                if (k.startsWith("committee." + e.getKey() + ".")) {
                    all.addAll(List.of(p.getProperty(k).strip().split("\\|")));
                }
            }
            all.sort((a, b) -> b.length() - a.length()); // longest first: a name inside another loses
            names.put(e.getValue(), List.copyOf(all));
        }
        this.languages = Map.copyOf(langs);
        this.committeeEnglish = Map.copyOf(english);
        this.committeeNames = Map.copyOf(names);
        this.noCommittee = p.getProperty("committee.none", "noMainCommittee").strip();
        this.conjunctions = Map.copyOf(conj);
    }

    private static Map<String, String> toMap(Properties p) {
        Map<String, String> m = new TreeMap<>();
        p.stringPropertyNames().forEach(k -> m.put(k, p.getProperty(k)));
        return m;
    }

    static AknPhrases load() {
        Properties p = new Properties();
        try (InputStream in = AknPhrases.class.getResourceAsStream("akn.properties")) {
            if (in == null) {
                throw new IllegalStateException("akn.properties missing from the classpath");
            }
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new AknPhrases(p);
    }

    /** ISO 639-1 code for an AKN language code ("zho" → "zh"); two-letter codes pass through. */
    Optional<String> language(String aknCode) {
        if (aknCode == null) {
            return Optional.empty();
        }
        String c = aknCode.strip().toLowerCase(Locale.ROOT);
        if (c.length() == 2 && languages.containsValue(c)) {
            return Optional.of(c);
        }
        return Optional.ofNullable(languages.get(c));
    }

    /** Whether an AKN id ("#noMainCommittee") says "without reference to a Main Committee". */
    boolean isNoCommittee(String id) {
        return id != null && id.replaceFirst("^#", "").equals(noCommittee);
    }

    /** English name of the committee an AKN id ("#thirdCommittee") stands for. */
    Optional<String> committeeById(String id) {
        return id == null ? Optional.empty() : Optional.ofNullable(committeeEnglish.get(id.replaceFirst("^#", "")));
    }

    /** English name of the committee whose printed name (any language) occurs in a phrase. */
    Optional<String> committeeInText(String phrase) {
        if (phrase == null) {
            return Optional.empty();
        }
        String t = phrase.toLowerCase(Locale.ROOT);
        String best = null;
        int bestLen = 0;
        for (var e : committeeNames.entrySet()) {
            for (String n : e.getValue()) {
                if (n.length() > bestLen && t.contains(n.toLowerCase(Locale.ROOT))) {
                    best = e.getKey();
                    bestLen = n.length();
                }
            }
        }
        return Optional.ofNullable(best);
    }

    /** Conjunctions for a language with their spaces (" and "), English last (sponsor lists are often English in every version). */
    List<String> conjunctions(String lang) {
        List<String> out = new ArrayList<>(conjunctions.getOrDefault(lang, List.of()));
        for (String en : conjunctions.getOrDefault("en", List.of(" and "))) {
            if (!out.contains(en)) {
                out.add(en);
            }
        }
        return out;
    }
}
