package org.unkg.structure;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.unkg.model.Footnote;
import org.unkg.model.Link;
import org.unkg.model.Paragraph;

/**
 * The preamble and operative part of a text: each block between the enacting formula and
 * operative paragraph 1 is a preambular paragraph; numbered blocks are operative paragraphs,
 * "(a)" blocks their sub-items and "(i)" blocks sub-items of those. Footnote markers are found
 * in the text (sup tags, superscript digits, or digits glued to the text in PDF extractions,
 * taken in footnote order), removed from it, and the footnote is attached to that paragraph.
 */
final class BodyParser {
    private static final Pattern NUMBERED = Pattern.compile("^(\\d{1,3})(?:\\.|\\s+-)\\s+(.*)$", Pattern.DOTALL);
    /**
     * "(a)", and as Russian prints them "а)", as Arabic "(أ)"; or a Chinese sub-sub-item "㈠ text" (a
     * parenthesized ideograph, U+3220..U+3229). Groups: 1 or 2 a label, 3 an ideograph, 4 the text.
     */
    private static final Pattern ITEM = Pattern.compile("^(?:(?:\\(([a-z]{1,4}|\\p{IsArabic}{1,2})\\)"
            + "|([a-z]{1,4}|\\p{IsCyrillic}{1,2})\\))\\s+|([\u3220-\u3229])\\s*)(.*)$", Pattern.DOTALL);
    private static final Pattern ROMAN = Pattern.compile("^(?:i{1,3}|iv|v|vi{1,3}|ix|x)$");
    static final Pattern SUP = Pattern.compile("<sup>(\\d{1,3})</sup>|([\u00b9\u00b2\u00b3\u2070-\u2079]+)");
    static final Pattern GLUED = Pattern.compile(
            "(?<=[^\\s\\d/.\\-:A-Z])(\\d{1,3})(?=\\s|$|[,;:\uff0c\u3002\uff1b\uff1a\u060c\u061b])");
    /** Several marks at one place: "，1 , 2 , 3" or "Convention,3, 4" (the first glued to the text). */
    static final Pattern GLUED_LIST = Pattern.compile(
            "(?<=[^\\s\\d/.\\-:A-Z])\\d{1,3}(?:\\s?[,\uff0c\u3001\u060c]\\s?\\d{1,3})+(?=\\s|$|[;:\uff0c\u3002\uff1b\uff1a.\u060c\u061b])");
    /** Longest section heading, in characters. */
    private static final int MAX_HEADING = 200;
    /** Footnote marks after the last punctuation of a block: "，4", ",3, 4", "，1 , 2". */
    private static final String TRAILING_MARKS =
            "\\s*(?:\\d{1,3}(?:\\s?[,\uff0c\u3001]\\s?\\d{1,3})*|[\u00b9\u00b2\u00b3\u2070-\u2079]+)?\\s*$";
    /**
     * A block ending with a colon, a footnote mark after it or not: it introduces what follows.
     * Latin colon only: a Chinese preambular paragraph may end with a full-width colon.
     */
    private static final Pattern INTRODUCES = Pattern.compile(":\\d{0,3}$");
    /** Footnote marks glued to a block's last punctuation, a wrapped one in parentheses: ",1, (2)". */
    private static final Pattern GLUED_RUN = Pattern.compile(
            "(?<=[.,;:\u060c\u061b])\\d{1,3}(?:\\s?[,\u060c]\\s?\\(?\\d{1,3}\\)?)+$");
    private static final Pattern MARK_AFTER_STOP = Pattern.compile("(?<=[.\u3002])\\d{1,3}$");
    private static final Pattern TRAILING_SPACE = Pattern.compile("\\s+$");
    private static final Pattern LAST_MARK = Pattern.compile("\\d{1,3}$");
    private static final Pattern SPACE_RUN = Pattern.compile("\\s+");
    /** Longest section heading, in characters (two printed lines), unless the profile says {@code heading.max}. */
    private static final int HEADING_MAX = 160;

