package org.unkg.ingest;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Document symbols from UN document links: {@code https://undocs.org/en/A/RES/76/299},
 * {@code https://docs.un.org/zh/S/RES/2510(2020)}, {@code https://undocs.org//en/A/RES/2200 (XXI)}.
 * The language segment is dropped, the path URL-decoded, spaces removed, all-letter segments
 * ("a", "res", "hrc") upper-cased and a lower-case part letter after a number ("243b") too.
 * Links that carry no symbol (PDF paths, job-number look-ups) give null.
 *
 * <pre>{@code
 * UndocsLinks.symbol("https://undocs.org/en/A/RES/2832(XXVI)");   // "A/RES/2832(XXVI)"
 * }</pre>
 */
final class UndocsLinks {
    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final Pattern LEADING_SLASHES = Pattern.compile("^/+");
    private static final Pattern TRAILING_SLASHES = Pattern.compile("/+$");
    private static final Pattern SLASH_RUNS = Pattern.compile("/{2,}");
    private static final Pattern URL = Pattern.compile(
            "(?i)^https?://(?:www\\.)?(undocs\\.org|docs\\.un\\.org|documents\\.un\\.org)(/[^?#]*)?(?:\\?([^#]*))?");
    private static final Set<String> LANGS = Set.of("en", "ch", "zh", "fr", "es", "ru", "ar", "e", "f", "s", "r", "a", "c");
    private static final Set<String> TWO_LETTER_LANGS = Set.of("en", "ch", "zh", "fr", "es", "ru", "ar");
    private static final Pattern LETTERS = Pattern.compile("\\p{L}+");
    private static final Pattern PART = Pattern.compile("(\\d+)([a-z](?:-[a-z])*)");
    private static final Pattern SYMBOL_PARAM = Pattern.compile("(?:^|&)(?:s|symbol)=([^&]+)");

    private UndocsLinks() {
    }

    /** Whether the link points at a UN document host (undocs.org, docs.un.org, documents.un.org). */
    static boolean isUnDocs(String href) {
        return href != null && URL.matcher(href.strip()).find();
    }

    /** The normalized symbol of a link, or null when it names no document symbol. */
    static String symbol(String href) {
        if (href == null) {
            return null;
        }
        Matcher m = URL.matcher(href.strip());
        if (!m.find()) {
            return null;
        }
        String host = m.group(1).toLowerCase(Locale.ROOT);
        String path = m.group(2) == null ? "" : m.group(2);
        if (host.equals("documents.un.org")) {
            Matcher q = SYMBOL_PARAM.matcher(m.group(3) == null ? "" : m.group(3));
            if (!q.find()) {
                return null; // PDF paths and job-number look-ups carry no symbol
            }
            path = q.group(1);
        }
        path = SPACES.matcher(decode(path)).replaceAll("");
        path = TRAILING_SLASHES.matcher(LEADING_SLASHES.matcher(path).replaceAll("")).replaceAll("");
        int slash = path.indexOf('/');
        if (slash > 0 && TWO_LETTER_LANGS.contains(path.substring(0, slash).toLowerCase(Locale.ROOT))) {
            path = path.substring(slash + 1);
        }
        path = SLASH_RUNS.matcher(path).replaceAll("/");
        if (path.isEmpty() || !path.contains("/") && LANGS.contains(path.toLowerCase(Locale.ROOT))) {
            return null;
        }
        StringBuilder out = new StringBuilder();
        for (String seg : path.split("/")) {
            if (out.length() > 0) {
                out.append('/');
            }
            if (LETTERS.matcher(seg).matches()) {
                out.append(seg.toUpperCase(Locale.ROOT));
            } else {
                Matcher p = PART.matcher(seg);
                out.append(p.matches() ? p.group(1) + p.group(2).toUpperCase(Locale.ROOT) : seg);
            }
        }
        return out.toString();
    }

    private static String decode(String s) {
        try {
            return URLDecoder.decode(s.replace("+", "%2B"), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return s; // a stray '%': keep the path as written
        }
    }
}
