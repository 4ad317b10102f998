package org.unkg.structure;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.unkg.reference.ReferenceData;

/**
 * Finds the opening verb phrase of a paragraph as printed: the italic opening in markdown, else
 * the longest verb of {@code verbs.ttl} (schemes {@code …/verbs/preambular} and
 * {@code …/verbs/operative}) the paragraph starts with, with the profile's prefixes (又, 再次)
 * allowed before it, else — for languages written with spaces — the profile's grammar: a
 * leading participle or verb with its adverbs, particle and "with …" phrase.
 */
public final class VerbFinder {
    private final Profile profile;
    private final List<String> preambular;
    private final List<String> operative;
    /** The verbs of each list by their first character (case folded where case does not count), in list order. */
    private final Map<Character, List<String>> preambularByFirst;
    private final Map<Character, List<String>> operativeByFirst;

    public VerbFinder(Profile profile, ReferenceData ref) {
        this.profile = profile;
        this.preambular = ref.verbs("preambular", profile.language());
        this.operative = ref.verbs("operative", profile.language());
        this.preambularByFirst = byFirst(preambular);
        this.operativeByFirst = byFirst(operative);
    }

    /** Null when a verb is empty (it would match any text). */
    private Map<Character, List<String>> byFirst(List<String> verbs) {
        Map<Character, List<String>> out = new HashMap<>();
        for (String v : verbs) {
            if (v.isEmpty()) {
                return null;
            }
            out.computeIfAbsent(first(v.charAt(0)), k -> new ArrayList<>()).add(v);
        }
        return out;
    }

    /**
     * The first character as {@link String#regionMatches(boolean, int, String, int, int)} compares it:
     * ignoring case, two characters are equal exactly when their upper-then-lower cases are.
     */
    private char first(char c) {
        return profile.joinsWithSpace() ? Character.toLowerCase(Character.toUpperCase(c)) : c;
    }

    /**
     * The verb of a paragraph. {@code marked} is its text with markdown still in (for italics),
     * {@code text} the clean text, both without the paragraph number.
     */
    public String find(String marked, String text, boolean isOperative) {
        String italic = marked == null ? null : MarkdownLib.italicOpening(marked);
        if (italic != null && text.startsWith(italic)) {
            return italic;
        }
        String known = known(text, isOperative ? operative : preambular);
        if (known == null) {
            known = known(text, isOperative ? preambular : operative);
        }
        if (known != null) {
            String verb = withoutObject(known);
            return Boolean.parseBoolean(profile.get("verb.extend")) ? extended(verb, text) : verb;
        }
        return profile.joinsWithSpace() ? grammar(text) : null;
    }

    /**
     * A known verb with what the grammar allows after a head ("Reconoce" + "con profunda
     * preocupación", "Alienta" + "firmemente"), for profiles that set {@code verb.extend}.
     */
    private String extended(String verb, String text) {
        if (!profile.joinsWithSpace() || text.length() <= verb.length()) {
            return verb;
        }
        String[] w = text.split("\\s+", 16);
        int known = verb.split("\\s+").length;
        if (known >= w.length) {
            return verb;
        }
        List<String> out = new ArrayList<>(List.of(verb));
        tail(w, known, out);
        return String.join(" ", out).replaceAll("[,;:.]+$", "");
    }

    /** Whether a text opens with a verb of verbs.ttl (either scheme), prefixes allowed. */
    public boolean opensWithVerb(String text) {
        return known(text, preambular) != null || known(text, operative) != null;
    }

    /** Cuts a learned verb before a word that opens its complement (其 "its", 坚决 "firm"). */
    private String withoutObject(String verb) {
        String out = verb;
        for (String w : profile.list("verb.complement.words")) {
            // a whole word where words are spaced ("Rappelant que"), anywhere in Chinese
            int i = profile.joinsWithSpace() ? wordAt(out, w) : out.indexOf(w);
            if (i > 0) {
                out = out.substring(0, i).strip();
            }
        }
        return out;
    }

    private static int wordAt(String s, String w) {
        for (int i = s.indexOf(w); i > 0; i = s.indexOf(w, i + 1)) {
            int end = i + w.length();
            boolean elided = w.endsWith("'") || w.endsWith("\u2019"); // "qu’il": the next letter belongs to the next word
            if (Character.isWhitespace(s.charAt(i - 1))
                    && (elided || end == s.length() || !Character.isLetter(s.charAt(end)))) {
                return i;
            }
        }
        return -1;
    }