    private final Profile profile;
    /**
     * Longest unnumbered block taken for a section heading: Chinese sets a heading on one line of
     * some 36 characters ({@code heading.max}); a longer block without closing punctuation is a
     * paragraph printed without it.
     */
    private final int headingMax;
    /** A block that ends a clause: the profile's terminal punctuation, or ".,;:", then any footnote marks. */
    private final Pattern clauseEnd;
    /** Whether a colon-ended block just before paragraph 1 opens the operative part (profile "leadin"). */
    private final boolean leadIn;
    private final Pattern colonEnd = Pattern.compile("[:\uff1a]" + TRAILING_MARKS);
    private final VerbFinder verbs;
    private final Map<String, String> footnoteTexts;
    private final Map<String, String> attached = new HashMap<>();
    private int nextMarker;
    /** Per block of the {@link #parse} under way, its {@link #plain} text once asked (a parser reads one document). */
    private String[] plains = new String[0];

    /** A paragraph being built: sub-items are added until the next numbered paragraph. */
    private static final class Draft {
        final Paragraph.Kind kind;
        final String key;
        final int ordinal;
        final String number;
        final String verb;
        final String text;
        final List<Link> links;
        final List<Draft> items = new ArrayList<>();

        Draft(Paragraph.Kind kind, String key, int ordinal, String number, String verb, String text, List<Link> links) {
            this.kind = kind;
            this.key = key;
            this.ordinal = ordinal;
            this.number = number;
            this.verb = verb;
            this.text = text;
            this.links = links;
        }

        Paragraph build() {
            return new Paragraph(kind, key, ordinal, number, verb, text, items.stream().map(Draft::build).toList(),
                    links);
        }
    }

    /** The result: paragraphs and footnotes, and the index of the first block after the body. */
    record Body(List<Paragraph> preamble, List<Paragraph> operative, List<Footnote> footnotes, int end) {
    }

    BodyParser(Profile profile, VerbFinder verbs, List<TextLayout.FootnoteText> notes) {
        this.profile = profile;
        this.leadIn = "operative".equals(profile.get("leadin"));
        this.headingMax = profile.get("heading.max").isEmpty() ? HEADING_MAX : Integer.parseInt(profile.get("heading.max"));
        this.clauseEnd = Pattern.compile("[" + Pattern.quote(profile.terminal() + ".,;:") + "]" + TRAILING_MARKS);
        this.verbs = verbs;
        this.footnoteTexts = new java.util.LinkedHashMap<>();
        for (TextLayout.FootnoteText n : notes) {
            footnoteTexts.putIfAbsent(n.marker(), SPACE_RUN.matcher(MarkdownLib.text(n.text())).replaceAll(" ").strip());
        }
        this.nextMarker = footnoteTexts.keySet().stream().mapToInt(Integer::parseInt).min().orElse(1);
    }

