package org.unkg.structure;

import java.util.ArrayList;
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

    VerbIndex(List<String> verbs, boolean ignoreCase) {
        this.verbs = List.copyOf(verbs);
        this.ignoreCase = ignoreCase;
        Map<Character, List<Integer>> e = new HashMap<>();
        Map<Character, List<Integer>> lo = new HashMap<>();
        Map<Character, List<Integer>> up = new HashMap<>();
        List<Integer> all = new ArrayList<>();
        for (int k = 0; k < this.verbs.size(); k++) {
            int f = first(this.verbs.get(k));
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
        for (int i = 0; i < s.length(); i++) {
            if (Character.getType(s.charAt(i)) != Character.NON_SPACING_MARK) {
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
        return n == out.length ? out : java.util.Arrays.copyOf(out, n);
    }
}