    private String known(String text, List<String> verbs) {
        String best = prefix(text, verbs);
        for (String p : profile.list("verb.prefixes")) {
            if (text.startsWith(p)) {
                String rest = prefix(text.substring(p.length()), verbs);
                if (rest != null && (best == null || p.length() + rest.length() > best.length())) {
                    best = p + rest;
                }
            }
        }
        return best;
    }

    private String prefix(String text, List<String> verbs) {
        Map<Character, List<String>> index = verbs == preambular ? preambularByFirst
                : verbs == operative ? operativeByFirst : null;
        List<String> candidates = index == null || text.isEmpty() ? verbs
                : index.getOrDefault(first(text.charAt(0)), List.of()); // no other verb can match: same first found
        for (String v : candidates) {
            if (text.regionMatches(profile.joinsWithSpace(), 0, v, 0, v.length())
                    && (!profile.joinsWithSpace() || text.length() == v.length()
                        || !Character.isLetter(text.charAt(v.length())))) {
                return text.substring(0, v.length());
            }
        }
        return null;
    }

    /** Grammar fallback: [adverb] Head [adverb] [particle | fixed phrase | with …]. */
    String grammar(String text) {
        String[] w = text.split("\\s+", 12);
        List<String> adverbs = profile.list("verb.adverbs");
        int i = 0;
        List<String> out = new ArrayList<>();
        while (i < w.length && adverbs.contains(word(w[i]))) {
            out.add(w[i++]);
        }
        if (i + 1 < w.length && out.isEmpty() && profile.list("verb.pronouns").contains(w[i].toLowerCase(Locale.ROOT))) {
            out.add(w[i++]); // a reflexive verb: "Se déclare"
        }
        if (i >= w.length || !w[i].matches("\\p{L}+") || (out.isEmpty() && !Character.isUpperCase(w[i].charAt(0))
                && !Boolean.parseBoolean(profile.get("verb.lowercase")))) {
            return null;
        }
        out.add(w[i++]);
        tail(w, i, out);
        return String.join(" ", out).replaceAll("[,;:.]+$", "");
    }

    /** After the head: [adverb] [particle | fixed phrase | with …], appended to {@code out}. */
    private void tail(String[] w, int from, List<String> out) {
        List<String> stop = profile.list("verb.stop");
        int i = from;
        while (i < w.length && w[i].matches("\\p{L}+") && adverb(w[i])) {
            out.add(w[i++]);
        }
        int fixed = fixed(w, i);
        if (i < w.length && profile.list("verb.particles").contains(word(w[i])) && w[i].matches("\\p{L}+")) {
            out.add(w[i++]);
        } else if (fixed > 0) {
            for (int k = 0; k < fixed; k++) {
                out.add(w[i++].replaceAll("[,;:.]$", ""));
            }
        } else if (i < w.length && word(w[i]).equals(profile.get("verb.with"))) {
            int max = Integer.parseInt(profile.get("verb.with.max").isEmpty() ? "3" : profile.get("verb.with.max"));
            List<String> tail = new ArrayList<>();
            int j = i + 1;
            while (j < w.length && tail.size() < max && w[j].matches("\\p{L}+[,;:]?") && !stop.contains(word(w[j]))) {
                tail.add(w[j]);
                if (!w[j].matches("\\p{L}+")) {
                    break;
                }
                j++;
            }
            if (!tail.isEmpty()) {
                out.add(w[i]);
                out.addAll(tail);
            }
        }
    }

    /** The number of words of a {@code verb.fixed} phrase ("in mind", "une nouvelle fois") at {@code i}, or 0. */
    private int fixed(String[] w, int i) {
        for (String phrase : profile.list("verb.fixed")) {
            String[] f = phrase.split("\\s+");
            if (i + f.length > w.length) {
                continue;
            }
            boolean all = true;
            for (int k = 0; k < f.length && all; k++) {
                all = w[i + k].replaceAll("[,;:.]$", "").equalsIgnoreCase(f[k]);
            }
            if (all) {
                return f.length;
            }
        }
        return 0;
    }

    /** A listed adverb, or a word with the profile's adverb ending ("-ment", "-mente"). */
    private boolean adverb(String w) {
        String x = word(w);
        String suffix = profile.get("verb.adverb.suffix");
        return profile.list("verb.adverbs").contains(x)
                || !suffix.isEmpty() && x.endsWith(suffix) && x.length() > suffix.length() + 3;
    }

    private static String word(String s) {
        return s.replaceAll("[^\\p{L}]", "").toLowerCase(Locale.ROOT);
    }
}
