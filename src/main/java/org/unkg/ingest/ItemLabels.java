package org.unkg.ingest;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The printed labels of sub-items, as left by {@link AknBody#label}: Latin letters "a".."z",
 * "aa", lower-case Roman numerals "i", "iv", Arabic letters "أ", "ب", Cyrillic letters "а",
 * and the parenthesized numerals of Chinese sub-sub-items "㈠".."㈩". Paragraph numbers ("5",
 * "1.1") are not items; section labels ("I", "A", "一", "أولا") mark headings. Stateless.
 */
final class ItemLabels {
    private static final Pattern LATIN = Pattern.compile("[a-z]{1,3}");
    private static final Pattern ROMAN = Pattern.compile("(?=[ivxl])(?:x{0,3}|xl|l)(?:ix|iv|v?i{0,3})");
    /** One Arabic letter (the Abjad order Arabic versions use for "(a)", "(b)"...). */
    private static final Pattern ARABIC = Pattern.compile("\\p{IsArabic}");
    /** One Cyrillic lower-case letter ("а)"). */
    private static final Pattern CYRILLIC = Pattern.compile("\\p{IsCyrillic}");
    /** Parenthesized CJK numerals: U+3220..U+3229. */
    private static final Pattern CJK_PAREN = Pattern.compile("[\\u3220-\\u3229]");

    /** Upper-case Roman numerals, one capital letter, CJK numerals, Arabic ordinal words. */
    private static final Pattern HEADING = Pattern.compile(
            "[IVXL]+|[A-Z]|[一二三四五六七八九十]+|(?:أولا|ثانيا|ثالثا|رابعا|خامسا|سادسا|سابعا|ثامنا|تاسعا|عاشرا)\\p{IsArabic}*");
    private static final int MAX_HEADING = 400;

    private ItemLabels() {
    }

    /** Whether a paragraph's label marks a sub-item rather than a paragraph or a heading. */
    static boolean isItem(String label) {
        if (label == null) {
            return false;
        }
        return LATIN.matcher(label).matches() || ARABIC.matcher(label).matches()
                || CYRILLIC.matcher(label).matches() && label.equals(label.toLowerCase(Locale.ROOT))
                || CJK_PAREN.matcher(label).matches();
    }

    /**
     * Whether a paragraph is a heading: labelled like a chapter or section ("I", "XII", "A", "一",
     * "أولا"), never like an operative paragraph, and short (a title, not a text).
     */
    /** Whether a label reads as a heading's ("I", "A", "一"): {@link #isHeading} then looks at the text. */
    static boolean headingLabel(String label) {
        return label != null && HEADING.matcher(label).matches();
    }

    static boolean isHeading(String label, String text) {
        return label != null && HEADING.matcher(label).matches() && (text == null || text.length() <= MAX_HEADING);
    }

    /**
     * Whether an item belongs under the previous item: a Roman numeral that does not continue the
     * previous letter ("i" after "e", but not "i" after "h"), or a Chinese parenthesized numeral.
     */
    static boolean isSubItem(String label, String previous) {
        if (label == null) {
            return false;
        }
        if (CJK_PAREN.matcher(label).matches()) {
            return previous != null && !CJK_PAREN.matcher(previous).matches();
        }
        if (!ROMAN.matcher(label).matches() || previous == null) {
            return false;
        }
        boolean continuesLetters = label.length() == 1 && previous.length() == 1
                && previous.charAt(0) + 1 == label.charAt(0);
        return !continuesLetters && !ROMAN.matcher(previous).matches();
    }
}
