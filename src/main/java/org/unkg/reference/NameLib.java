package org.unkg.reference;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/** Cleaning of names as the source tables print them (footnote marks, articles, stray spaces). */
final class NameLib {
    private static final Pattern BRACKET_NOTE = Pattern.compile("\\s*\\[[^\\]]*\\]");
    private static final Pattern TRAILING_ARTICLE =
            Pattern.compile("\\s*\\((?:the|le|la|les|l'|l’|el|los|las)\\)\\s*$", Pattern.CASE_INSENSITIVE);
    private static final Pattern BROKEN_HYPHEN = Pattern.compile("(\\p{L})- (\\p{L})");
    private static final Pattern QUALIFIER = Pattern.compile("\\s*[(（][^()（）]*[)）]\\s*$");
    private static final Pattern LEADING_EN = Pattern.compile("^the\\s+", Pattern.CASE_INSENSITIVE);
    private static final Pattern LEADING_FR = Pattern.compile("^(?:(?:le|la|les)\\s+|l['’])", Pattern.CASE_INSENSITIVE);
    private static final Pattern LEADING_ES = Pattern.compile("^(?:el|la|los|las)\\s+", Pattern.CASE_INSENSITIVE);
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");

    private NameLib() {
    }

    /**
     * A readable label from a table cell: footnote stars, bracketed notes ("[fém.]") and the
     * trailing article in parentheses ("Bahamas (the)") removed, spaces collapsed, a hyphen
     * broken by a space ("Grande- Bretagne") joined. Empty when nothing is left.
     */
    static String clean(String raw) {
        if (raw == null) {
            return "";
        }
        String s = raw.replace('*', ' ').replace('\u00a0', ' ');
        s = BRACKET_NOTE.matcher(s).replaceAll("");
        s = s.replaceAll("\\s+", " ").strip();
        String prev;
        do {
            prev = s;
            s = TRAILING_ARTICLE.matcher(s).replaceAll("").strip();
        } while (!s.equals(prev));
        return BROKEN_HYPHEN.matcher(s).replaceAll("$1-$2");
    }

    /** The name without its leading article ("the Republic of X" gives "Republic of X"). */
    static String stripArticle(String name, String lang) {
        Pattern p = switch (lang) {
            case "en" -> LEADING_EN;
            case "fr" -> LEADING_FR;
            case "es" -> LEADING_ES;
            default -> null;
        };
        if (p == null) {
            return name;
        }
        String s = p.matcher(name).replaceFirst("");
        return s.isEmpty() ? name : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    /** The name without a final parenthetical qualifier ("Iran (Islamic Republic of)" gives "Iran"), or null. */
    static String withoutQualifier(String name) {
        String s = QUALIFIER.matcher(name).replaceAll("").strip();
        return s.equals(name) || s.isEmpty() ? null : s;
    }

    /** The name with diacritics removed ("Côte d'Ivoire" gives "Cote d'Ivoire"). */
    static String stripAccents(String name) {
        return MARKS.matcher(Normalizer.normalize(name, Normalizer.Form.NFD)).replaceAll("");
    }

    /** A lower-case, dash-separated slug of a name ("Office of Legal Affairs" gives "office-of-legal-affairs"). */
    static String slug(String name) {
        String s = stripAccents(name).toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-");
        return s.replaceAll("^-+|-+$", "");
    }
}
