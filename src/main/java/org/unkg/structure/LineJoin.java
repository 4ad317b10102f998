package org.unkg.structure;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Joins a wrapped line to the next one, for one document. A line ending in a hyphen after a
 * letter or digit was broken either inside a compound after its own hyphen ("Moyen-" "Orient",
 * "soixante-dix-" "neuvième", "(2018-" "2027)": the hyphen stays, no space) or inside a plain word
 * by a printer's hyphen ("develop-" "ment": the hyphen goes). Between two lower-case parts the
 * document decides: the compound printed unbroken elsewhere in the same text ("dix-neuvième",
 * "sous-régional", "информационно-коммуникационных") keeps its hyphen; otherwise the hyphen is a
 * printer's. Languages written without spaces join lines directly.
 */
final class LineJoin {
    private static final Pattern FIRST_WORD = Pattern.compile("^[\\p{L}\\p{N}]+");
    /** Letters of the next line's first word looked up after "part-" (inflected endings differ). */
    private static final int STEM = 6;

    private final boolean spaced;
    private final String text;
    /**
     * The text in lower case, made at the first {@link #compound} asked (most documents ask none:
     * lowering every text up front was ~2 % of the structure's time). One join per document and thread.
     */
    private String lower;
    /**
     * Where {@link #lower} holds a hyphen, ascending, made with it: {@link #compound} tries its
     * key only there, where it scanned the whole text for every line-end hyphen (1.3 % of the text
     * build's worker CPU samples, JFR with DebugNonSafepoints).
     */
    private int[] hyphens;

    LineJoin(Profile profile, String text) {
        this.spaced = profile.joinsWithSpace();
        this.text = text;
    }

    String join(String a, String b) {
        StringBuilder out = new StringBuilder(a.length() + b.length() + 1).append(a);
        appendTo(out, b);
        return out.toString();
    }

    /**
     * {@code block} made {@code join(block, b)} in place: the join reads only the block's end (its
     * trailing blanks and the word before a line-end hyphen), so a paragraph of many lines is not
     * copied out to a String for every line it takes in (quadratic in its length).
     */
    void appendTo(StringBuilder block, String b) {
        stripTrailing(block);
        String y = b.strip();
        int n = block.length();
        if (!spaced) {
            // keep a space where a line ends in a digit (a footnote mark "，2") or the next starts with one:
            // the mark stays apart from the next word; paragraph text squeezes such spaces out later
            boolean digit = n > 0 && !y.isEmpty() && (isAsciiDigit(block.charAt(n - 1))
                    || isAsciiDigit(y.charAt(0)));
            block.append(digit ? " " : "").append(y);
            return;
        }
        String part = brokenPart(block);
        Matcher next = part == null ? null : FIRST_WORD.matcher(y);
        if (next == null || !next.find()) {
            block.append(' ').append(y);
            return;
        }
        char before = part.charAt(part.length() - 1);
        if (Character.isLowerCase(before) && Character.isLowerCase(y.charAt(0)) && !compound(part, next.group())) {
            block.setLength(n - 1);
        }
        block.append(y);
    }

    /** {@link String#stripTrailing()} in place: trailing code points that are {@link Character#isWhitespace}. */
    private static void stripTrailing(StringBuilder s) {
        int n = s.length();
        while (n > 0) {
            int cp = Character.codePointBefore(s, n);
            if (!Character.isWhitespace(cp)) {
                break;
            }
            n -= Character.charCount(cp);
        }
        s.setLength(n);
    }

    /** Whether "part-word" is printed unbroken elsewhere in the document. */
    private boolean compound(String part, String word) {
        String stem = word.length() > STEM ? word.substring(0, STEM) : word;
        if (lower == null) {
            lower = text.toLowerCase(Locale.ROOT);
            hyphens = hyphens(lower);
        }
        return containsAtHyphen(lower, hyphens, (part + "-" + stem).toLowerCase(Locale.ROOT));
    }

    /** The offsets of the hyphens ('-') of {@code s}, ascending. */
    static int[] hyphens(String s) {
        int n = 0;
        for (int i = s.indexOf('-'); i >= 0; i = s.indexOf('-', i + 1)) {
            n++;
        }
        int[] out = new int[n];
        n = 0;
        for (int i = s.indexOf('-'); i >= 0; i = s.indexOf('-', i + 1)) {
            out[n++] = i;
        }
        return out;
    }

    /**
     * {@code s.contains(key)}, {@code hyphens} the offsets of {@code s}'s hyphens: a key holding a
     * hyphen (here always one: "part-stem" lowered, letters and digits around it, and no letter
     * lowers to '-') occurs only where its first hyphen lines up with one of {@code s}'s, so only
     * those places are compared. A key without a hyphen is searched for as {@code contains} does.
     */
    static boolean containsAtHyphen(String s, int[] hyphens, String key) {
        int k = key.indexOf('-');
        if (k < 0) {
            return s.contains(key);
        }
        int last = s.length() - key.length() + k; // the last hyphen offset where the key still fits
        for (int h : hyphens) {
            if (h > last) {
                break;
            }
            if (h >= k && s.startsWith(key, h - k)) {
                return true;
            }
        }
        return false;
    }

    /**
     * The run of letters and digits right before a line-end hyphen ("Moyen" of "... Moyen-"), or null
     * when the line does not end so: what {@code ([\p{L}\p{N}]+)-$} finds, read backwards from the
     * end instead of searched for from the start of the paragraph built so far (quadratic in its length).
     */
    static String brokenPart(CharSequence x) {
        int n = x.length();
        if (n < 2 || x.charAt(n - 1) != '-') {
            return null;
        }
        int i = n - 1;
        while (i > 0) {
            int cp = Character.codePointBefore(x, i);
            int type = Character.getType(cp);
            if (!Character.isLetter(cp) && type != Character.DECIMAL_DIGIT_NUMBER
                    && type != Character.LETTER_NUMBER && type != Character.OTHER_NUMBER) {
                break;
            }
            i -= Character.charCount(cp);
        }
        return i == n - 1 ? null : x.subSequence(i, n - 1).toString();
    }

    private static boolean isAsciiDigit(char c) {
        return c >= '0' && c <= '9';
    }
}