    /** Parses blocks from {@code start} until a block {@code isEnd} says closes the body. */
    Body parse(List<TextLayout.Block> blocks, int start, java.util.function.Predicate<String> endTest) {
        // the end test (a dozen header patterns and two date lines) is asked of a block up to six times:
        // by the loops below and by the heading look-ahead; it is a pure function of the text, so each
        // distinct text is asked once
        Map<String, Boolean> ends = new HashMap<>();
        java.util.function.Predicate<String> isEnd = t -> ends.computeIfAbsent(t, endTest::test);
        plains = new String[blocks.size()];
        List<Draft> preamble = new ArrayList<>();
        List<Draft> operative = new ArrayList<>();
        boolean numbers = false;
        for (int k = start; k < blocks.size() && !isEnd.test(plain(blocks, k)); k++) {
            numbers |= NUMBERED.matcher(blocks.get(k).text().strip()).matches();
        }
        int i = start;
        for (; i < blocks.size(); i++) {
            String raw = blocks.get(i).text();
            String plain = plain(blocks, i);
            if (isEnd.test(plain)) {
                break;
            }
            Matcher num = NUMBERED.matcher(raw.strip());
            Matcher item = ITEM.matcher(plain);
            if (!numbers && endsWithFullStop(plain)) {
                // a resolution of one paragraph prints it without a number; it ends with a full stop,
                // preambular paragraphs with a comma
                String n = Integer.toString(operative.size() + 1);
                operative.add(paragraph(Paragraph.Kind.OPERATIVE, "operative/" + n, operative.size() + 1, null, raw,
                        true));
            } else if (numbers && operative.isEmpty() && INTRODUCES.matcher(plain).find() && !num.matches() && !item.matches()) {
                // "Adopts the following Pact for the Future and its annexes:" before the numbered text it
                // introduces: an operative paragraph without a number (preambular paragraphs end with a comma)
                operative.add(paragraph(Paragraph.Kind.OPERATIVE, "operative/u1", 1, null, raw, true));
            } else if (num.matches()) {
                String n = num.group(1);
                operative.add(paragraph(Paragraph.Kind.OPERATIVE, "operative/" + n, operative.size() + 1, n,
                        num.group(2), true));
            } else if (item.matches() && operative.isEmpty() && !preamble.isEmpty()) {
                // items of a preambular paragraph ("Recalling the following: (a) ...") are part of it
                preamble.set(preamble.size() - 1, continued(preamble.get(preamble.size() - 1), raw));
            } else if (item.matches() && !operative.isEmpty()) {
                Draft op = operative.get(operative.size() - 1);
                boolean latin = item.group(3) == null;
                String m = item.group(1) != null ? item.group(1) : item.group(2) != null ? item.group(2) : item.group(3);
                Draft last = op.items.isEmpty() ? null : op.items.get(op.items.size() - 1);
                boolean roman = (!latin || ROMAN.matcher(m).matches()) && last != null
                        && !(m.length() == 1 && last.number.length() == 1 && m.charAt(0) == last.number.charAt(0) + 1);
                Draft parent = roman ? last : op;
                String body = latin ? raw.strip().substring(raw.strip().indexOf(')') + 1) : item.group(4);
                parent.items.add(paragraph(Paragraph.Kind.OPERATIVE, parent.key + "/" + m, parent.items.size() + 1, m,
                        body, true));
            } else if (operative.isEmpty() && leadIn && endsWithColon(raw) && heading(blocks, i + 1, isEnd, true)) {
                // "Resolves that, for 2025:" before paragraph 1: the operative part's unnumbered lead-in
                operative.add(paragraph(Paragraph.Kind.OPERATIVE, "operative/u1", 1, null, raw, true));
            } else if (operative.isEmpty() && !plain.isEmpty() && (Character.isLowerCase(plain.charAt(0))
                    || Boolean.parseBoolean(profile.get("preamble.verb.paragraph"))) && verbs.opensWithVerb(plain)) {
                // a preambular paragraph whose closing comma is missing ("с интересом ожидая ... развития"):
                // a heading opens with a capital or a number, never with a verb in lower case (nor, where the
                // script has no case and the profile sets preamble.verb.paragraph, with a verb at all)
                preamble.add(paragraph(Paragraph.Kind.PREAMBULAR, "preamble/" + (preamble.size() + 1),
                        preamble.size() + 1, null, raw, false));
            } else if (heading(blocks, i, isEnd, false) || heading(plain)) {
                // a section heading ("I", "Regional cooperation", "一", "立法活动") is no paragraph;
                // a mark on it is the last one's
                Draft last = !operative.isEmpty() ? operative.get(operative.size() - 1)
                        : preamble.isEmpty() ? null : preamble.get(preamble.size() - 1);
                markers(raw, last == null ? null : last.key);
            } else if (operative.isEmpty()) {
                preamble.add(paragraph(Paragraph.Kind.PREAMBULAR, "preamble/" + (preamble.size() + 1),
                        preamble.size() + 1, null, raw, false));
            } else {
                Draft last = operative.get(operative.size() - 1);
                operative.set(operative.size() - 1, continued(last, raw));
            }
        }
        List<Footnote> notes = new ArrayList<>();
        for (Map.Entry<String, String> f : footnoteTexts.entrySet()) {
            notes.add(new Footnote(f.getKey(), f.getValue(), attached.get(f.getKey()), List.of()));
        }
        return new Body(preamble.stream().map(Draft::build).toList(), operative.stream().map(Draft::build).toList(),
                notes, i);
    }

