package org.unkg.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

import org.unkg.model.Link;

/**
 * The text of an AKN element as a reader sees it: footnote bodies left out (and reported),
 * hyperlinks kept with their offsets, the opening emphasized span (the verb) found, and
 * whitespace collapsed, all offsets computed in the final, collapsed text.
 *
 * <pre>{@code
 * AknText t = AknText.of(paragraphElement, e -> AknXml.is(e, "num"));
 * t.text(); t.links(); t.notes(); t.verb();
 * }</pre>
 *
 * @param text  the collapsed text
 * @param verb  the opening italic or bold span, collapsed, or null
 * @param links hyperlinks with [start, end) in {@code text}
 * @param notes the {@code authorialNote} elements met, in order
 */
record AknText(String text, String verb, List<Link> links, List<AknElement> notes) {
    /** Deeper than any real document; bounds recursion on hostile input. */
    static final int MAX_DEPTH = 64;

    private static final Set<String> BLOCKS = Set.of("p", "item", "intro", "wrapUp", "point", "list", "blockList",
            "content", "num", "heading", "subheading", "tr", "td", "th", "listIntroduction", "listWrapUp");

    AknText {
        links = List.copyOf(links);
        notes = List.copyOf(notes);
    }

    /** The text of {@code root}, leaving out every descendant element {@code skip} accepts. */
    static AknText of(AknElement root, Predicate<AknElement> skip) {
        Collector c = new Collector(skip);
        c.walk(root, 0);
        return c.finish();
    }

    /**
     * Whether {@code of(root, skip)} would give a text that is not blank: the same walk, stopped
     * at the first character that is not a space, without building the text.
     */
    static boolean hasText(AknElement root, Predicate<AknElement> skip) {
        return hasText(root, skip, 0);
    }

    private static boolean hasText(AknElement n, Predicate<AknElement> skip, int depth) {
        if (depth > MAX_DEPTH) {
            return false;
        }
        for (Object c : n.content()) {
            if (c instanceof String v) {
                for (int i = 0; i < v.length(); i++) {
                    if (!isSpace(v.charAt(i))) {
                        return true;
                    }
                }
            } else if (c instanceof AknElement e && !Collector.left(e, skip) && hasText(e, skip, depth + 1)) {
                return true;
            }
        }
        return false;
    }

    /** Collapses whitespace runs (including no-break spaces) to one space and trims. */
    static String collapse(String s) {
        StringBuilder b = new StringBuilder(s.length());
        boolean space = false;
        for (int i = 0; i < s.length(); i++) {
            char ch = s.charAt(i);
            if (isSpace(ch)) {
                space = b.length() > 0;
            } else {
                if (space) {
                    b.append(' ');
                    space = false;
                }
                b.append(ch);
            }
        }
        return b.toString();
    }

    static boolean isSpace(char ch) {
        if (ch > ' ' && ch < '\u0085') {
            return false; // printable ASCII, decided without a table look-up
        }
        if (ch > '\u00a0' && ch < '\u1680' || ch > '\u3000') {
            return false; // Latin-1 letters to Arabic, and CJK: no Unicode space lies in these ranges
        }
        return Character.isWhitespace(ch) || ch == '\u00a0' || ch == '\u2007' || ch == '\u202f' || ch == '\u200b';
    }

    private static final class Collector {
        private final Predicate<AknElement> skip;
        private final StringBuilder raw = new StringBuilder();
        private final List<int[]> linkSpans = new ArrayList<>();
        private final List<String> hrefs = new ArrayList<>();
        private final List<AknElement> notes = new ArrayList<>();
        private int verbStart = -1;
        private int verbEnd = -1;
        private boolean verbOpen = true; // still at the opening: no plain text yet

        Collector(Predicate<AknElement> skip) {
            this.skip = skip;
        }

