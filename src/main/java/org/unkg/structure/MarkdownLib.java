package org.unkg.structure;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.unkg.model.Link;

/**
 * Inline markdown as PDF/Word-to-markdown converters write it: {@code [text](url)},
 * {@code \(} escapes, {@code *italics*}, {@code <sup>1</sup>}, {@code # headings}. Removes the
 * markup and keeps the hyperlinks that point somewhere.
 */
final class MarkdownLib {
    private static final Pattern LINK = Pattern.compile("\\[([^\\]\\[]*)\\]\\(([^)\\s]*)\\)");
    private static final Pattern TAG = Pattern.compile("</?(?:sup|sub|span|em|strong|i|b|u|br)\\b[^>]*>");
    private static final Pattern HEADING = Pattern.compile("^\\s*#{1,6}\\s+");
    /** What {@link #looksLikeMarkdown} finds, scanned by hand ({@code FastPathEquivalenceTest} compares the two). */
    static final Pattern MARKDOWN = Pattern.compile(
            "(?m)^#{1,6}\\s|\\]\\([^)]*\\)|<sup>|(?m)^\\s*\\*[^*\\s\\d][^*]*\\*");
    private static final Pattern ITALIC_OPENING = Pattern.compile("^\\s*[*_]{1,3}([^*_]+?)[*_]{1,3}(?=\\s|$|[,.;:])");

    private MarkdownLib() {
    }

    /** Text without markup, and the links with their anchor offsets in that text. */
    record Clean(String text, List<Link> links) {
    }

    static Clean clean(String s) {
        if (!hasMarkup(s)) {
            return new Clean(s, List.of()); // every pattern below needs one of these characters
        }
        // each pattern runs only where the text holds the character it needs: a find() tries every
        // offset, and the "^" of HEADING fails at each but the first (6.8 % of the structure step's
        // samples went to HEADING and 3.2 % to TAG, on blocks whose only markup was a "*" or "[")
        String t = opensWithHash(s) ? HEADING.matcher(s).replaceFirst("") : s;
        t = t.indexOf('<') >= 0 ? TAG.matcher(t).replaceAll("") : t;
        List<Link> links = new ArrayList<>();
        if (!t.contains("](")) {
            return new Clean(plain(t), links); // LINK needs "](": the loop below would find nothing
        }
        StringBuilder out = new StringBuilder();
        Matcher m = LINK.matcher(t);
        int last = 0;
        while (m.find()) {
            out.append(plain(t.substring(last, m.start())));
            String anchor = plain(m.group(1));
            String href = m.group(2);
            if (href.startsWith("http")) {
                links.add(new Link(href, out.length(), out.length() + anchor.length()));
            }
            out.append(anchor);
            last = m.end();
        }
        out.append(plain(t.substring(last)));
        return new Clean(out.toString(), links);
    }

    /** Just the text. */
    static String text(String s) {
        return clean(s).text();
    }

    /**
     * What the patterns {@code (?<!\\)[*]+}, every match replaced by nothing, then
     * {@code \\([\\`*_{}\[\]()#+\-.!<>|])}, every match by its group, gave; in two hand scans.
     * The first removes each run of stars whose first is not after a backslash (a star after one
     * stays, and the stars after it are a run of their own); the second keeps the character after
     * each backslash that escapes one of those characters and scans on after it. The regexes ran
     * their lookbehind at every offset of every line with a star (page furniture "*2118664*"); a
     * small share once the code is compiled, more before. {@code FastPathEquivalenceTest} compares
     * {@link #clean} with the patterns.
     */
    private static String plain(String s) {
        String t = s.indexOf('*') >= 0 ? withoutStars(s) : s;
        return t.indexOf('\\') >= 0 ? unescaped(t) : t;
    }

    private static String withoutStars(String s) {
        StringBuilder out = new StringBuilder(s.length());
        int n = s.length();
        int i = 0;
        while (i < n) {
            char c = s.charAt(i);
            if (c == '*' && (i == 0 || s.charAt(i - 1) != '\\')) {
                while (i < n && s.charAt(i) == '*') {
                    i++;
                }
                continue;
            }
            out.append(c);
            i++;
        }
        return out.toString();
    }

    /** The characters a backslash escapes. */
    private static final String ESCAPABLE = "\\`*_{}[]()#+-.!<>|";

