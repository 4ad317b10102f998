package org.unkg.extract;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * How the names of one language change in running text, from {@code names-<lang>.properties}
 * (data, not code): Russian declines them ("Российская Федерация", "Российской Федерации",
 * "Российскую Федерацию"), Arabic glues clitics to them ("وكازاخستان", "للمملكة المتحدة").
 * <ul>
 * <li>{@code case.X = ending>replacement,...}: one grammatical case as word-ending rules (the
 * longest ending that fits wins; {@code +>a} appends to a word ending in a consonant). Each case
 * is applied to the first 1..n words of a name (n at most 8, so a long treaty title still declines
 * its head: "Конвенции о запрещении разработки, производства …"), since a name's trailing complement keeps its
 * case ("Соединенного Королевства Великобритании и Северной Ирландии").</li>
 * <li>{@code variant.N} / {@code variant.N.to}: a whole-name rewrite (Arabic "ال" after the
 * preposition "ل" is written "لل").</li>
 * <li>{@code prefixes}: clitics that may stand glued before a name (Arabic "و", "ب", "ل").</li>
 * </ul>
 * Languages without a file have no extra forms. Immutable. Public for the name learner
 * ({@code org.unkg.learn}), which reduces declined names to the form this class declines.
 */
public final class NameForms {
    private static final int MAX_WORDS = 16;
    private final List<Map<String, String>> cases = new ArrayList<>();
    private final List<Map.Entry<Pattern, String>> variants = new ArrayList<>();
    private final List<String> prefixes = new ArrayList<>();
    private final String vowels;

    private NameForms(Properties p) {
        for (String k : p.stringPropertyNames().stream().sorted().toList()) {
            if (k.startsWith("case.")) {
                Map<String, String> rules = new LinkedHashMap<>();
                for (String r : p.getProperty(k).split(",")) {
                    int i = r.indexOf('>');
                    if (i >= 0) {
                        rules.put(r.substring(0, i).strip(), r.substring(i + 1).strip());
                    }
                }
                cases.add(rules);
            }
        }
        for (int n = 1; p.getProperty("variant." + n) != null; n++) {
            variants.add(Map.entry(Pattern.compile(p.getProperty("variant." + n)),
                    p.getProperty("variant." + n + ".to", "")));
        }
        for (String s : p.getProperty("prefixes", "").split(",")) {
            if (!s.isBlank()) {
                prefixes.add(s.strip());
            }
        }
        this.vowels = p.getProperty("vowels", "");
    }

    /** The forms of a language; none when it has no data file. */
    public static NameForms forLanguage(String lang) {
        Properties p = lang == null ? null : GrammarLib.properties("names-" + lang.toLowerCase(Locale.ROOT)
                + ".properties");
        return new NameForms(p == null ? new Properties() : p);
    }

    /** Clitics that may be glued before a name. */
    public List<String> prefixes() {
        return prefixes;
    }

    /** The name and the forms it takes in running text. */
    public Set<String> forms(String name) {
        Set<String> out = new LinkedHashSet<>();
        out.add(name);
        for (var v : variants) {
            String t = v.getKey().matcher(name).replaceAll(v.getValue());
            out.add(t);
        }
        String[] words = name.split(" ");
        if (cases.isEmpty()) {
            return out;
        }
        for (Map<String, String> rules : cases) {
            String[] w = words.clone();
            for (int k = 0; k < Math.min(w.length, MAX_WORDS); k++) {
                w[k] = inflect(words[k], rules);
                out.add(String.join(" ", w));
            }
        }
        return out;
    }

    /** A word with the longest fitting ending replaced; a word of digits, symbols or other scripts stays. */
    private String inflect(String word, Map<String, String> rules) {
        if (word.length() < 3 || !word.chars().allMatch(Character::isLetter)) {
            return word;
        }
        String best = null;
        for (String end : rules.keySet()) {
            if (!end.equals("+") && word.endsWith(end) && (best == null || end.length() > best.length())) {
                best = end;
            }
        }
        if (best != null) {
            return word.substring(0, word.length() - best.length()) + rules.get(best);
        }
        char last = Character.toLowerCase(word.charAt(word.length() - 1));
        if (rules.containsKey("+") && !vowels.isEmpty() && vowels.indexOf(last) < 0) {
            return word + rules.get("+");
        }
        return word;
    }
}
