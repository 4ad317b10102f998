package org.unkg.extract;

import java.util.ArrayList;
import java.util.List;

/**
 * The characters a match of a simple regex can start with, read from its source: literal
 * characters, simple classes ({@code [Rr]}), non-capturing and named groups, alternation and
 * optional atoms ({@code (?:United Nations )?Environment Assembly} starts with U or E), and
 * look-arounds, which match no character ({@code (?<![\\p{L}])[Рр]езолюция} starts with Р or р;
 * {@code (?!)} never matches and starts with nothing). Anything else (escapes, dots, ranges,
 * negated classes, flags, a pattern that can match the empty string) is not understood and gives
 * null, so the caller tries the regex everywhere, as before. Used to skip the offsets where a
 * costly pattern cannot start.
 */
final class FirstChars {
    private static final String META = "\\.^$|?*+{}()[]";

    private FirstChars() {
    }

    /** The characters every match of {@code regex} starts with one of, or null when not understood. */
    static String of(String regex) {
        StringBuilder out = new StringBuilder();
        return alternatives(regex, out) ? out.toString() : null;
    }

    /**
     * The characters every match of {@code regex} has second, when it is one sequence that opens
     * (after zero-width look-arounds) with exactly one literal character or simple class, and the
     * rest is understood as {@link #of} understands it ({@code [Rr]esolutions?} gives "e",
     * {@code (?<![\\p{L}])[Рр]езолюци(?:я|и)} gives "е"); null otherwise. Used with {@link #of}
     * to skip offsets where the first character fits but the second cannot.
     */
    static String second(String regex) {
        int i = 0;
        while (i < regex.length() && isLookAround(regex, i)) {
            int close = closing(regex, i);
            if (close < 0) {
                return null;
            }
            i = close + 1;
        }
        if (i >= regex.length()) {
            return null;
        }
        char c = regex.charAt(i);
        int next;
        if (c == '[') {
            int close = regex.indexOf(']', i + 1);
            if (close < 0) {
                return null;
            }
            String cls = regex.substring(i + 1, close);
            if (cls.isEmpty() || cls.indexOf('^') >= 0 || cls.indexOf('\\') >= 0 || cls.indexOf('-') >= 0
                    || cls.indexOf('[') >= 0 || cls.indexOf('&') >= 0 || hasSurrogate(cls)) {
                return null;
            }
            next = close + 1;
        } else if (META.indexOf(c) >= 0 || Character.isSurrogate(c)) {
            return null;
        } else {
            next = i + 1;
        }
        if (next < regex.length() && "?*+{".indexOf(regex.charAt(next)) >= 0) {
            return null; // the first atom repeated or optional: the second character may be anything it is
        }
        // a top-level alternation after the first atom ("[Rr]es|dec") would end the sequence: of() splits
        // at it, so a rest with one is read as alternatives of which only the first follows the atom
        return hasTopLevelBar(regex) ? null : of(regex.substring(next));
    }

    private static boolean hasTopLevelBar(String s) {
        List<Integer> bars = topLevelBars(s);
        return bars == null || !bars.isEmpty();
    }

    /**
     * The offsets of the top-level {@code |} of {@code s} (outside every group and class); null when
     * an atom is not understood or the groups do not balance.
     */
    private static List<Integer> topLevelBars(String s) {
        int depth = 0;
        List<Integer> bars = new ArrayList<>();
        for (int i = 0; i < s.length(); i++) {
            int last = atomEnd(s, i);
            if (last < 0) {
                return null;
            }
            if (last > i) {
                i = last;
                continue;
            }
            char c = s.charAt(i);
            if (c == '(') {
                depth++;
            } else if (c == ')') {
                depth--;
            } else if (c == '|' && depth == 0) {
                bars.add(i);
            }
        }
        return depth == 0 ? bars : null;
    }

    /**
     * {@code chars} as a look-up table: {@code table[c]} holds for each of them, the table no longer
     * than the largest needs; null for null (a pattern not understood).
     */
    static boolean[] table(String chars) {
        if (chars == null) {
            return null;
        }
        int max = -1;
        for (int i = 0; i < chars.length(); i++) {
            max = Math.max(max, chars.charAt(i));
        }
        boolean[] t = new boolean[max + 1];
        for (int i = 0; i < chars.length(); i++) {
            t[chars.charAt(i)] = true;
        }
        return t;
    }

