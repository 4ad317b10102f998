package org.unkg.ingest;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

import org.unkg.model.Sponsor;
import org.unkg.reference.ReferenceData;

/**
 * Splits a printed sponsor list ("Armenia, Belarus, Kazakhstan and Uzbekistan") into sponsors
 * resolved to State keys. Commas inside parentheses ("Uganda (on behalf of ... the Group of 77
 * and China)") do not split; the conjunction before the last name does, unless the whole name
 * is a State ("Antigua and Barbuda"), where the reference data decides. A phrase that is not a
 * list ("submitted by the President of the General Assembly") stays one unresolved sponsor.
 *
 * <pre>{@code
 * new SponsorList(ref, phrases).split("Kazakhstan and Uzbekistan", "en", false);
 * }</pre>
 */
final class SponsorList {
    private static final int MAX_NAMES = 400;
    /** Names remembered per cache: the sample prints a few thousand distinct ones; hostile input stops adding. */
    private static final int MAX_CACHED = 20_000;

    private final ReferenceData ref;
    private final AknPhrases phrases;
    /**
     * Results of {@link #resolve} and {@link #stateKey} by language and name ("" for none): both are
     * pure functions of immutable data, and every file names the same States again (a recorded vote
     * lists 193 in each of six languages), so their normalizations are computed once. Thread-safe.
     */
    private final Map<String, String> resolved = new ConcurrentHashMap<>();
    private final Map<String, String> stateKeys = new ConcurrentHashMap<>();

    SponsorList(ReferenceData ref, AknPhrases phrases) {
        this.ref = ref;
        this.phrases = phrases;
    }

    List<Sponsor> split(String printed, String lang, boolean additional) {
        List<Sponsor> out = new ArrayList<>();
        if (printed == null) {
            return out;
        }
        String s = AknText.collapse(printed);
        if (s.isEmpty()) {
            return out;
        }
        if (Character.isLowerCase(s.charAt(0))) {
            out.add(new Sponsor(s, resolve(s, lang), additional)); // a phrase, not a list of names
            return out;
        }
        List<String> names = topLevel(s, ",，،;");
        if (names.size() > MAX_NAMES) {
            names = names.subList(0, MAX_NAMES);
        }
        List<String> all = new ArrayList<>(names.subList(0, names.size() - 1));
        all.addAll(splitLast(names.get(names.size() - 1), lang));
        for (String n : all) {
            if (!n.isEmpty()) {
                out.add(new Sponsor(n, resolve(n, lang), additional));
            }
        }
        return out;
    }

    /** The last element of a list: "Zimbabwe and State of Palestine" is two names. */
    private List<String> splitLast(String last, String lang) {
        if (resolve(last, lang) != null) {
            return List.of(last);
        }
        List<int[]> cuts = new ArrayList<>();
        for (String needle : phrases.conjunctions(lang)) {
            int depth = 0;
            for (int i = 0; i < last.length(); i++) {
                char ch = last.charAt(i);
                depth += ch == '(' ? 1 : ch == ')' ? -1 : 0;
                if (depth == 0 && last.startsWith(needle, i)) {
                    cuts.add(new int[] {i, i + needle.length()});
                }
            }
        }
        if (cuts.isEmpty()) {
            return List.of(last);
        }
        // the cut with the most halves that are States; on a tie the last ("Saint Vincent and the
        // Grenadines and Samoa" is more often printed than a two-word State after the cut)
        int[] chosen = null;
        int best = -1;
        for (int[] cut : cuts) {
            int score = (resolve(last.substring(0, cut[0]).strip(), lang) != null ? 1 : 0)
                    + (resolve(last.substring(cut[1]).strip(), lang) != null ? 1 : 0);
            if (score >= best) {
                best = score;
                chosen = cut;
            }
        }
        String a = last.substring(0, chosen[0]).strip();
        String b = last.substring(chosen[1]).strip();
        List<String> out = new ArrayList<>();
        out.add(a);
        out.add(b);
        return out;
    }

    /** The State key of a name; a trailing "(on behalf of ...)" is dropped if the name alone is not found. */
    String resolve(String name, String lang) {
        return cached(resolved, name, lang, () -> lookUp(name, lang));
    }

    /** The State key of a voter's or an extract's name: the reference data's, else {@link #resolve}'s. */
    String stateKey(String name, String lang) {
        return cached(stateKeys, name, lang, () -> ref.stateKey(name, lang).orElseGet(() -> resolve(name, lang)));
    }

    private static String cached(Map<String, String> cache, String name, String lang, Supplier<String> compute) {
        String key = lang + '\u0000' + name;
        String k = cache.get(key);
        if (k == null) {
            String v = compute.get();
            k = v == null ? "" : v;
            if (cache.size() < MAX_CACHED) {
                cache.put(key, k);
            }
        }
        return k.isEmpty() ? null : k;
    }

    private String lookUp(String name, String lang) {
        String n = name.strip().replaceAll("[.;:]+$", "");
        Optional<String> k = ref.stateKey(n, lang);
        if (k.isEmpty() && n.endsWith(")") && n.indexOf('(') > 0) {
            k = ref.stateKey(n.substring(0, n.indexOf('(')).strip(), lang);
        }
        if (k.isEmpty() && n.matches("the\\p{Lu}.*")) { // "theRepublic of Korea": a space lost in the source
            k = ref.stateKey(n.substring(3), lang);
        }
        if (k.isEmpty() && n.indexOf(' ') > 0 && n.indexOf('-') < 0 && n.split(" ").length == 2) {
            k = ref.stateKey(n.replace(' ', '-'), lang); // "Guinea Bissau", "Timor Leste"
        }
        if (k.isEmpty()) { // "TÜRKİYE": upper-case dotted I does not lower-case to a plain i
            String folded = Normalizer.normalize(n, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
            if (!folded.equals(n)) {
                k = ref.stateKey(folded, lang);
            }
        }
        return k.orElse(null);
    }

    /** Splits on any of {@code seps} outside parentheses; parts stripped. */
    static List<String> topLevel(String s, String seps) {
        List<String> out = new ArrayList<>();
        int depth = 0;
        int from = 0;
        for (int i = 0; i < s.length(); i++) {
            char ch = s.charAt(i);
            if (ch == '(' || ch == '（') {
                depth++;
            } else if ((ch == ')' || ch == '）') && depth > 0) {
                depth--;
            } else if (depth == 0 && seps.indexOf(ch) >= 0) {
                out.add(s.substring(from, i).strip());
                from = i + 1;
            }
        }
        out.add(s.substring(from).strip());
        out.removeIf(String::isEmpty);
        if (out.isEmpty()) {
            out.add(s.strip());
        }
        return out;
    }
}