    /**
     * Whether block {@code i} is a section heading ("一", "立法活动", "I. Legislative activities"):
     * short, without the punctuation that ends a paragraph or clause, and followed (after any
     * further heading lines) by a numbered paragraph; with {@code orNumbered} block {@code i} may
     * itself be that numbered paragraph.
     */
    private boolean heading(List<TextLayout.Block> blocks, int i, java.util.function.Predicate<String> isEnd,
                            boolean orNumbered) {
        for (int j = i; j < blocks.size() && j < i + 4; j++) {
            String t = plain(blocks, j);
            if ((j > i || orNumbered) && NUMBERED.matcher(t).matches()) {
                return true;
            }
            if (isEnd.test(t) || t.length() > MAX_HEADING || ITEM.matcher(t).matches() || NUMBERED.matcher(t).matches()
                    || t.isEmpty() || clauseEnd.matcher(t).find()) {
                return false;
            }
        }
        return false;
    }

    /** Block {@code k}'s text without markup, stripped: made once per block of the {@link #parse} under way. */
    private String plain(List<TextLayout.Block> blocks, int k) {
        String t = plains[k];
        if (t == null) {
            t = MarkdownLib.text(blocks.get(k).text()).strip();
            plains[k] = t;
        }
        return t;
    }

    private boolean endsWithColon(String raw) {
        return colonEnd.matcher(MarkdownLib.text(raw).strip()).find();
    }

    /** Whether a block ends with a full stop (after any footnote mark glued to it). */
    private static boolean endsWithFullStop(String plain) {
        String t = TRAILING_SPACE.matcher(MARK_AFTER_STOP.matcher(plain).replaceAll("")).replaceAll("");
        return t.endsWith(".") || t.endsWith("\u3002");
    }

    /**
     * A section heading among the operative paragraphs ("IX", "Regional cooperation", "Part I"):
     * an unnumbered block that does not end as a paragraph or a sentence does and is no longer than
     * a line or two (one in Chinese). A paragraph that goes on after a page break ends with punctuation.
     */
    private boolean heading(String plain) {
        // a footnote mark on the heading; a run of marks after a paragraph's last comma ("،1, (2)": the run
        // wrapped, its last mark on a line of its own)
        // both patterns end in a digit (GLUED_RUN maybe in ")") before "$": on a block that ends otherwise
        // neither can match, and their find() would try every offset of it (3.7 % of the structure
        // step's samples, on operative paragraphs that go on after a page break)
        String t = mayEndInMark(plain)
                ? LAST_MARK.matcher(GLUED_RUN.matcher(plain).replaceAll("")).replaceAll("").strip()
                : plain.strip();
        if (t.isEmpty() || t.length() > headingMax) {
            return false;
        }
        char c = t.charAt(t.length() - 1);
        return profile.terminal().indexOf(c) < 0 && ".\u3002;\uff1b:\uff1a,\uff0c!?".indexOf(c) < 0;
    }

    /**
     * Whether {@link #GLUED_RUN} or {@link #LAST_MARK} may match: the last character is an ASCII
     * digit or ")", or a line terminator before which "$" (not MULTILINE) also matches.
     */
    static boolean mayEndInMark(String s) {
        if (s.isEmpty()) {
            return false;
        }
        char c = s.charAt(s.length() - 1);
        return c >= '0' && c <= '9' || c == ')' || c == '\n' || c == '\r' || c == '\u0085' || c == '\u2028'
                || c == '\u2029';
    }

    private Draft paragraph(Paragraph.Kind kind, String key, int ordinal, String number, String marked, boolean op) {
        String unmarked = markers(marked, key);
        MarkdownLib.Clean clean = MarkdownLib.clean(unmarked);
        String text = tidy(clean.text());
        String verb = verbs.find(unmarked.strip(), text, op);
        return new Draft(kind, key, ordinal, number, verb, text, text.equals(clean.text()) ? clean.links() : List.of());
    }

    /** A block after an operative paragraph that is not numbered: the paragraph goes on (e.g. after a page break). */
    private Draft continued(Draft d, String raw) {
        String text = tidy(d.text + (profile.joinsWithSpace() ? " " : "") + MarkdownLib.text(markers(raw, d.key)));
        Draft out = new Draft(d.kind, d.key, d.ordinal, d.number, d.verb, text, d.links);
        out.items.addAll(d.items);
        return out;
    }