    private static String unescaped(String s) {
        StringBuilder out = new StringBuilder(s.length());
        int n = s.length();
        int i = 0;
        while (i < n) {
            char c = s.charAt(i);
            if (c == '\\' && i + 1 < n && ESCAPABLE.indexOf(s.charAt(i + 1)) >= 0) {
                out.append(s.charAt(i + 1));
                i += 2;
            } else {
                out.append(c);
                i++;
            }
        }
        return out.toString();
    }

    /**
     * Whether the first character after the leading {@code \s} (ASCII) spaces is "#": where it is
     * not, {@link #HEADING} ("^" without MULTILINE, then spaces and "#") cannot match.
     */
    static boolean opensWithHash(String s) {
        int i = 0;
        while (i < s.length() && asciiSpace(s.charAt(i))) {
            i++;
        }
        return i < s.length() && s.charAt(i) == '#';
    }

    /**
     * Whether the text holds '#', '<', '[', '*' or '\\': five {@code indexOf} scans, which the JIT
     * compiles to vector instructions, instead of one loop testing a bit per character (it runs on
     * every line and block, several times: 1.3-1.5 times faster on the sample's lines, and the
     * loop was 4.8 % of the text path's CPU samples in a warmed run, 2026-11-24).
     */
    static boolean hasMarkup(String s) {
        return s.indexOf('*') >= 0 || s.indexOf('#') >= 0 || s.indexOf('<') >= 0 || s.indexOf('[') >= 0
                || s.indexOf('\\') >= 0;
    }

    /** The italic words a paragraph opens with ("*Recognizing also* the ..."), or null. */
    static String italicOpening(String s) {
        Matcher m = ITALIC_OPENING.matcher(s);
        return m.find() ? m.group(1).strip() : null;
    }

    /**
     * Whether the text looks like markdown (headings, italics, links, sup tags): whether
     * {@link #MARKDOWN} finds a match, without running it at every offset (PDF text holds "*" in
     * its page furniture "*2118664*", so its characters alone do not rule it out). The pattern's
     * four alternatives, each read by hand: "(?m)^#{1,6}\s", a line opening with one to six "#"
     * and a space; "\]\([^)]*\)", a "](" with a ")" somewhere after it; "<sup>"; and
     * "(?m)^\s*\*[^*\s\d][^*]*\*", a line whose first non-space (the spaces may run over line
     * ends) is a "*" followed by a character neither "*", space nor digit, with another "*"
     * somewhere after that.
     */
    static boolean looksLikeMarkdown(String text) {
        int close = text.indexOf("](");
        if (close >= 0 && text.indexOf(')', close + 2) >= 0 || text.contains("<sup>")) {
            return true;
        }
        // the scan reads one copy of the characters: charAt on a UTF-16 text (Chinese, Arabic, Russian)
        // checks its index at every call
        char[] cs = text.toCharArray();
        int len = cs.length;
        int lastStar = text.lastIndexOf('*');
        int spacesTo = -1; // where the last run of spaces skipped from a line start ended
        for (int i = 0; i < len; i++) {
            if (i > 0 && !lineEnd(cs[i - 1])) {
                continue; // "^" in MULTILINE mode: at the start, or after a line terminator (not at the end)
            }
            if (cs[i] == '#') {
                int k = i;
                while (k < len && cs[k] == '#') {
                    k++;
                }
                if (k - i <= 6 && k < len && asciiSpace(cs[k])) {
                    return true;
                }
            }
            if (lastStar < i) {
                continue;
            }
            int p = i <= spacesTo ? spacesTo : i;
            while (p < len && asciiSpace(cs[p])) {
                p++;
            }
            spacesTo = p;
            if (p + 1 < len && cs[p] == '*') {
                char c = cs[p + 1];
                if (c != '*' && !asciiSpace(c) && !(c >= '0' && c <= '9') && lastStar >= p + 2) {
                    return true;
                }
            }
        }
        return false;
    }

    /** A character after which "^" matches in MULTILINE mode (without UNIX_LINES). */
    private static boolean lineEnd(char c) {
        return c == '\n' || c == '\r' || c == '\u0085' || c == '\u2028' || c == '\u2029';
    }

    /** {@code \s} without UNICODE_CHARACTER_CLASS: [ \t\n\x0B\f\r]. */
    private static boolean asciiSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == 0x0b || c == '\f' || c == '\r';
    }
}
