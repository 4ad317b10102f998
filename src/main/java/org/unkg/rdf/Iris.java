package org.unkg.rdf;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Mints the IRIs of the public vocabulary under one base (DESIGN.md, "Public vocabulary").
 * Every path segment is made safe here, whatever a document contained: characters outside the
 * IRI-safe set are percent-encoded as UTF-8, so minted IRIs are always valid.
 *
 * <pre>{@code
 * Iris iris = new Iris("https://w3id.org/unkg/");
 * iris.work("A/RES/76/299");   // https://w3id.org/unkg/doc/A/RES/76/299
 * iris.state("KAZ");           // https://w3id.org/unkg/state/kaz
 * }</pre>
 */
public final class Iris {
    public static final String DEFAULT_BASE = "https://w3id.org/unkg/";

    private final String base;

    public Iris(String base) {
        if (base == null || !(base.startsWith("http://") || base.startsWith("https://"))) {
            throw new IllegalArgumentException("base IRI must be http(s): " + base);
        }
        this.base = base.endsWith("/") ? base : base + "/";
    }

    public static Iris defaults() {
        return new Iris(DEFAULT_BASE);
    }

    public String base() {
        return base;
    }

    /** Work IRI of a normalized symbol; slashes stay path separators. */
    public String work(String symbol) {
        return base + "doc/" + path(symbol);
    }

    public String expression(String workIri, String lang) {
        return workIri + "/lang/" + segment(lang.toLowerCase(Locale.ROOT));
    }

    /** Paragraph or footnote under a Work: key is "preamble/3", "operative/5/a", "footnote/2". */
    public String part(String workIri, String key) {
        return workIri + "/" + path(key);
    }

    /**
     * A Work's qualified mention of an entity minted under the base: the entity's path below the
     * base, after "/mention/" ({work}/mention/state/kaz for the State state/kaz).
     */
    public String mention(String workIri, String entityIri) {
        String rest = entityIri.startsWith(base) ? entityIri.substring(base.length()) : segment(entityIri);
        return workIri + "/mention/" + rest;
    }

    /** A verb as printed in one language: {base}verb-phrase/en/Requests%20also (case and spaces kept). */
    public String verbPhrase(String lang, String verb) {
        return base + "verb-phrase/" + segment(lang.toLowerCase(Locale.ROOT)) + "/" + encodeAll(verb);
    }

    public String state(String iso3) {
        return base + "state/" + segment(iso3.toLowerCase(Locale.ROOT));
    }

    public String org(String slug) {
        return base + "org/" + segment(slug);
    }

    public String treaty(String key) {
        return base + "treaty/" + segment(key);
    }

    public String session(String organ, int number) {
        return base + "session/" + segment(organ) + "/" + number;
    }

    public String meeting(String organ, int session, int number) {
        return base + "meeting/" + segment(organ) + "/" + session + "/" + number;
    }

    public String agendaItem(String organ, int session, String number) {
        return base + "agenda/" + segment(organ) + "/" + session + "/" + segment(number);
    }

    /** Source file node: the file name is the last path segment. */
    public String source(String fileName) {
        return base + "source/" + segment(fileName);
    }

    /** A span (provenance) node under an Expression. */
    public String span(String expressionIri, String block, int start, int end) {
        return expressionIri + "/span/" + path(block) + "/" + start + "-" + end;
    }

    /** Rewrites an IRI minted under the default base to this base (reference data ships with the default). */
    public String rebase(String iri) {
        return iri.startsWith(DEFAULT_BASE) ? base + iri.substring(DEFAULT_BASE.length()) : iri;
    }

    /** Is this IRI under our base? */
    public boolean owns(String iri) {
        return iri.startsWith(base);
    }

    private static final Pattern WHITESPACE = Pattern.compile("\\s+");

    /** Encodes each '/'-separated segment, dropping empty ones. */
    static String path(String s) {
        if (unchangedPath(s)) {
            return s; // most keys and symbols: nothing to encode, no empty or dot segment
        }
        StringBuilder out = new StringBuilder();
        for (String seg : s.split("/")) {
            if (seg.isEmpty()) {
                continue;
            }
            if (out.length() > 0) {
                out.append('/');
            }
            out.append(segment(seg));
        }
        if (out.length() == 0) {
            out.append('_');
        }
        return out.toString();
    }

    /** Whether {@link #path} gives {@code s} back as it is: safe characters and '/', no empty, "." or ".." segment. */
    private static boolean unchangedPath(String s) {
        int from = 0;
        for (int i = 0; i <= s.length(); i++) {
            if (i == s.length() || s.charAt(i) == '/') {
                int len = i - from;
                if (len == 0 || len <= 2 && s.startsWith(len == 1 ? "." : "..", from)) {
                    return false;
                }
                from = i + 1;
            } else if (!safe(s.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    /** Whether {@code s} holds a character the pattern {@code \s} matches (ASCII whitespace). */
    private static boolean hasAsciiSpace(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == ' ' || c >= '\t' && c <= '\r') {
                return true;
            }
        }
        return false;
    }

    private static boolean allSafe(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (!safe(s.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    /** Unreserved characters and the few sub-delims symbols use: written as they are. */
    private static boolean safe(int c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
                || c == '-' || c == '.' || c == '_' || c == '~' || c == '(' || c == ')' || c == '!'
                || c == '*' || c == ',' || c == ';' || c == '=' || c == ':' || c == '@' || c == '+';
    }

    /** Percent-encodes everything but unreserved characters and a few sub-delims symbols use. */
    public static String segment(String s) {
        String t = hasAsciiSpace(s) ? WHITESPACE.matcher(s.strip()).replaceAll("") : s.strip();
        if (t.isEmpty() || t.equals(".") || t.equals("..")) {
            return "_" + t.replace('.', '_');
        }
        if (allSafe(t)) {
            return t; // nothing to encode (most segments: symbols, keys, numbers)
        }
        return percentEncode(t);
    }

    /** One segment for any non-empty text, one-to-one: nothing stripped, "." and ".." encoded. */
    static String encodeAll(String s) {
        if (s.equals(".") || s.equals("..")) {
            return s.replace(".", "%2E");
        }
        return allSafe(s) ? s : percentEncode(s);
    }

    private static String percentEncode(String t) {
        StringBuilder out = new StringBuilder(t.length());
        for (byte b : t.getBytes(StandardCharsets.UTF_8)) {
            int c = b & 0xff;
            if (safe(c)) {
                out.append((char) c);
            } else {
                out.append('%').append(Character.toUpperCase(Character.forDigit(c >> 4, 16)))
                        .append(Character.toUpperCase(Character.forDigit(c & 0xf, 16)));
            }
        }
        return out.toString();
    }
}
