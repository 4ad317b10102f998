package org.unkg.structure;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.unkg.text.CharTable;

/**
 * Counts a profile's {@code detect.words} in a text as the pattern
 * {@code (?<![\p{L}\p{M}])(?:w1|w2|...)(?![\p{L}\p{M}])} with {@code CASE_INSENSITIVE | UNICODE_CASE}
 * counts its {@code find()} matches (the words quoted, tried in order), without running the regex
 * engine at every character: only where a word may start (no letter or mark before it). Characters
 * compare as {@link java.util.regex.Pattern} compares them in that mode: a pattern character
 * {@code p} matches {@code c} when {@code fold(p) == c} or {@code fold(p) == fold(c)}, with
 * {@code fold(x) = toLowerCase(toUpperCase(x))}; a one-character word without case matches only
 * itself. Immutable and thread-safe; {@code WordCounterTest} compares it with the regex.
 */
final class WordCounter {
    /** Each word, folded character by character. */
    private final char[][] folded;
    /** Per word: a single character without case, compared exactly (as the regex compiles it). */
    private final boolean[] exact;
    /**
     * The words a text character may open, as bit sets of word indices (null when there are more
     * than 64 words: every word is tried): word k opens with {@code c} when {@code folded[k][0] == c},
     * or, not exact, when {@code folded[k][0] == fold(c)}. Keyed by that first character; ASCII in
     * arrays, the rest in sorted keys with their bits alongside (a binary search of a few chars: a
     * map of boxed characters cost 10 % of the structure step's samples, on French and Spanish text).
     */
    private final long[] asciiByChar = new long[128];
    private final long[] asciiByFold = new long[128];
    private final char[] otherChars;
    private final long[] otherCharBits;
    private final char[] otherFolds;
    private final long[] otherFoldBits;
    private final boolean indexed;

    WordCounter(List<String> words) {
        folded = new char[words.size()][];
        exact = new boolean[words.size()];
        for (int k = 0; k < words.size(); k++) {
            String w = words.get(k);
            char[] f = new char[w.length()];
            for (int j = 0; j < w.length(); j++) {
                f[j] = fold(w.charAt(j));
            }
            folded[k] = f;
            if (w.length() == 1) {
                char upper = Character.toUpperCase(w.charAt(0));
                exact[k] = upper == Character.toLowerCase(upper);
                if (exact[k]) {
                    f[0] = w.charAt(0);
                }
            }
        }
        indexed = words.size() <= 64;
        Map<Character, Long> byChar = new TreeMap<>();
        Map<Character, Long> byFold = new TreeMap<>();
        for (int k = 0; indexed && k < folded.length; k++) {
            char c = folded[k][0];
            long bit = 1L << k;
            add(asciiByChar, byChar, c, bit);
            if (!exact[k]) {
                add(asciiByFold, byFold, c, bit);
            }
        }
        otherChars = keys(byChar);
        otherCharBits = bits(byChar);
        otherFolds = keys(byFold);
        otherFoldBits = bits(byFold);
    }

    private static void add(long[] ascii, Map<Character, Long> other, char c, long bit) {
        if (c < 128) {
            ascii[c] |= bit;
        } else {
            other.merge(c, bit, (a, b) -> a | b);
        }
    }

    /** The keys of a sorted map, in order. */
    private static char[] keys(Map<Character, Long> m) {
        char[] out = new char[m.size()];
        int i = 0;
        for (char c : m.keySet()) {
            out[i++] = c;
        }
        return out;
    }

    /** The values of a sorted map, in key order. */
    private static long[] bits(Map<Character, Long> m) {
        return m.values().stream().mapToLong(Long::longValue).toArray();
    }

    private static long get(long[] ascii, char[] keys, long[] bits, char c) {
        if (c < 128) {
            return ascii[c];
        }
        int i = Arrays.binarySearch(keys, c);
        return i < 0 ? 0L : bits[i];
    }

    /** How many non-overlapping whole-word occurrences, scanning left to right. */
    long count(CharSequence s) {
        return countAll(List.of(this), s)[0];
    }

    /**
     * {@link #count} of each counter, in one scan of the text: the places where a word may start
     * (no letter or mark before them) are found once for all counters; each counter tries only
     * those at or after the end of its last match, as its own scan would.
     */
    static long[] countAll(List<WordCounter> counters, CharSequence s) {
        int m = counters.size();
        long[] n = new long[m];
        int[] from = new int[m];
        int len = s.length();
        for (int i = 0; i < len; i++) {
            // the regex's one-character lookbehind reads the char before, not a code point ending there
            if (i > 0 && letterOrMark(s.charAt(i - 1))) {
                continue;
            }
            for (int k = 0; k < m; k++) {
                if (i < from[k]) {
                    continue;
                }
                int end = counters.get(k).matchAt(s, i);
                if (end >= 0) {
                    n[k]++;
                    from[k] = end;
                }
            }
        }
        return n;
    }

    /** The end of the first word (in list order) that matches at {@code i} and ends a word there, or -1. */
    private int matchAt(CharSequence s, int i) {
        int len = s.length();
        char first = s.charAt(i);
        char firstFolded = fold(first);
        long candidates = indexed ? get(asciiByChar, otherChars, otherCharBits, first)
                | get(asciiByFold, otherFolds, otherFoldBits, firstFolded) : -1L;
        // the words in list order, only those whose first character can match (the others fail on it)
        for (long left = candidates; left != 0; left &= left - 1) {
            int k = Long.numberOfTrailingZeros(left);
            if (k >= folded.length) {
                break;
            }
            char[] w = folded[k];
            int end = i + w.length;
            if (end > len) {
                continue;
            }
            boolean same = w[0] == first || !exact[k] && w[0] == firstFolded;
            for (int j = 1; j < w.length && same; j++) {
                char c = s.charAt(i + j);
                same = w[j] == c || !exact[k] && w[j] == fold(c);
            }
            if (same && (end == len || !letterOrMark(Character.codePointAt(s, end)))) {
                return end;
            }
        }
        return -1;
    }

    private static char fold(char c) {
        if (c < 0x80) {
            return c >= 'A' && c <= 'Z' ? (char) (c + 32) : c;
        }
        return Character.toLowerCase(Character.toUpperCase(c));
    }

    /**
     * A letter or mark, as the regex's {@code [\p{L}\p{M}]} says: from a table for the Basic
     * Multilingual Plane (filled once from {@link #letterOrMarkByType}); the scan asks it for the
     * character before every offset, and outside ASCII the JDK's look-ups (type and letter, two
     * tables each) were most of {@code countAll}'s share of the structure step on non-Latin text.
     */
    static boolean letterOrMark(int cp) {
        if (cp <= Character.MAX_VALUE) {
            return (LETTER_OR_MARK[cp >>> 6] & 1L << cp) != 0;
        }
        return letterOrMarkByType(cp);
    }

    private static final long[] LETTER_OR_MARK = CharTable.of(WordCounter::letterOrMarkByType);

    /** The definition {@link #letterOrMark} tabulates. */
    static boolean letterOrMarkByType(int cp) {
        if (cp < 0x80) {
            return cp >= 'a' && cp <= 'z' || cp >= 'A' && cp <= 'Z'; // no marks, no other letters in ASCII
        }
        int t = Character.getType(cp);
        return Character.isLetter(cp) || t == Character.NON_SPACING_MARK || t == Character.ENCLOSING_MARK
                || t == Character.COMBINING_SPACING_MARK;
    }
}
