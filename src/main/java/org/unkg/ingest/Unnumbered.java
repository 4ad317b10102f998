package org.unkg.ingest;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Keys for the paragraphs of a numbered run that carry no {@code <num>}, the same in every
 * language version as long as the versions agree on where such paragraphs sit. One instance per
 * run of sibling paragraphs; not shared.
 *
 * <ul>
 *   <li>A paragraph whose text opens with the next number ("24 Exhorte...", "61 – تشير") lost its
 *       {@code <num>} in markup: it is that paragraph ({@link #printedNumber}).</li>
 *   <li>A short line without closing punctuation ("II", "Budget estimates for 2025/26") is a
 *       section title ({@link #isTitle}), not a paragraph.</li>
 *   <li>Any other is keyed by the numbered paragraph it follows: "u12-1", "u12-2" are the first
 *       and second after paragraph 12, "u0-1" the first before any. Its ordinal is that order
 *       (1, 2): a function of the key, so language versions cannot give one paragraph two.</li>
 * </ul>
 */
final class Unnumbered {
    /** A plain paragraph number: 1 to 99999. */
    private static final Pattern PLAIN_NUMBER = Pattern.compile("[1-9]\\d{0,4}");
    /** A number opening a text, then a separator: "24 ", "24. ", "61 – ". */
    private static final Pattern LEADING_NUMBER = Pattern.compile("^(\\p{Nd}{1,4})\\s*[.\\-–—)]?\\s");
    private static final int MAX_TITLE = 300;
    /** Sentence and clause ends in the six languages' scripts: a line ending so is text, not a title. */
    private static final String CLOSING = ".;:,!?…。；：，！？،؛";
    private static final String TRAILING = "\"'”’»)]）】";

    private String anchor = "0";
    private int last;
    private int count;

    /** The number the text opens with when it is the next paragraph number, else null. */
    String printedNumber(String text) {
        Matcher m = LEADING_NUMBER.matcher(text == null ? "" : text.strip());
        if (!m.find()) {
            return null;
        }
        String digits = m.group(1);
        int v = 0;
        for (int i = 0; i < digits.length(); i++) {
            v = v * 10 + Character.digit(digits.charAt(i), 10);
        }
        return v == last + 1 ? Integer.toString(v) : null;
    }

    /** Whether an unnumbered line is a section title: short, not lower-case first, no closing punctuation. */
    static boolean isTitle(String text) {
        String t = text == null ? "" : text.strip();
        if (t.isEmpty() || t.length() > MAX_TITLE || Character.isLowerCase(t.codePointAt(0))) {
            return false;
        }
        int end = t.length();
        while (end > 0 && TRAILING.indexOf(t.charAt(end - 1)) >= 0) {
            end--;
        }
        return end > 0 && CLOSING.indexOf(t.charAt(end - 1)) < 0;
    }

    /** A numbered paragraph with this key label was met: later unnumbered ones follow it. */
    void numbered(String label) {
        anchor = label;
        count = 0;
        if (PLAIN_NUMBER.matcher(label).matches()) {
            last = Integer.parseInt(label);
        }
    }

    /** The key label of the next unnumbered paragraph. */
    String next() {
        count++;
        return "u" + anchor + "-" + count;
    }

    /** The order of the last unnumbered paragraph after its anchor (its ordinal). */
    int count() {
        return count;
    }
}
