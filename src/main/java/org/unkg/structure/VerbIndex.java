package org.unkg.structure;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A verb list indexed by the first character that is no vowel mark, so that finding the verbs a
 * text may open with tries only those {@link VerbFinder#matchEnd} can match at all: it compares
 * that character of the verb and of the text first, equal, or (ignoring case) equal in lower or in
 * upper case. {@link #candidates} gives, in list order, every verb that passes that first
 * comparison (and the verbs without such a character, which {@code matchEnd} reads otherwise);
 * the caller tries them as it tried the whole list, so the first verb that matches is the same.
 * {@link #secondMatches} tests the second character that is no mark before {@code matchEnd} runs:
 * it compares that one next, so a verb whose second such character differs from the text's (or
 * a text that has none) cannot match.
 * Immutable and thread-safe.
 */
final class VerbIndex {
    private static final int[] NONE = new int[0];
    private final List<String> verbs;
    private final boolean ignoreCase;
    private final Map<Character, int[]> exact;
    private final Map<Character, int[]> lower;
    private final Map<Character, int[]> upper;
    /** Verbs made of vowel marks only (none in practice): always tried. */
    private final int[] always;
    /**
     * {@link #candidates} per first character, merged once (it was merged for every paragraph and
     * every verb tried); the arrays are read, never written, by the callers.
     */
    private final Map<Character, int[]> byFirst = new ConcurrentHashMap<>();
    /** Per verb, its second character that is no vowel mark, or -1 when it has none. */
    private final int[] second;

    VerbIndex(List<String> verbs, boolean ignoreCase) {
        this.verbs = List.copyOf(verbs);
        this.ignoreCase = ignoreCase;
        Map<Character, List<Integer>> e = new HashMap<>();
        Map<Character, List<Integer>> lo = new HashMap<>();
        Map<Character, List<Integer>> up = new HashMap<>();
        List<Integer> all = new ArrayList<>();
        this.second = new int[this.verbs.size()];
        for (int k = 0; k < this.verbs.size(); k++) {
            int f = first(this.verbs.get(k));
            int g = f < 0 ? -1 : next(this.verbs.get(k), f + 1);
            second[k] = g < 0 ? -1 : this.verbs.get(k).charAt(g);
            if (f < 0) {
                all.add(k);
                continue;
            }
            char c = this.verbs.get(k).charAt(f);
            e.computeIfAbsent(c, x -> new ArrayList<>()).add(k);
            lo.computeIfAbsent(Character.toLowerCase(c), x -> new ArrayList<>()).add(k);
            up.computeIfAbsent(Character.toUpperCase(c), x -> new ArrayList<>()).add(k);
        }
        this.exact = arrays(e);
        this.lower = arrays(lo);
        this.upper = arrays(up);
        this.always = all.stream().mapToInt(Integer::intValue).toArray();
    }

    List<String> verbs() {
        return verbs;
    }

    /** The indices, ascending, of the verbs whose first comparison with {@code text} can succeed. */
    int[] candidates(String text) {
        int f = first(text);
        if (f < 0) {
            return always; // matchEnd runs out of text at the verb's first letter
        }
        return byFirst.computeIfAbsent(text.charAt(f), this::merged);
    }

    /** The second character of {@code text} that is no mark, or -1: the {@code t} of {@link #secondMatches}. */
    static int second(String text) {
        int f = first(text);
        int g = f < 0 ? -1 : next(text, f + 1);
        return g < 0 ? -1 : text.charAt(g);
    }

    /**
     * Whether verb {@code k}'s second character that is no mark compares with the text's
     * ({@code t}, from {@link #second}) as {@code matchEnd} compares it, {@code a == b} or, ignoring
     * case, {@link VerbFinder#sameIgnoringCase}; a verb without one passes, and a text without one
     * passes only such verbs. One array read where {@code matchEnd} read four characters' mark
     * tables to fail there.
     */
    boolean secondMatches(int k, int t) {
        int v = second[k];
        return v < 0 || t >= 0 && (v == t || ignoreCase && VerbFinder.sameIgnoringCase((char) t, (char) v));
    }

    /** {@link #candidates} of a text whose first character that is no mark is {@code a}. */
    private int[] merged(char a) {
        int[] out = merge(always, exact.getOrDefault(a, NONE));
        if (ignoreCase) {
            out = merge(out, lower.getOrDefault(Character.toLowerCase(a), NONE));
            out = merge(out, upper.getOrDefault(Character.toUpperCase(a), NONE));
        }
        return out;
    }

    /** The first character that is no non-spacing mark, or -1. */
    private static int first(String s) {
        return next(s, 0);
    }

    /** The first character from {@code from} on that is no non-spacing mark ({@link VerbFinder#isMark}), or -1. */
    private static int next(String s, int from) {
        for (int i = from; i < s.length(); i++) {
            if (!VerbFinder.isMark(s.charAt(i))) {
                return i;
            }
        }
        return -1;
    }

    private static Map<Character, int[]> arrays(Map<Character, List<Integer>> m) {
        Map<Character, int[]> out = new HashMap<>();
        m.forEach((k, v) -> out.put(k, v.stream().mapToInt(Integer::intValue).toArray()));
        return out;
    }

    /** Two ascending index arrays as one, without repeats. */
    private static int[] merge(int[] a, int[] b) {
        if (a.length == 0) {
            return b;
        }
        if (b.length == 0) {
            return a;
        }
        int[] out = new int[a.length + b.length];
        int i = 0;
        int j = 0;
        int n = 0;
        while (i < a.length || j < b.length) {
            int x = j >= b.length || i < a.length && a[i] <= b[j] ? a[i] : b[j];
            if (i < a.length && a[i] == x) {
                i++;
            }
            if (j < b.length && b[j] == x) {
                j++;
            }
            out[n++] = x;
        }
        return n == out.length ? out : Arrays.copyOf(out, n);
    }
}
