package org.unkg.structure;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A whole-string pattern split at its top-level alternatives, each alternative kept behind the
 * text every match of it holds ({@link RequiredText}), so a line is run only through the
 * alternatives it can match. {@link RequiredText} alone finds nothing in a pattern like the page
 * furniture ("^(?:\d{1,3}|A/RES/...|\S.*\S\s{2,}A/RES/...|General Assembly|...)$"), whose
 * alternatives share no text: the regex runs on every line, and its "\S.*\S" alternative scans
 * every line to its end and back. Split, most alternatives need a text the line lacks, and the
 * rest (those that need none, here the ones that open with a digit) fail at the first character.
 *
 * <p>{@link #matches} says what {@code pattern.matcher(s).matches()} says: a string matches
 * {@code (?:A|B)} as a whole exactly when it matches {@code A} or {@code B} as a whole (the
 * alternation backtracks into B when A cannot reach the end), and "^" at the start and "$" at the
 * end change nothing in a whole-string match. A pattern the split does not understand (flags,
 * quoting, back references) stays one alternative, behind its own required text.
 * {@code FastPathEquivalenceTest} compares the two on generated lines. Immutable and thread-safe;
 * the caller keeps the matchers.
 */
final class PatternGate {
    /** Alternatives grouped by the text they need ("" for none), each group one pattern. */
    private final String[] needs;
    private final Pattern[] parts;

    private PatternGate(String[] needs, Pattern[] parts) {
        this.needs = needs;
        this.parts = parts;
    }

    /** The gate of a pattern meant for whole-string matching. */
    static PatternGate of(Pattern p) {
        List<String> alternatives = split(p);
        if (alternatives == null || alternatives.size() < 2) {
            return new PatternGate(new String[] {RequiredText.of(p)}, new Pattern[] {p});
        }
        Map<String, List<String>> byNeed = new LinkedHashMap<>();
        for (String a : alternatives) {
            String need = RequiredText.of(Pattern.compile(a));
            byNeed.computeIfAbsent(need, k -> new ArrayList<>()).add(a);
        }
        String[] needs = new String[byNeed.size()];
        Pattern[] parts = new Pattern[byNeed.size()];
        int i = 0;
        for (Map.Entry<String, List<String>> e : byNeed.entrySet()) {
            needs[i] = e.getKey();
            parts[i] = Pattern.compile(e.getValue().size() == 1 ? e.getValue().get(0)
                    : "(?:" + String.join(")|(?:", e.getValue()) + ")");
            i++;
        }
        return new PatternGate(needs, parts);
    }

    /** Whether the whole of {@code s} matches; {@code matcher} gives a reusable matcher of a part. */
    boolean matches(String s, Function<Pattern, Matcher> matcher) {
        for (int i = 0; i < parts.length; i++) {
            if ((needs[i].isEmpty() || s.contains(needs[i])) && matcher.apply(parts[i]).reset(s).matches()) {
                return true;
            }
        }
        return false;
    }

    /** This gate with its own matchers: for one thread, which matches string after string. */
    Matching matching() {
        return new Matching(this);
    }

    /**
     * A gate and a matcher per part, made when a string first gets past the part's gate and reset
     * for every string after: what {@link #matches} with a caller's map of matchers does, without
     * the map lookups (a text layout runs some 40 gates on every line: their lookups were 8 % of the
     * structure step's samples). Not thread-safe.
     */
    static final class Matching {
        private final PatternGate gate;
        private final Matcher[] matchers;

        private Matching(PatternGate gate) {
            this.gate = gate;
            this.matchers = new Matcher[gate.parts.length];
        }

        /** Whether the whole of {@code s} matches, as {@link PatternGate#matches} says. */
        boolean matches(String s) {
            String[] needs = gate.needs;
            for (int i = 0; i < needs.length; i++) {
                if (needs[i].isEmpty() || s.contains(needs[i])) {
                    Matcher m = matchers[i];
                    if (m == null) {
                        m = gate.parts[i].matcher("");
                        matchers[i] = m;
                    }
                    if (m.reset(s).matches()) {
                        return true;
                    }
                }
            }
            return false;
        }
    }

    /** The patterns run behind the gate (for tests). */
    List<Pattern> parts() {
        return List.of(parts);
    }

    /** The top-level alternatives of the pattern's source, or null when it is not understood. */
    static List<String> split(Pattern p) {
        String src = p.pattern();
        if (p.flags() != 0 || src.contains("\\Q") || RequiredText.inlineFlags(src) || backReference(src)) {
            return null;
        }
        List<String> out = new ArrayList<>();
        return split(src, out) ? out : null;
    }

    /** Adds the alternatives of {@code src} (unwrapped, split again) to {@code out}; false when not understood. */
    private static boolean split(String src, List<String> out) {
        String s = src;
        if (s.startsWith("^")) {
            s = s.substring(1);
        }
        if (s.endsWith("$") && !escaped(s, s.length() - 1)) {
            s = s.substring(0, s.length() - 1);
        }
        if (s.isEmpty() || "?*+{".indexOf(s.charAt(0)) >= 0) {
            return false;
        }
        if (s.startsWith("(?:") && close(s, 0) == s.length() - 1) {
            return split(s.substring(3, s.length() - 1), out);
        }
        List<Integer> bars = new ArrayList<>();
        for (int i = 0; i < s.length();) {
            char c = s.charAt(i);
            if (c == '\\') {
                i += 2;
            } else if (c == '[') {
                i = RequiredText.skipClass(s, i);
            } else if (c == '(') {
                int end = close(s, i);
                i = end < 0 ? -1 : end + 1;
            } else {
                if (c == '|') {
                    bars.add(i);
                }
                i++;
            }
            if (i < 0) {
                return false;
            }
        }
        if (bars.isEmpty()) {
            out.add(src);
            return true;
        }
        int from = 0;
        bars.add(s.length());
        for (int bar : bars) {
            String a = s.substring(from, bar);
            if (a.isEmpty() || !split(a, out)) {
                return false; // an empty alternative matches only "": kept whole rather than read
            }
            from = bar + 1;
        }
        return true;
    }

    /** The index of the ")" closing the group that opens at {@code i}, or -1. */
    private static int close(String s, int i) {
        int end = RequiredText.skipGroup(s, i);
        return end < 0 ? -1 : end - 1;
    }

    /** Whether the character at {@code i} follows an odd number of backslashes. */
    private static boolean escaped(String s, int i) {
        int n = 0;
        for (int j = i - 1; j >= 0 && s.charAt(j) == '\\'; j--) {
            n++;
        }
        return n % 2 == 1;
    }

    /** "\1".."\9" or "\k<name>": an alternative read alone would lose the group it refers to. */
    private static boolean backReference(String src) {
        for (int i = 0; i + 1 < src.length(); i++) {
            if (src.charAt(i) == '\\') {
                char e = src.charAt(i + 1);
                if (e >= '1' && e <= '9' || e == 'k') {
                    return true;
                }
                i++;
            }
        }
        return false;
    }
}