    /** Removes footnote markers from a block, attaching each footnote to {@code key}. */
    private String markers(String s, String key) {
        StringBuilder out = new StringBuilder();
        Matcher m = SUP.matcher(s);
        int last = 0;
        while (maySup(s, last) && m.find()) {
            String n = m.group(1) != null ? m.group(1) : TextLayout.superscript(m.group(2));
            attach(n, key);
            out.append(s, last, m.start());
            last = m.end();
        }
        out.append(s.substring(last));
        // single marks and runs of marks, in footnote order: each pass takes the ones that come next
        String t = out.toString();
        if (!mayHoldGluedMark(t)) {
            return t; // neither GLUED nor GLUED_LIST can match: the passes below would change nothing
        }
        for (String before = null; !t.equals(before); ) {
            before = t;
            t = glued(markLists(t, key), key);
        }
        return t;
    }

    /** Whether {@link #SUP} can match at or after {@code from}: each match holds a "<" or a superscript digit. */
    static boolean maySup(String s, int from) {
        for (int i = from; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '<' || c == '\u00b9' || c == '\u00b2' || c == '\u00b3' || c >= '\u2070' && c <= '\u2079') {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether some ASCII digit follows a character that the lookbehind of {@link #GLUED} and
     * {@link #GLUED_LIST} accepts (not whitespace, a digit, "/", ".", "-", ":" or A-Z): where
     * either pattern matches, there is one; most paragraphs have none.
     */
    static boolean mayHoldGluedMark(String t) {
        return gluedCandidate(t, 1) >= 0;
    }

    /**
     * The first offset at or after {@code from} where {@link #GLUED} or {@link #GLUED_LIST} can match
     * (an ASCII digit after a character their lookbehind accepts), or -1.
     */
    static int gluedCandidate(String t, int from) {
        for (int i = Math.max(1, from); i < t.length(); i++) {
            char c = t.charAt(i);
            if (c >= '0' && c <= '9') {
                char b = t.charAt(i - 1);
                boolean refused = b == ' ' || b == '\t' || b == '\n' || b == 0x0b || b == '\f' || b == '\r'
                        || b >= '0' && b <= '9' || b == '/' || b == '.' || b == '-' || b == ':' || b >= 'A' && b <= 'Z';
                if (!refused) {
                    return i;
                }
            }
        }
        return -1;
    }

    /**
     * What {@code m.find(from)} finds for {@link #GLUED} or {@link #GLUED_LIST} on {@code t}, tried
     * only at the offsets {@link #gluedCandidate} gives (the patterns are tried at every offset otherwise).
     */
    static boolean findGlued(Matcher m, String t, int from) {
        for (int i = gluedCandidate(t, from); i >= 0; i = gluedCandidate(t, i + 1)) {
            if (lookingAtGlued(m, t, i)) {
                return true;
            }
        }
        return false;
    }

    /** Whether the pattern of {@code m} matches at exactly {@code at}, its lookarounds seeing the whole text. */
    private static boolean lookingAtGlued(Matcher m, String t, int at) {
        m.region(at, t.length());
        m.useTransparentBounds(true);
        m.useAnchoringBounds(false);
        return m.lookingAt();
    }

    /** Removes single marks glued to the text, in footnote order. */
    private String glued(String t, String key) {
        Matcher g = GLUED.matcher(t);
        StringBuilder res = new StringBuilder();
        int last = 0;
        for (int from = 0; findGlued(g, t, from); from = g.end()) {
            String n = g.group(1);
            if (run(t, g.start()) != null) {
                break; // a run of marks starts here: markLists takes it whole
            }
            if (Integer.parseInt(n) == nextMarker && footnoteTexts.containsKey(n) && !attached.containsKey(n)) {
                attach(n, key);
                res.append(t, last, g.start());
                last = g.end();
            }
        }
        res.append(t.substring(last));
        return res.toString();
    }

    /** Removes runs of consecutive footnote marks that start at the next expected mark. */
    private String markLists(String t, String key) {
        Matcher m = GLUED_LIST.matcher(t);
        StringBuilder res = new StringBuilder();
        int last = 0;
        for (int from = 0; findGlued(m, t, from); from = m.end()) {
            List<String> ns = run(t, m.start());
            if (ns != null) {
                ns.forEach(n -> attach(n, key));
                res.append(t, last, m.start());
                last = m.end();
            }
        }
        res.append(t.substring(last));
        return res.toString();
    }

    /** The marks of a run starting at {@code at} if they are the next footnotes in order, else null. */
    private List<String> run(String t, int at) {
        Matcher m = GLUED_LIST.matcher(t);
        if (!lookingAtGlued(m, t, at)) {
            return null; // find(at) would give a match starting later, or none
        }
        List<String> ns = List.of(m.group().split("\\s?[,\uff0c\u3001\u060c]\\s?"));
        for (int k = 0; k < ns.size(); k++) {
            if (Integer.parseInt(ns.get(k)) != nextMarker + k || !footnoteTexts.containsKey(ns.get(k))
                    || attached.containsKey(ns.get(k))) {
                return null;
            }
        }
        return ns;
    }

    /**
     * Attaches footnote {@code n}; the next mark expected is the next footnote printed, so a number
     * missing from the page bottom (footnotes 1, 2, 4) does not stop the marks after it.
     */
    private void attach(String n, String key) {
        attached.putIfAbsent(n, key);
        int after = Integer.parseInt(n);
        int next = footnoteTexts.keySet().stream().mapToInt(Integer::parseInt).filter(k -> k > after).min()
                .orElse(after + 1);
        nextMarker = Math.max(nextMarker, next);
    }

    private String tidy(String s) {
        String t = spaced(s).strip();
        if (Boolean.parseBoolean(profile.get("squeeze.spaces"))) {
            t = squeeze(t);
        }
        return t;
    }

    /** The text with each run of spaces and tabs made one space: {@code replaceAll("[ \\t]+", " ")} by hand. */
    static String spaced(String s) {
        int i = 0;
        while (i < s.length() && !(s.charAt(i) == '\t' || s.charAt(i) == ' ' && i + 1 < s.length()
                && (s.charAt(i + 1) == ' ' || s.charAt(i + 1) == '\t'))) {
            i++;
        }
        if (i == s.length()) {
            return s; // no tab and no two blanks in a row: nothing to replace
        }
        StringBuilder b = new StringBuilder(s.length());
        b.append(s, 0, i);
        while (i < s.length()) {
            char c = s.charAt(i);
            if (c == ' ' || c == '\t') {
                b.append(' ');
                while (i < s.length() && (s.charAt(i) == ' ' || s.charAt(i) == '\t')) {
                    i++;
                }
            } else {
                b.append(c);
                i++;
            }
        }
        return b.toString();
    }

    /** Chinese text with the spaces PDF extraction puts around digits and Latin removed. */
    static String squeeze(String s) {
        int first = s.indexOf(' ');
        if (first < 0) {
            return s;
        }
        // Each pattern drops a whole run of spaces by the two characters around it (a run's first space
        // is the only one whose lookbehind can hold), and dropping a run changes no other run's
        // neighbours: so the three replaceAll passes come to one pass that drops a run when any of the
        // three pairs holds ({@code BodyParserSqueezeTest} compares it with the regexes).
        StringBuilder out = null;
        int copied = 0;
        int i = first;
        while (i >= 0) {
            int end = i;
            while (end < s.length() && s.charAt(end) == ' ') {
                end++;
            }
            if (i > 0 && end < s.length() && squeezed(s.charAt(i - 1), s.codePointAt(end))) {
                if (out == null) {
                    out = new StringBuilder(s.length());
                }
                out.append(s, copied, i);
                copied = end;
            }
            i = s.indexOf(' ', end);
        }
        return out == null ? s : out.append(s, copied, s.length()).toString();
    }

    /** Whether a run of spaces between {@code before} and {@code after} is one of SQUEEZE_A, _B or _C. */
    private static boolean squeezed(char before, int after) {
        boolean latinAfter = after < 0x80 && asciiAlnum((char) after);
        return hanOrPunct(before, "\uff0c\u3002\uff1b\uff1a\u3001\u300a\u300b\u201c\u201d\uff08\uff09") && latinAfter
                || asciiAlnum(before) && hanOrPunct(after, "\uff0c\u3002\uff1b\uff1a\u3001\u300a\u300b\u201c\u201d\uff08\uff09")
                || hanOrPunct(before, "\uff0c\u3002\uff1b\uff1a\u3001\u300a\u300b") && hanOrPunct(after, "\u300a\u300b");
    }

    private static boolean hanOrPunct(int c, String punct) {
        return c < 0x10000 && punct.indexOf(c) >= 0 || Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN;
    }

    private static boolean asciiAlnum(char c) {
        return c >= '0' && c <= '9' || c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z';
    }
}