    private static boolean alternatives(String s, StringBuilder out) {
        List<Integer> bars = topLevelBars(s);
        if (bars == null) {
            return false;
        }
        int start = 0;
        for (int bar : bars) {
            if (!sequence(s.substring(start, bar), 0, out)) {
                return false;
            }
            start = bar + 1;
        }
        return sequence(s.substring(start), 0, out);
    }

    /** Adds the first characters of the sequence from {@code i}; false when not understood or it may be empty. */
    private static boolean sequence(String s, int i, StringBuilder out) {
        if (i >= s.length()) {
            return false; // the sequence can match the empty string
        }
        char c = s.charAt(i);
        int next;
        if (c == '(') {
            int close = closing(s, i);
            if (close < 0) {
                return false;
            }
            String inner;
            if (s.startsWith("(?:", i)) {
                inner = s.substring(i + 3, close);
            } else if (s.startsWith("(?<", i) && i + 3 < s.length() && Character.isLetter(s.charAt(i + 3))) {
                int gt = s.indexOf('>', i);
                if (gt < 0 || gt > close) {
                    return false;
                }
                inner = s.substring(gt + 1, close);
            } else if (close == i + 3 && s.startsWith("(?!)", i)) {
                inner = null; // never matches: adds no character (the sequence may still skip it if optional)
            } else if (isLookAround(s, i)) {
                // zero-width: a match starts with what follows it (a quantified one is not read)
                int after = close + 1;
                return after < s.length() && "?*+{".indexOf(s.charAt(after)) < 0 && sequence(s, after, out);
            } else {
                return false; // flags, capturing group
            }
            if (inner != null && !alternatives(inner, out)) {
                return false;
            }
            next = close + 1;
        } else if (c == '[') {
            int close = s.indexOf(']', i + 1);
            if (close < 0) {
                return false;
            }
            String cls = s.substring(i + 1, close);
            if (cls.isEmpty() || cls.indexOf('^') >= 0 || cls.indexOf('\\') >= 0 || cls.indexOf('-') >= 0
                    || cls.indexOf('[') >= 0 || cls.indexOf('&') >= 0 || hasSurrogate(cls)) {
                return false;
            }
            out.append(cls);
            next = close + 1;
        } else if (META.indexOf(c) >= 0 || Character.isSurrogate(c)) {
            return false;
        } else {
            out.append(c);
            next = i + 1;
        }
        if (next < s.length() && (s.charAt(next) == '?' || s.charAt(next) == '*' || s.startsWith("{0", next))) {
            // an optional atom: the sequence may also start after it
            int after = next + 1;
            if (s.charAt(next) == '{') {
                after = s.indexOf('}', next) + 1;
                if (after == 0) {
                    return false;
                }
            }
            while (after < s.length() && (s.charAt(after) == '?' || s.charAt(after) == '+')) {
                after++;
            }
            return sequence(s, after, out);
        }
        return true;
    }

    /** Whether a look-ahead or look-behind opens at {@code i}: "(?=", "(?!", "(?<=", "(?<!". */
    private static boolean isLookAround(String s, int i) {
        return s.startsWith("(?=", i) || s.startsWith("(?!", i) || s.startsWith("(?<=", i) || s.startsWith("(?<!", i);
    }

    /** The index of the parenthesis closing the one at {@code open}, or -1. */
    private static int closing(String s, int open) {
        int depth = 0;
        for (int i = open; i < s.length(); i++) {
            int last = atomEnd(s, i);
            if (last < 0) {
                return -1;
            }
            if (last > i) {
                i = last;
                continue;
            }
            char c = s.charAt(i);
            if (c == '(') {
                depth++;
            } else if (c == ')' && --depth == 0) {
                return i;
            }
        }
        return -1;
    }

    /**
     * The index of the last character of the escape ({@code \\x}) or class ({@code [...]}) that
     * starts at {@code i}, which the walks over groups step over whole; {@code i} itself for any
     * other character; -1 for a class without its {@code ]}.
     */
    private static int atomEnd(String s, int i) {
        char c = s.charAt(i);
        if (c == '\\') {
            return i + 1;
        }
        if (c == '[') {
            return s.indexOf(']', i + 1);
        }
        return i;
    }

    private static boolean hasSurrogate(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (Character.isSurrogate(s.charAt(i))) {
                return true;
            }
        }
        return false;
    }
}
