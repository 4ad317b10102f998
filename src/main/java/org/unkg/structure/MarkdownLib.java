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
    private static final Pattern ESCAPE = Pattern.compile("\\\\([\\\\`*_{}\\[\\]()#+\\-.!<>|])");
    private static final Pattern TAG = Pattern.compile("</?(?:sup|sub|span|em|strong|i|b|u|br)\\b[^>]*>");
    private static final Pattern HEADING = Pattern.compile("^\\s*#{1,6}\\s+");
    private static final Pattern STARS = Pattern.compile("(?<!\\\\)[*]+");
    private static final Pattern MARKDOWN = Pattern.compile(
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
        String t = HEADING.matcher(s).replaceFirst("");
        t = TAG.matcher(t).replaceAll("");
        List<Link> links = new ArrayList<>();
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

    private static String plain(String s) {
        String t = STARS.matcher(s).replaceAll("");
        return ESCAPE.matcher(t).replaceAll("$1");
    }

    private static boolean hasMarkup(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '#' || c == '<' || c == '[' || c == '*' || c == '\\') {
                return true;
            }
        }
        return false;
    }

    /** The italic words a paragraph opens with ("*Recognizing also* the ..."), or null. */
    static String italicOpening(String s) {
        Matcher m = ITALIC_OPENING.matcher(s);
        return m.find() ? m.group(1).strip() : null;
    }

    /** Whether the text looks like markdown (headings, italics, links, sup tags). */
    static boolean looksLikeMarkdown(String text) {
        // each alternative holds a "#", "]", "<" or "*": a text without them (PDF text) is not searched
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '#' || c == ']' || c == '<' || c == '*') {
                return MARKDOWN.matcher(text).find();
            }
        }
        return false;
    }
}
