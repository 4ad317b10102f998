package org.unkg.serve;

import java.util.Locale;

/**
 * SPARQL's {@code CONTAINS(LCASE(s), LCASE(k))} on two strings, as Jena evaluates it
 * ({@code String.toLowerCase()} in the default locale, then {@code String.contains}), without
 * lowering a copy of {@code s} for each test: query 06 tested ~1,200 paragraph texts of a few
 * hundred characters per request that way (JFR: 15 % of its CPU, most of it the lowered copies).
 *
 * <p>The copy is needed only where lowering is not one char for one char: Java lowers each char
 * with {@link Character#toLowerCase(char)} except a surrogate (lowered as part of its code point),
 * U+03A3 GREEK CAPITAL LETTER SIGMA (final or not by its context), U+0130 LATIN CAPITAL LETTER I
 * WITH DOT ABOVE (two chars) and, in a Turkish, Azerbaijani or Lithuanian default locale, more.
 * A string with none of them is compared char by char, lowered on the fly; any other goes
 * through the JDK's own calls. {@code LowerContainsTest} checks it against the SPARQL expression
 * on generated strings made of those cases.
 */
final class LowerContains {
    private final String keyword;
    private final char[] lower;
    private final boolean plainKeyword;

    /** A test for {@code keyword}, the string LCASE is applied to ({@code STR} of the term). */
    LowerContains(String keyword) {
        this.keyword = keyword;
        this.plainKeyword = plain(keyword);
        this.lower = plainKeyword ? lowerChars(keyword) : null;
    }

    /** Whether {@code CONTAINS(LCASE(text), LCASE(keyword))} is true. */
    boolean test(String text) {
        if (!plainKeyword || !plainLocale() || !plain(text)) {
            return text.toLowerCase().contains(keyword.toLowerCase());
        }
        char[] k = lower;
        int n = k.length;
        if (n == 0) {
            return true;
        }
        char first = k[0];
        for (int i = 0, last = text.length() - n; i <= last; i++) {
            if (Character.toLowerCase(text.charAt(i)) == first && matchesAt(text, i, k)) {
                return true;
            }
        }
        return false;
    }

    private static boolean matchesAt(String text, int at, char[] k) {
        for (int j = 1; j < k.length; j++) {
            if (Character.toLowerCase(text.charAt(at + j)) != k[j]) {
                return false;
            }
        }
        return true;
    }

    private static char[] lowerChars(String s) {
        char[] c = new char[s.length()];
        for (int i = 0; i < c.length; i++) {
            c[i] = Character.toLowerCase(s.charAt(i));
        }
        return c;
    }

    /** Whether String.toLowerCase lowers {@code s} char by char (no sigma, dotted capital I, surrogate). */
    private static boolean plain(String s) {
        for (int i = 0, n = s.length(); i < n; i++) {
            char c = s.charAt(i);
            if (c >= '\u0130' && (c == '\u0130' || c == '\u03A3' || Character.isSurrogate(c))) {
                return false;
            }
        }
        return true;
    }

    /** Whether the default locale lowers as the root locale does (String.toLowerCase's own test). */
    private static boolean plainLocale() {
        String lang = Locale.getDefault().getLanguage();
        return !(lang.equals("tr") || lang.equals("az") || lang.equals("lt"));
    }
}
