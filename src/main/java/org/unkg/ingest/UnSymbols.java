package org.unkg.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Document symbols in a printed list, in any of the six languages: "A/76/L.14 and A/76/L.14/Add.1",
 * "A/76/L.14和A/76/L.14/Add.1", "A/76/383/Add.1，第6段", "(A/79/840, párr. 6". The symbols are
 * found by their own shape (Latin letters, digits and slashes), so every connector (和, 及, and, et,
 * y, и, و, commas, 、) and every trailing paragraph reference falls away; each symbol loses its
 * spaces and trailing punctuation. Stateless.
 *
 * <pre>{@code
 * UnSymbols.list("A/76/L.14和A/76/L.14/Add.1");   // ["A/76/L.14", "A/76/L.14/Add.1"]
 * UnSymbols.isDraft("A/C.1/76/L.14");             // true
 * }</pre>
 */
final class UnSymbols {
    /** A symbol as printed: a series letter group, then slash-separated segments (spaces allowed around '/'). */
    private static final Pattern PRINTED = Pattern.compile(
            "(?<![A-Za-z0-9/.\\-])[A-Z]{1,8}(?:\\s*/\\s*[A-Za-z0-9][A-Za-z0-9.\\-]*)+");
    /**
     * A draft resolution: an L document of the Assembly or one of its committees, optionally revised
     * or added to: "A/79/L.9/Rev.1", "A/C.1/76/L.34/Rev.1", "A/ES-11/L.5", "A/C.3/76/L.12/Add.1".
     */
    private static final Pattern DRAFT = Pattern.compile(
            "A(?:/(?:C\\.\\d|SPC|AC\\.\\d+))?(?:/\\d{1,3})?(?:/ES-\\d{1,2})?/L\\.\\d+(?:/(?:Rev|Add|Corr)\\.\\d+)*");
    /** Any document symbol: a series, at least one more segment, each segment letters, digits, dots, hyphens. */
    private static final Pattern SYMBOL = Pattern.compile("[A-Z]{1,8}(?:/[A-Za-z0-9][A-Za-z0-9.\\-]*)+(?<![.\\-])");

    private UnSymbols() {
    }

    /** The symbols in a printed list, normalized, in order, without repeats. */
    static List<String> list(String printed) {
        List<String> out = new ArrayList<>();
        if (printed == null) {
            return out;
        }
        Matcher m = PRINTED.matcher(printed);
        while (m.find()) {
            String s = m.group().replaceAll("\\s+", "").replaceAll("[.\\-]+$", "");
            if (SYMBOL.matcher(s).matches() && !out.contains(s)) {
                out.add(s);
            }
        }
        return out;
    }

    /** Whether a normalized symbol is a draft resolution's ("A/79/L.9/Rev.1"). */
    static boolean isDraft(String symbol) {
        return symbol != null && DRAFT.matcher(symbol).matches();
    }
}