        void walk(AknElement n, int depth) {
            if (depth > MAX_DEPTH) {
                return;
            }
            for (Object c : n.content()) {
                if (c instanceof String v) {
                    if (verbOpen && !v.isBlank()) {
                        verbOpen = false;
                    }
                    raw.append(v);
                } else {
                    element((AknElement) c, depth + 1);
                }
            }
        }

        private void element(AknElement e, int depth) {
            String name = AknXml.name(e);
            if ("authorialNote".equals(name)) {
                notes.add(e);
                return;
            }
            if (left(e, skip)) {
                return;
            }
            boolean block = BLOCKS.contains(name);
            if (block) {
                raw.append(' ');
            }
            if ("span".equals(name) && verbOpen && emphasized(e)) {
                if (verbStart < 0) {
                    verbStart = raw.length();
                }
                walkVerb(e, depth);
                verbEnd = raw.length();
            } else if ("a".equals(name) && e.hasAttribute("href")) {
                int start = raw.length();
                walk(e, depth);
                linkSpans.add(new int[] {start, raw.length()});
                hrefs.add(e.attribute("href").strip());
            } else {
                walk(e, depth);
            }
            if (block) {
                raw.append(' ');
            }
        }

        /** A part whose text is left out: a footnote, a skipped part, or the brackets printed around a footnote mark. */
        static boolean left(AknElement e, Predicate<AknElement> skip) {
            String name = AknXml.name(e);
            return "authorialNote".equals(name) || skip.test(e)
                    || "sup".equals(name) && e.textContent().matches("[\\s()（）]*");
        }

        private void walkVerb(AknElement e, int depth) {
            // text inside the verb span does not close the opening (a second emphasized span right
            // after it extends the verb); plain text after it does
            walk(e, depth);
            verbOpen = true;
        }

        private static boolean emphasized(AknElement e) {
            String cls = e.attribute("class");
            return cls.contains("italic") || cls.contains("bold");
        }

        AknText finish() {
            int len = raw.length();
            char[] in = new char[len];
            raw.getChars(0, len, in, 0);
            int[] map = new int[len + 1];
            char[] out = new char[len];
            int o = 0;
            boolean space = false;
            for (int i = 0; i < len; i++) {
                char ch = in[i];
                if (isSpace(ch)) {
                    space = o > 0;
                    map[i] = o + (space ? 1 : 0);
                } else {
                    if (space) {
                        out[o++] = ' ';
                        space = false;
                    }
                    map[i] = o;
                    out[o++] = ch;
                }
            }
            map[len] = o;
            String text = new String(out, 0, o);
            List<Link> links = new ArrayList<>();
            for (int i = 0; i < linkSpans.size(); i++) {
                int[] s = trim(raw, linkSpans.get(i)[0], linkSpans.get(i)[1]);
                int start = Math.min(map[s[0]], text.length());
                int end = Math.max(start, Math.min(s[1] > s[0] ? map[s[1] - 1] + 1 : start, text.length()));
                Link prev = links.isEmpty() ? null : links.get(links.size() - 1);
                if (prev != null && prev.href().equals(hrefs.get(i)) && prev.end() <= start
                        && text.substring(prev.end(), start).isBlank()) {
                    // one reference split over several <a> with the same target ("7", "8", "/", "266")
                    links.set(links.size() - 1, new Link(prev.href(), prev.start(), end));
                } else {
                    links.add(new Link(hrefs.get(i), start, end));
                }
            }
            String verb = null;
            if (verbStart >= 0) {
                verb = collapse(raw.substring(verbStart, verbEnd));
                if (verb.isEmpty()) {
                    verb = null;
                }
            }
            return new AknText(text, verb, links, notes);
        }

        private static int[] trim(CharSequence s, int start, int end) {
            while (start < end && isSpace(s.charAt(start))) {
                start++;
            }
            while (end > start && isSpace(s.charAt(end - 1))) {
                end--;
            }
            return new int[] {start, end};
        }
    }
}
