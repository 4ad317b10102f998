package org.unkg.structure;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.unkg.reference.ReferenceData;
import org.unkg.text.CharTable;

/**
 * Finds the opening verb phrase of a paragraph as printed: the italic opening in markdown, else
 * the longest verb of {@code verbs.ttl} (schemes {@code …/verbs/preambular} and
 * {@code …/verbs/operative}) the paragraph starts with, with the profile's prefixes (又, 再次)
 * allowed before it, else — for languages written with spaces — the profile's grammar: a
 * leading participle or verb with its adverbs, particle and "with …" phrase. A profile may instead
 * give the grammar as a pattern per scheme ({@code verb.pattern.preambular},
 * {@code verb.pattern.operative}: a Russian gerund or finite verb with its adverbs and "с …"
 * phrase, an Arabic "وإذ" + verb), tried when no known verb opens the paragraph. Known verbs
 * match with vowel marks ignored (Arabic tanween, shadda) and with the profile's clitics
 * ({@code verb.clitics}: Arabic "و") present or not.
 */
public final class VerbFinder {
    /** Punctuation (Latin or Arabic) that closes a verb phrase, and spaces before it, at the end. */
    private static final Pattern TRAILING = Pattern.compile("[\\s,;:.\u060c\u061b]+$");
    /** The same punctuation without spaces, at the end of a phrase or of one word. */
    private static final Pattern TRAILING_PUNCT = Pattern.compile("[,;:.\u060c\u061b]+$");
    private final Profile profile;
    private final VerbIndex preambular;
    private final VerbIndex operative;
    private final UnspacedVerbs unspaced;
    private final Pattern preambularPattern;
    private final Pattern operativePattern;
    private final Pattern tailPattern;
    private final Pattern withStop;
    /** The {@code verb.fixed} phrases split into words once (split per word tried, they were ~2 % of the structure). */
    private final List<String[]> fixedPhrases;

    public VerbFinder(Profile profile, ReferenceData ref) {
        this.profile = profile;
        this.preambular = new VerbIndex(withClitics(ref.verbs("preambular", profile.language()),
                profile.list("verb.clitics")), profile.joinsWithSpace());
        this.operative = new VerbIndex(withClitics(ref.verbs("operative", profile.language()),
                profile.list("verb.clitics")), profile.joinsWithSpace());
        this.preambularPattern = compile(profile.get("verb.pattern.preambular"));
        this.operativePattern = compile(profile.get("verb.pattern.operative"));
        this.tailPattern = compile(profile.get("verb.tail"));
        this.withStop = compile(profile.get("verb.with.stop.pattern"));
        this.unspaced = new UnspacedVerbs(profile);
        this.fixedPhrases = profile.list("verb.fixed").stream().map(Words::split).toList();
    }

    private static Pattern compile(String regex) {
        return regex.isBlank() ? null : Pattern.compile(regex);
    }

    /**
     * The verbs with each clitic added or taken off ("وإذ تشير" also as "إذ تشير", "تقرر" also
     * as "وتقرر"), longest first.
     */
    static List<String> withClitics(List<String> verbs, List<String> clitics) {
        if (clitics.isEmpty()) {
            return verbs;
        }
        Set<String> out = new LinkedHashSet<>(verbs);
        for (String v : verbs) {
            for (String c : clitics) {
                if (v.startsWith(c) && v.length() > c.length() + 1 && Character.isLetter(v.charAt(c.length()))) {
                    out.add(v.substring(c.length()));
                } else {
                    out.add(c + v);
                }
            }
        }
        return out.stream().sorted(java.util.Comparator.comparingInt(String::length).reversed()
                .thenComparing(java.util.Comparator.naturalOrder())).toList();
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
        if (!profile.joinsWithSpace()) {
            return unspaced.find(text, isOperative, t -> knownVerb(t, isOperative));
        }
        return knownOrGrammar(text, isOperative);
    }

