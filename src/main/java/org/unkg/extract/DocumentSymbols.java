package org.unkg.extract;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * UN document symbols as printed, in any language: a series ("A", "S", "E", "ST", "NPT",
 * "UNEP", "ICCD", ...) and slash-separated segments. What a symbol may carry:
 * <ul>
 * <li>segments with dots, hyphens and a parenthesized number: "A/C.2/72/3", "A/HRC/RES/S-29/1",
 * "ICCD/COP(14)/16/Add.1";</li>
 * <li>one numeric segment after a series of two letters or more: "SPLOS/316", "GC.18/3" (not after a
 * Roman numeral: "decision XIII/5" of a conference of parties is no UN symbol);</li>
 * <li>a qualifier in parentheses, then more segments: "S/RES/1631 (2005)", "A/76/6 (Sect. 5)/Corr.1",
 * "A/76/5 (Vol. I)", "NPT/CONF.2000/28 (Parts I and II)", "A/76/6 (Introduction)";</li>
 * <li>a joint symbol of two series: "A/75/651-S/2020/1203".</li>
 * </ul>
 * Repetitions are bounded (no symbol has 12 parts or a 40-character part): an unbounded repeated
 * group recurses once per repetition and overflows the stack on a hostile paragraph of thousands
 * of glued symbols.
 *
 * <pre>{@code
 * DocumentSymbols.normalize("A/76/6 (Sect. 5)/Corr.1");   // "A/76/6(Sect.5)/Corr.1"
 * }</pre>
 */
final class DocumentSymbols {
    private static final String SEGMENT = "[A-Za-z0-9.\\-\u2011]{1,40}(?:\\(\\d{1,4}\\))?";
    private static final String QUALIFIER = "\\s*\\((?:\\d{4}|(?:Parts?|Vols?\\.|Sects?\\.|Supp\\.|Introduction|Summary)"
            + "[^()]{0,30})\\)(?:/" + SEGMENT + "){0,4}";
    /** A symbol as printed (see the class comment). */
    static final Pattern SYMBOL = Pattern.compile(
            "(?<![A-Za-z0-9/.\\-])(?:(?:A|S|E|ST|TD|CD|DP)(?:/" + SEGMENT + "){1,12}"
                    + "|[A-Z]{2,8}(?:\\.\\d{1,4})?(?:/" + SEGMENT + "){2,12}"
                    + "|(?![IVXLCDM]+/)[A-Z]{2,8}(?:\\.\\d{1,4})?/\\d{1,5}(?![\\p{L}\\p{N}/]))"
                    + "(?:" + QUALIFIER + ")?", Pattern.UNICODE_CHARACTER_CLASS);
    private static final Pattern TRAILING = Pattern.compile("[.\\-]+$");
    private static final Pattern DIGIT = Pattern.compile("\\d");

    private DocumentSymbols() {
    }

    /**
     * Whether {@link #SYMBOL} may match at offset {@code i}: every alternative opens with an ASCII
     * capital that its lookbehind lets stand there (not after a letter, digit, "/", "." or "-"),
     * and at most eight capitals in all before a "/" or ".". For {@link LeadScan}.
     */
    static boolean mayStart(CharSequence t, int i) {
        char c = t.charAt(i);
        if (c < 'A' || c > 'Z') {
            return false;
        }
        if (i > 0) {
            char b = t.charAt(i - 1);
            if (b >= 'A' && b <= 'Z' || b >= 'a' && b <= 'z' || b >= '0' && b <= '9' || b == '/' || b == '.' || b == '-') {
                return false;
            }
        }
        // every alternative reads one to eight capitals, then "/" (or the "." of "GC.18/3"): a capital
        // followed by a small letter ("The", "United"), a space or a ninth capital starts none
        int n = t.length();
        int j = i + 1;
        while (j < n && j - i <= 8 && t.charAt(j) >= 'A' && t.charAt(j) <= 'Z') {
            j++;
        }
        return j - i <= 8 && j < n && (t.charAt(j) == '/' || t.charAt(j) == '.');
    }

    /** The printed length of a matched symbol without its trailing dots and hyphens (sentence punctuation). */
    static int printedLength(Matcher m) {
        return TRAILING.matcher(m.group()).replaceFirst("").length();
    }

    /** A printed symbol without whitespace and trailing punctuation, or null when it has no digit. */
    static String normalize(String printed) {
        String s = TRAILING.matcher(CitationGrammar.stripSpaces(printed).replace('\u2011', '-')).replaceFirst("");
        return DIGIT.matcher(s).find() ? s : null;
    }
}
