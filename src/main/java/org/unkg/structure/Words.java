package org.unkg.structure;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Word tests of the verb grammar written as loops, each equal to the regex it replaces (which
 * {@code String.matches} and {@code replaceAll} compiled again at every call, for every word of
 * every paragraph's opening): {@code FastPathEquivalenceTest} compares them on generated words.
 */
final class Words {
    /** What {@code text.split("\\s+", n)} splits at, compiled once. */
    static final Pattern SPACES = Pattern.compile("\\s+");
    /** The punctuation that may end a word of a verb phrase (Latin or Arabic comma, semicolon, colon). */
    private static final String STOPS = ",;:\u060c\u061b";

    private Words() {
    }

    /**
     * {@code SPACES.split(s, limit)} for a {@code limit} of 0 or more, read by hand: {@link Pattern#split}
     * goes on finding the runs of spaces to the end of the text after it has its {@code limit} parts,
     * so {@code split(paragraph, 16)} scanned every paragraph whole for its first sixteen words.
     * The runs are those of {@code \\s} without UNICODE_CHARACTER_CLASS ([ \t\n\x0B\f\r]);
     * a text without one is returned whole, a run at the start gives an empty first part, and with
     * {@code limit} 0 the empty parts at the end are dropped.
     */
    static String[] split(String s, int limit) {
        List<String> out = new ArrayList<>();
        int index = 0;
        boolean any = false;
        int n = s.length();
        for (int i = 0; i < n; ) {
            if (!asciiSpace(s.charAt(i))) {
                i++;
                continue;
            }
            int start = i;
            while (i < n && asciiSpace(s.charAt(i))) {
                i++;
            }
            any = true;
            if (limit == 0 || out.size() < limit - 1) {
                out.add(s.substring(index, start));
                index = i;
            } else {
                out.add(s.substring(index)); // the last part: the rest of the text, runs and all
                index = i;
                break;
            }
        }
        if (!any) {
            return new String[] {s};
        }
        if (limit == 0 || out.size() < limit) {
            out.add(s.substring(index));
        }
        int size = out.size();
        while (limit == 0 && size > 0 && out.get(size - 1).isEmpty()) {
            size--;
        }
        return out.subList(0, size).toArray(new String[0]);
    }

    /** {@code split(s, 0)}: {@code SPACES.split(s)}. */
    static String[] split(String s) {
        return split(s, 0);
    }

    private static boolean asciiSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == 0x0b || c == '\f' || c == '\r';
    }

    /** {@code s.matches("[\\p{L}\\p{M}]+")}. */
    static boolean isWord(String s) {
        return !s.isEmpty() && lettersOrMarks(s, 0, s.length());
    }

    /** {@code s.matches("[\\p{L}\\p{M}]+[,;:\u060c\u061b]?")}. */
    static boolean isWordP(String s) {
        int n = s.length();
        if (n > 0 && STOPS.indexOf(s.charAt(n - 1)) >= 0) {
            n--;
        }
        return n > 0 && lettersOrMarks(s, 0, n);
    }

    /** {@code s.matches("\\p{L}+")}. */
    static boolean isLetters(String s) {
        if (s.isEmpty()) {
            return false;
        }
        for (int i = 0; i < s.length(); ) {
            int c = s.codePointAt(i);
            if (!Character.isLetter(c)) {
                return false;
            }
            i += Character.charCount(c);
        }
        return true;
    }

    /** {@code s.matches(".*[,;:\u060c\u061b]")}: ends with the punctuation, no line terminator before it. */
    static boolean endsWithStop(String s) {
        int n = s.length();
        if (n == 0 || STOPS.indexOf(s.charAt(n - 1)) < 0) {
            return false;
        }
        for (int i = 0; i < n - 1; i++) {
            if (lineTerminator(s.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    /**
     * {@code s.replaceAll("[,;:.\u060c\u061b]$", "")}: the mark at the end taken off, or the one before a
     * final line terminator (where "$" also matches).
     */
    static String withoutFinalMark(String s) {
        int n = s.length();
        if (n == 0) {
            return s;
        }
        if (mark(s.charAt(n - 1))) {
            return s.substring(0, n - 1);
        }
        int t = n - 1; // the final line terminator ("\r\n" counts as one)
        if (!lineTerminator(s.charAt(t))) {
            return s;
        }
        if (s.charAt(t) == '\n' && t > 0 && s.charAt(t - 1) == '\r') {
            t--;
        }
        if (t > 0 && mark(s.charAt(t - 1))) {
            return s.substring(0, t - 1) + s.substring(t);
        }
        return s;
    }

    /** {@code s.replaceAll("[^\\p{L}]", "").toLowerCase(Locale.ROOT)}. */
    static String lettersLower(String s) {
        if (isLetters(s)) {
            return s.toLowerCase(Locale.ROOT);
        }
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); ) {
            int c = s.codePointAt(i);
            if (Character.isLetter(c)) {
                b.appendCodePoint(c);
            }
            i += Character.charCount(c);
        }
        return b.toString().toLowerCase(Locale.ROOT);
    }

    private static boolean lettersOrMarks(String s, int from, int to) {
        for (int i = from; i < to; ) {
            int c = s.codePointAt(i);
            int t = Character.getType(c);
            if (!Character.isLetter(c) && t != Character.NON_SPACING_MARK && t != Character.ENCLOSING_MARK
                    && t != Character.COMBINING_SPACING_MARK) {
                return false;
            }
            i += Character.charCount(c);
        }
        return true;
    }

    private static boolean mark(char c) {
        return c == '.' || STOPS.indexOf(c) >= 0;
    }

    /** What "." does not match and "$" matches before at the end (no UNIX_LINES). */
    private static boolean lineTerminator(char c) {
        return c == '\n' || c == '\r' || c == '\u0085' || c == '\u2028' || c == '\u2029';
    }
}