    /** A known verb (the scheme's, else the other scheme's) without its object, or null. */
    private String knownVerb(String text, boolean isOperative) {
        String known = known(text, isOperative ? operative : preambular);
        if (known == null) {
            known = known(text, isOperative ? preambular : operative);
        }
        return known == null ? null : withoutObject(known);
    }

    private String knownOrGrammar(String text, boolean isOperative) {
        String verb = knownVerb(text, isOperative);
        if (verb != null && adverbsOnly(verb)) {
            String head = byGrammar(text, isOperative);
            verb = head != null && head.length() > verb.length() ? head : verb;
            return verb;
        }
        if (verb != null) {
            return Boolean.parseBoolean(profile.get("verb.extend")) ? withTail(extended(verb, text), text) : withTail(verb, text);
        }
        return byGrammar(text, isOperative);
    }

    private String byGrammar(String text, boolean isOperative) {
        Pattern p = isOperative ? operativePattern : preambularPattern;
        if (p != null) {
            Matcher m = p.matcher(text.length() > 200 ? text.substring(0, 200) : text);
            String found = m.lookingAt() ? TRAILING.matcher(m.group()).replaceAll("") : "";
            return found.isEmpty() ? null : found; // the pattern is this profile's grammar
        }
        return profile.joinsWithSpace() ? grammar(text) : null;
    }

    /**
     * Whether a learned "verb" is only adverbs ("Seriamente", "Toujours", learned from paragraphs
     * that italicized no more): the grammar then finds the head after them.
     */
    private boolean adverbsOnly(String verb) {
        if (!profile.joinsWithSpace() || profile.list("verb.adverbs").isEmpty()) {
            return false;
        }
        for (String x : Words.split(verb)) {
            if (!adverb(x)) {
                return false;
            }
        }
        return true;
    }

    /**
     * A known verb with what the profile's {@code verb.tail} pattern matches right after it (seeing
     * the verb before it: "выражая" + "глубокую обеспокоенность", a gerund + "с удовлетворением").
     */
    private String withTail(String verb, String text) {
        if (tailPattern == null || verb.length() >= text.length()) {
            return verb;
        }
        Matcher m = tailPattern.matcher(text).region(verb.length(), Math.min(text.length(), verb.length() + 120));
        m.useTransparentBounds(true).useAnchoringBounds(false);
        return m.lookingAt() ? TRAILING.matcher(verb + m.group()).replaceAll("") : verb;
    }

