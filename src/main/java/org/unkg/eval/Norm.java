package org.unkg.eval;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/** Normal forms used on both sides of every comparison, so that only content differences count. */
public final class Norm {
    /** Invisible direction marks: LRM, RLM, embeddings and isolates. */
    private static final Pattern BIDI = Pattern.compile("[\u200e\u200f\u202a-\u202e\u2066-\u2069]");

    private Norm() {
    }

    /**
     * Text as printed, made comparable: NFKC (full-width punctuation becomes ASCII), markdown
     * emphasis removed, curly apostrophes straightened, direction marks dropped, whitespace runs collapsed; for languages
     * written without spaces (zh, ja) all whitespace is removed, since PDF extraction inserts it
     * around digits and at line ends.
     */
    public static String text(String s, String lang) {
        if (s == null) {
            return null;
        }
        String t = Normalizer.normalize(s, Normalizer.Form.NFKC).replace("*", "").replace('\u2019', '\'')
                .replace('\u2011', '-').replace('\u00ad', ' ');
        t = BIDI.matcher(t).replaceAll(""); // invisible direction marks (the Arabic XML has U+200F in titles)
        t = unspaced(lang) ? t.replaceAll("[\\s\\u00a0\\u3000]+", "") : t.replaceAll("[\\s\\u00a0]+", " ").strip();
        return t.isEmpty() ? null : t;
    }

    /** {@link #text} in lower case, for names and verbs; trailing commas and colons (Arabic ones too) dropped. */
    public static String key(String s, String lang) {
        String t = text(s, lang);
        if (t == null) {
            return null;
        }
        t = t.toLowerCase(Locale.ROOT).replaceAll("[,:;.\u060c\u061b]+$", "").strip(); // with the Arabic comma and semicolon
        if (t.startsWith("the ")) {
            t = t.substring(4);
        }
        return t.isEmpty() ? null : t;
    }

    /** A document symbol: no whitespace, upper case ("A/RES/53/243 A" gives "A/RES/53/243A"). */
    public static String symbol(String s) {
        if (s == null) {
            return null;
        }
        String t = Normalizer.normalize(s, Normalizer.Form.NFKC).replaceAll("\\s+", "").toUpperCase(Locale.ROOT);
        return t.isEmpty() ? null : t;
    }

    /** Whether the language is written without spaces between words. */
    public static boolean unspaced(String lang) {
        return "zh".equals(lang) || "ja".equals(lang);
    }
}
