package org.unkg.learn;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.function.Predicate;
import java.util.function.ToIntFunction;

import org.unkg.UnkgException;
import org.unkg.extract.NameForms;

/**
 * Takes a Russian name printed in an oblique case ("Совета Европы", "Генеральной Ассамблеи")
 * back to the form the gazetteer declines ({@link NameForms}): the nominative candidates are
 * made by undoing each case ending rule of {@code names-ru.properties} on the first 1..n words,
 * and a candidate is kept only when {@link NameForms#forms} declines it into the printed form.
 * Among those, a candidate whose words are all printed somewhere in the sample wins (a made-up
 * form, such as "Генеральное секретарй", is not printed), then the one whose forms cover the most of the
 * name's evidence, then one other than the printed form, then the shortest.
 */
final class Nominative {
    private final NameForms forms;
    private final List<Map<String, String>> reverse = new ArrayList<>(); // per case: replacement -> endings

    /** The reducer for Russian, from the same case rules the gazetteer uses. */
    static Nominative russian() {
        return new Nominative(NameForms.forLanguage("ru"), rules("/org/unkg/extract/names-ru.properties"));
    }

    private Nominative(NameForms forms, Properties rules) {
        this.forms = forms;
        for (String k : rules.stringPropertyNames().stream().sorted().toList()) {
            if (k.startsWith("case.")) {
                Map<String, String> m = new LinkedHashMap<>();
                for (String r : rules.getProperty(k).split(",")) {
                    int i = r.indexOf('>');
                    if (i > 0) {
                        String end = r.substring(0, i).strip();
                        String rep = r.substring(i + 1).strip();
                        m.merge(rep, end.equals("+") ? "" : end, (a, b) -> a + "|" + b);
                    }
                }
                reverse.add(m);
            }
        }
    }

    private static Properties rules(String resource) {
        Properties p = new Properties();
        try (InputStream in = Nominative.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new UnkgException("missing resource " + resource);
            }
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return p;
    }

    /** The forms the gazetteer matches for a name. */
    Set<String> forms(String name) {
        return forms.forms(name);
    }

    /**
     * The nominative of {@code printed}: {@code coverage} scores a candidate's forms against the
     * evidence, {@code printedSomewhere} says whether a candidate is printed in the sample.
     */
    String reduce(String printed, ToIntFunction<Set<String>> coverage, Predicate<String> printedSomewhere) {
        Set<String> cands = new LinkedHashSet<>();
        cands.add(printed);
        String[] words = printed.split(" ");
        for (Map<String, String> rules : reverse) {
            List<String> partial = List.of("");
            for (int k = 0; k < words.length && k < 4; k++) {
                List<String> next = new ArrayList<>();
                for (String head : partial) {
                    for (String w : undo(words[k], rules)) {
                        next.add(head.isEmpty() ? w : head + " " + w);
                    }
                }
                partial = next.size() > 64 ? next.subList(0, 64) : next;
                String tail = String.join(" ", List.of(words).subList(k + 1, words.length));
                for (String h : partial) {
                    cands.add(tail.isEmpty() ? h : h + " " + tail);
                }
            }
        }
        List<String> valid = cands.stream().filter(c -> forms.forms(c).contains(printed)).toList();
        return valid.stream().min(Comparator
                .comparing((String c) -> !printedSomewhere.test(c))
                .thenComparingInt(c -> -coverage.applyAsInt(forms.forms(c)))
                .thenComparing(c -> c.equals(printed))
                .thenComparingInt(String::length)
                .thenComparing(Comparator.naturalOrder())).orElse(printed);
    }

    /** The words a case rule turns into {@code word}; the word itself when no rule fits. */
    private static List<String> undo(String word, Map<String, String> rules) {
        List<String> out = new ArrayList<>();
        out.add(word);
        for (Map.Entry<String, String> r : rules.entrySet()) {
            if (word.endsWith(r.getKey()) && word.length() > r.getKey().length() + 1) {
                String stem = word.substring(0, word.length() - r.getKey().length());
                for (String end : r.getValue().split("\\|", -1)) {
                    out.add(stem + end);
                }
            }
        }
        return out;
    }
}
