package org.unkg.extract;

import java.util.Arrays;

import org.unkg.text.CharTable;

/**
 * A block's text as gazetteers see it: whitespace runs become one space, or nothing when they
 * stand next to a character of a script written without spaces (PDF extraction puts spaces inside
 * Chinese words: "大  会", "联合国开发计\n划署"); superscript footnote marks are dropped; full-width
 * ASCII and curly apostrophes are folded; everything is lower-cased char by char. Each projected
 * character maps back to its offset in the original text, so spans point at what was printed.
 */
final class MatchText {
    private final String original;
    private final String cased;
    private final String folded;
    /** The lower-cased projection's characters in [0, {@link #folded}'s length), for the automata. */
    private final char[] foldedChars;
    private final int[] toOriginal;

    private MatchText(String original, String cased, char[] lower, int n, int[] toOriginal) {
        this.original = original;
        this.cased = cased;
        this.folded = new String(lower, 0, n);
        this.foldedChars = lower;
        this.toOriginal = toOriginal;
    }

    /**
     * Projects {@code text}; cased and lower-cased forms in one pass over plain arrays (the text
     * copied into one first: {@code String.charAt} checks its index on every call, which a
     * non-Latin text, stored as UTF-16, pays in full; the array's checks the JIT removes).
     */
    static MatchText of(String text) {
        int len = text.length();
        char[] src = text.toCharArray();
        char[] cased = new char[len];
        char[] lower = new char[len];
        int[] map = new int[len];
        int n = 0;
        int i = 0;
        while (i < len) {
            char c = src[i];
            if (isSpace(c)) {
                int j = i;
                while (j < len && isSpace(src[j])) {
                    j++;
                }
                boolean inner = n > 0 && j < len;
                if (inner && !isUnspaced(cased[n - 1]) && !isUnspaced(src[j])) {
                    cased[n] = ' ';
                    lower[n] = ' ';
                    map[n++] = i;
                }
                i = j;
                continue;
            }
            if (!isFootnoteMark(c)) {
                char f = fold(c);
                cased[n] = f;
                lower[n] = toLower(f);
                map[n++] = i;
            }
            i++;
        }
        return new MatchText(text, new String(cased, 0, n), lower, n, n == len ? map : Arrays.copyOf(map, n));
    }

    /** The form a gazetteer name takes so that it matches a projection. */
    static String normalizeName(String name) {
        return of(name).cased;
    }

    /** Projected text, original case. */
    String cased() {
        return cased;
    }

    /** Projected text, lower case (same length as {@link #cased()}). */
    String folded() {
        return folded;
    }

    /**
     * The characters of {@link #folded()} (the array may be longer: read the first
     * {@code folded().length()}). Shared, not copied: callers only read it.
     */
    char[] foldedChars() {
        return foldedChars;
    }

    String original() {
        return original;
    }

    /** Original offset of projected position {@code p}. */
    int start(int p) {
        return toOriginal[p];
    }

    /** Original end offset (exclusive) of a projected span ending before {@code pEnd}. */
    int end(int pEnd) {
        return toOriginal[pEnd - 1] + 1;
    }

    static String lower(String s) {
        char[] cs = s.toCharArray();
        for (int k = 0; k < cs.length; k++) {
            cs[k] = Character.toLowerCase(cs[k]);
        }
        return new String(cs);
    }

    static boolean isSpace(char c) {
        if (c > ' ' && c < '\u0085') {
            return false; // printable ASCII: the common case, decided without a table look-up
        }
        if (c > '\u3000' || c > '\u00a0' && c < '\u1680') {
            return false; // no white space there (Han, kana, Cyrillic, Arabic): no table look-up either
            // (MatchTextTest compares the whole test with the one without this shortcut on every char)
        }
        return Character.isWhitespace(c) || c == '\u00a0' || c == '\u3000' || c == '\u202f';
    }

    /**
     * {@link Character#toLowerCase(char)}, with the table look-up skipped where no character has
     * a lower case: ASCII is shifted by hand; Hebrew to the Arabic supplements (U+0590..08FF), CJK
     * punctuation, kana and ideographs (U+3000..9FFF) and Hangul syllables are themselves.
     * {@code MatchTextTest} compares it with {@code Character.toLowerCase} on every {@code char}.
     */
    static char toLower(char c) {
        if (c < 0x80) {
            return c >= 'A' && c <= 'Z' ? (char) (c + 32) : c;
        }
        if (c >= '\u0590' && c <= '\u08ff' || c >= '\u3000' && c <= '\u9fff' || c >= '\uac00' && c <= '\ud7a3') {
            return c; // scripts without case
        }
        return Character.toLowerCase(c);
    }

    /**
     * Characters of scripts written without spaces between words (Han, kana, CJK punctuation):
     * {@link #isUnspacedByScript} read from a table made once, instead of a binary search over the
     * JDK's script ranges for every character at and around every gazetteer hit and every space of
     * a projection. (A small saving: with -XX:+DebugNonSafepoints, which places JFR samples on the
     * right inlined method, the gazetteers' whole acceptance test was 0.9 % of the text path's CPU
     * in a warmed run, 2026-11-24; samples taken without it had put 5.7 % on the script look-up.)
     */
    static boolean isUnspaced(char c) {
        return (UNSPACED[c >>> 6] & 1L << c) != 0;
    }

    /** A letter or digit of a script that separates words with spaces (from a table, as {@link #isUnspaced}). */
    static boolean isWordChar(char c) {
        return (WORD[c >>> 6] & 1L << c) != 0;
    }

    /**
     * {@link Character#isUpperCase(char)} from a table: the gazetteers' case test reads every
     * character of every hit's name and of the text under it (outside Latin-1 the JDK reads two
     * property tables a character).
     */
    static boolean isUpperCase(char c) {
        return (UPPER[c >>> 6] & 1L << c) != 0;
    }

    /** The definition {@link #isUnspaced} tabulates (and MatchTextTest checks it against). */
    static boolean isUnspacedByScript(char c) {
        if (c < '\u2e80') {
            return false; // below the CJK radicals: no Han, kana or CJK punctuation
        }
        Character.UnicodeScript s = Character.UnicodeScript.of(c);
        return s == Character.UnicodeScript.HAN || s == Character.UnicodeScript.HIRAGANA
                || s == Character.UnicodeScript.KATAKANA
                || (c >= '\u3000' && c <= '\u303f') || (c >= '\uff00' && c <= '\uffef');
    }

    /** The definition {@link #isWordChar} tabulates. */
    static boolean isWordCharByDefinition(char c) {
        return Character.isLetterOrDigit(c) && !isUnspacedByScript(c);
    }

    /** One bit per {@code char}, filled at class load. */
    private static final long[] UNSPACED = CharTable.of(c -> isUnspacedByScript((char) c));
    private static final long[] WORD = CharTable.of(c -> isWordCharByDefinition((char) c));
    private static final long[] UPPER = CharTable.of(c -> Character.isUpperCase((char) c));

    private static boolean isFootnoteMark(char c) {
        return c == '\u00b9' || c == '\u00b2' || c == '\u00b3' || (c >= '\u2070' && c <= '\u2079');
    }

    private static char fold(char c) {
        if (c >= '\uff01' && c <= '\uff5e') {
            return (char) (c - 0xfee0);
        }
        if (c == '\u2019' || c == '\u2018') {
            return '\'';
        }
        if (c == '\u2010' || c == '\u2011' || c == '\u2013') {
            return '-';
        }
        return c;
    }
}