    /**
     * A known verb with what the grammar allows after a head ("Reconoce" + "con profunda
     * preocupación", "Alienta" + "firmemente"), for profiles that set {@code verb.extend}.
     */
    private String extended(String verb, String text) {
        if (!profile.joinsWithSpace() || text.length() <= verb.length()) {
            return verb;
        }
        String[] w = Words.split(text, 16);
        int known = Words.split(verb).length;
        if (known >= w.length) {
            return verb;
        }
        List<String> out = new ArrayList<>(List.of(verb));
        tail(w, known, out);
        return TRAILING_PUNCT.matcher(String.join(" ", out)).replaceAll("");
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
            int i = profile.joinsWithSpace() ? wordAt(out, w) : unspacedAt(out, w);
            if (i > 0) {
                out = out.substring(0, i).strip();
            }
        }
        return out;
    }

    /** The first {@code w} in {@code s} not inside a {@code verb.complement.inside} word (其 of 尤其). */
    private int unspacedAt(String s, String w) {
        for (int i = s.indexOf(w); i >= 0; i = s.indexOf(w, i + 1)) {
            final int at = i;
            boolean inside = profile.list("verb.complement.inside").stream().anyMatch(x -> {
                int k = x.indexOf(w);
                return k >= 0 && at - k >= 0 && s.startsWith(x, at - k);
            });
            if (!inside) {
                return i;
            }
        }
        return -1;
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

    private String known(String text, VerbIndex verbs) {
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

    /** The first verb of the list (in its order) the text opens with, as a whole word where words are spaced. */
    private String prefix(String text, VerbIndex verbs) {
        List<String> all = verbs.verbs();
        int second = VerbIndex.second(text);
        for (int k : verbs.candidates(text)) { // the others differ from the text at their first letter
            if (!verbs.secondMatches(k, second)) {
                continue; // nor these, at their second (prefix was 2.5 % of the text build's worker CPU samples)
            }
            String v = all.get(k);
            int end = matchEnd(text, v, profile.joinsWithSpace());
            if (end > 0 && (!profile.joinsWithSpace() || end == text.length() || !Character.isLetter(text.charAt(end)))) {
                return text.substring(0, end);
            }
        }
        return null;
    }

    /**
     * Where a match of {@code verb} at the start of {@code text} ends, vowel marks (non-spacing
     * marks: Arabic tanween, shadda) ignored on both sides and taken with the last letter; -1
     * when the text does not start with the verb.
     */
    static int matchEnd(String text, String verb, boolean ignoreCase) {
        int i = 0;
        for (int j = 0; j < verb.length(); j++) {
            char b = verb.charAt(j);
            if (isMark(b)) {
                continue;
            }
            while (i < text.length() && isMark(text.charAt(i))) {
                i++;
            }
            if (i >= text.length()) {
                return -1;
            }
            char a = text.charAt(i++);
            if (a != b && !(ignoreCase && sameIgnoringCase(a, b))) {
                return -1;
            }
        }
        while (i < text.length() && isMark(text.charAt(i))) {
            i++;
        }
        return i;
    }

    /**
     * Whether {@code a} and {@code b} are equal in lower or in upper case, as
     * {@code Character.toLowerCase}/{@code toUpperCase} say; two ASCII characters are compared
     * without the JDK's tables (no character outside ASCII maps into it from both sides at once,
     * but one may map into it from one side: "K" (Kelvin) to "k", so only a pair of ASCII
     * characters takes the shortcut). {@code StructureGateTest} compares it with the JDK's test.
     */
    static boolean sameIgnoringCase(char a, char b) {
        if ((a | b) < 0x80) {
            return asciiLower(a) == asciiLower(b);
        }
        return Character.toLowerCase(a) == Character.toLowerCase(b) || Character.toUpperCase(a) == Character.toUpperCase(b);
    }

    private static char asciiLower(char c) {
        return c >= 'A' && c <= 'Z' ? (char) (c + 32) : c;
    }

    /**
     * A non-spacing mark, from a table of {@code Character.getType(c) == NON_SPACING_MARK} made
     * once: {@link #matchEnd} asks it for every character it reads, and the JDK's look-up (two
     * tables outside Latin-1) cost most of matchEnd's share on Arabic, Russian and Chinese text.
     */
    static boolean isMark(char c) {
        return (MARKS[c >>> 6] & 1L << c) != 0;
    }

    private static final long[] MARKS = CharTable.of(c -> Character.getType((char) c) == Character.NON_SPACING_MARK);

    /** Grammar fallback: [adverb] Head [adverb] [particle | fixed phrase | with …]. */
    String grammar(String text) {
        String[] w = Words.split(text, 12);
        List<String> adverbs = profile.list("verb.adverbs");
        int i = 0;
        List<String> out = new ArrayList<>();
        while (i < w.length && (adverbs.contains(word(w[i])) || Words.isWord(w[i]) && adverb(w[i]))) {
            out.add(w[i++]);
        }
        if (i + 1 < w.length && out.isEmpty() && profile.list("verb.pronouns").contains(w[i].toLowerCase(Locale.ROOT))) {
            out.add(w[i++]); // a reflexive verb: "Se déclare"
        }
        if (i >= w.length || !Words.isLetters(w[i]) || profile.list("verb.not.heads").contains(word(w[i]))
                || (out.isEmpty() && !Character.isUpperCase(w[i].charAt(0))
                && !Boolean.parseBoolean(profile.get("verb.lowercase")))) {
            return null;
        }
        out.add(w[i++]);
        tail(w, i, out);
        return TRAILING_PUNCT.matcher(String.join(" ", out)).replaceAll("");
    }

    /** After the head: [adverb] [particle | fixed phrase | with …], appended to {@code out}. */
    private void tail(String[] w, int from, List<String> out) {
        List<String> stop = profile.list("verb.stop");
        if (from > 0 && Words.endsWithStop(w[from - 1])) {
            return; // a comma closes the verb phrase ("Reafirma, a este respecto,")
        }
        String head = String.join(" ", out).toLowerCase(Locale.ROOT);
        int i = from;
        if (endsWithAny(head, profile.list("verb.copulas"))) {
            // a copula takes its attribute: "Se déclare vivement préoccupée", "Reste préoccupée",
            // after adverbs and fixed phrases ("Se dit de nouveau vivement préoccupée")
            for (int f = fixed(w, i); i < w.length && (f > 0 || Words.isWord(w[i]) && adverb(w[i])); f = fixed(w, i)) {
                for (int k = Math.max(f, 1); k > 0; k--) {
                    out.add(w[i++]);
                }
            }
            if (i < w.length && Words.isWordP(w[i]) && !stop.contains(word(w[i]))) {
                out.add(w[i]);
            }
            return;
        }
        int stance = stanceObject(w, i, endsWithAny(head, profile.list("verb.object.heads")));
        if (stance > 0) {
            // a stance noun as object, own ("Réaffirme son ferme attachement") or after a verb of
            // expression ("Expresa profunda preocupación"), with the adverbs after it ("también")
            for (int k = 0; k < stance; k++) {
                out.add(w[i++]);
            }
            while (i < w.length && Words.isWord(w[i - 1]) && profile.list("verb.adverbs").contains(word(w[i]))) {
                out.add(w[i++]);
            }
            coordinated(w, i, out);
            return;
        }
        if (profile.list("verb.object.nouns").isEmpty() && endsWithAny(head, profile.list("verb.object.heads"))) {
            // a verb of expression takes its possessive object: "Expresa su profunda preocupación"
            int j = i;
            while (j < w.length && Words.isWord(w[j]) && adverb(w[j])) {
                j++;
            }
            if (j + 1 < w.length && profile.list("verb.possessives").contains(w[j].toLowerCase(Locale.ROOT))) {
                List<String> obj = new ArrayList<>(List.of(w).subList(i, j + 1));
                for (int k = j + 1; k < w.length && k <= j + 2 && Words.isWordP(w[k])
                        && !stop.contains(word(w[k])); k++) {
                    obj.add(w[k]);
                    if (!Words.isWord(w[k])) {
                        break;
                    }
                }
                if (obj.size() > j + 1 - i) {
                    out.addAll(obj);
                    return;
                }
            }
        }
        while (i < w.length && Words.isWord(w[i]) && adverb(w[i])) {
            out.add(w[i++]);
        }
        int fixed = fixed(w, i);
        if (i < w.length && profile.list("verb.particles").contains(word(w[i])) && Words.isWord(w[i])) {
            out.add(w[i++]);
        } else if (fixed > 0) {
            for (int k = 0; k < fixed; k++) {
                out.add(Words.withoutFinalMark(w[i++]));
            }
            if (Words.isWord(w[i - 1])) {
                coordinated(w, i, out);
            }
        } else if (i < w.length && word(w[i]).equals(profile.get("verb.with"))) {
            int max = Integer.parseInt(profile.get("verb.with.max").isEmpty() ? "3" : profile.get("verb.with.max"));
            List<String> tail = new ArrayList<>();
            int j = i + 1;
            while (j < w.length && tail.size() < max && Words.isWordP(w[j]) && !stop.contains(word(w[j]))
                    && (withStop == null || !withStop.matcher(w[j]).lookingAt())) {
                tail.add(w[j]);
                if (!Words.isWord(w[j])) {
                    break;
                }
                j++;
            }
            if (!tail.isEmpty()) {
                out.add(w[i]);
                out.addAll(tail);
                if (Words.isWord(tail.get(tail.size() - 1))) {
                    coordinated(w, j, out);
                }
            }
        } else {
            coordinated(w, i, out);
        }
    }

    /**
     * The stance noun a head takes as object at {@code i}: the profile's possessive, up to two
     * modifiers and a noun of {@code verb.object.nouns} ("son ferme attachement", "su
     * compromiso"); after a verb of expression the possessive may be missing ("Expresando
     * profunda preocupación"). The number of words, or 0.
     */
    private int stanceObject(String[] w, int i, boolean expression) {
        List<String> nouns = profile.list("verb.object.nouns");
        if (nouns.isEmpty() || i >= w.length) {
            return 0;
        }
        int j = i;
        if (profile.list("verb.possessives").contains(w[j].toLowerCase(Locale.ROOT))) {
            j++;
        } else if (!expression) {
            return 0;
        }
        List<String> stop = profile.list("verb.stop");
        for (int k = j; k < w.length && k <= j + 2; k++) {
            String x = word(w[k]);
            if (nouns.contains(x) && Words.isWordP(w[k])) {
                return k + 1 - i;
            }
            if (!Words.isWord(w[k]) || stop.contains(x) || profile.list("verb.not.heads").contains(x)) {
                return 0;
            }
        }
        return 0;
    }

    /**
     * A second verb joined by the profile's conjunction ({@code verb.and}) right after the verb
     * phrase, with its own adverbs and tail: "Rappelant et appréciant", "Deplora y condena en los
     * términos más enérgicos". The second verb is a known one, or has the profile's verb form
     * ({@code verb.and.form}: a present participle or gerund).
     */
    private void coordinated(String[] w, int i, List<String> out) {
        String and = profile.get("verb.and");
        if (and.isEmpty() || i + 1 >= w.length || !w[i].equals(and) || !Words.isWord(w[i - 1])) {
            return;
        }
        int j = i + 1;
        while (j < w.length && Words.isWord(w[j]) && adverb(w[j])) {
            j++;
        }
        if (j >= w.length) {
            return;
        }
        String rest = String.join(" ", List.of(w).subList(j, w.length));
        String second = known(rest, operative);
        String other = known(rest, preambular);
        if (second == null || other != null && other.length() > second.length()) {
            second = other;
        }
        if (second != null) {
            second = withoutObject(TRAILING_PUNCT.matcher(second).replaceAll(""));
        } else {
            String form = profile.get("verb.and.form");
            second = !form.isEmpty() && word(w[j]).matches(form) ? w[j] : null;
        }
        if (second == null || second.isBlank()) {
            return;
        }
        int n = Words.split(second).length;
        for (int k = i; k < j + n; k++) {
            out.add(w[k]);
        }
        if (j + n < w.length && Words.isWord(w[j + n - 1])) {
            List<String> more = new ArrayList<>(out);
            tail(w, j + n, more);
            out.clear();
            out.addAll(more);
        }
    }

    private static boolean endsWithAny(String phrase, List<String> heads) {
        for (String h : heads) {
            String x = h.toLowerCase(Locale.ROOT);
            if (phrase.equals(x) || phrase.endsWith(" " + x)) {
                return true;
            }
        }
        return false;
    }

    /** The number of words of a {@code verb.fixed} phrase ("in mind", "une nouvelle fois") at {@code i}, or 0. */
    private int fixed(String[] w, int i) {
        for (String[] f : fixedPhrases) {
            if (i + f.length > w.length) {
                continue;
            }
            boolean all = true;
            for (int k = 0; k < f.length && all; k++) {
                all = Words.withoutFinalMark(w[i + k]).equalsIgnoreCase(f[k]);
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
                || !profile.list("verb.adverbs.not").contains(x) && !suffix.isEmpty() && x.endsWith(suffix) && x.length() > suffix.length() + 3;
    }

    private static String word(String s) {
        return Words.lettersLower(s);
    }
}
