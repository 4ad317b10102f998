package org.unkg.structure;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns extracted text into logical blocks: page furniture, undocs.org link lines and footnote
 * bodies are taken out, and wrapped lines are joined back into paragraphs. Two kinds of input:
 * markdown-ish conversions (a blank line or a hard break ends a block) and PDF layout text (a
 * block ends at a line ending with terminal punctuation followed by an indented line, or at a
 * line that is a header or closing line by itself). One layout reads one document at a time: it
 * keeps its pattern matchers from line to line, so it is not shared between threads.
 */
public final class TextLayout {
    private static final Pattern LIST_MARKER = Pattern.compile("^\\s*(?:\\d{1,3}\\.|\\d{1,3}\\s+-|\\([a-z]{1,4}\\))\\s.*");
    /** Letters and spaces only: the masthead names among the page furniture. */
    private static final Pattern NAME_ONLY = Pattern.compile("[\\p{L}\\s]+", Pattern.UNICODE_CHARACTER_CLASS);
    private static final Pattern MD_FOOTNOTE = Pattern.compile(
            "^\\s*(?:<sup>(\\d{1,3})</sup>|([\u00b9\u00b2\u00b3\u2070-\u2079]+))\\s*(\\S.*)$");
    /** "1 Text" at a page bottom; never "1 - Text", an operative paragraph as Arabic numbers it. */
    private static final Pattern ZONE_FOOTNOTE = Pattern.compile("^\\s*(\\d{1,3})\\s+(?!-\\s)(\\S.*)$");
    /** A line that is one web address and nothing else ("http://www.un.org/...", "www.un.org/..."). */
    private static final Pattern URL_LINE = Pattern.compile("^(?:[a-z][a-z0-9+.-]*://|www\\.)\\S+(?<![.,;:])$");
    private static final Pattern BOLD_SPLIT = Pattern.compile("\\*{2,}");
    /** Footnote marks after clause punctuation at a line end: ",3, 4" or "，5 , 6 , 7". */
    static final Pattern MARK_LIST = Pattern.compile(
            "(?<=[.,;:\uff0c\u3002\uff1b\uff1a\u060c\u061b])\\s*\\d{1,3}(?:\\s*[,\uff0c\u3001\u060c]\\s*\\d{1,3})+\\s*$");
    /**
     * A footnote mark at a line end: superscript digits, or digits glued to clause punctuation
     * ("2017,5"); a number after a space ("29 November 2018, 1") is text, not a mark.
     */
    static final Pattern TRAILING_MARK = Pattern.compile(
            "(?:[\u00b9\u00b2\u00b3\u2070-\u2079]+|(?<=[.,;:\uff0c\u3002\uff1b\uff1a\u060c\u061b])\\d{1,3})$");
    /** A numbered paragraph's first line: "49. Stresses ...". */
    private static final Pattern NUMBERED_START = Pattern.compile("^\\d{1,3}\\.\\s+\\p{Lu}.*");
    private static final int MAX_BLOCK = 200_000;
    private static final Pattern BARE_URL = Pattern.compile("^https?://\\S+$");
    private static final Pattern CLAUSE_STOP = Pattern.compile("[,.;]$");

    /** A logical block: its text with inline markup still in, and whether it was a heading. */
    public record Block(String text, boolean heading) {
    }

    /** A footnote body as printed: marker and text (markup still in). */
    public record FootnoteText(String marker, String text) {
    }

    /** The blocks, footnote bodies and undocs.org link lines of a text. */
    public record Layout(List<Block> blocks, List<FootnoteText> footnotes, List<String> links, boolean markdown,
                         List<String> mastheadSymbols) {
    }

    /** A line kept for the blocks; {@code plain} its text without markup, stripped (as {@link #standalone} reads it). */
    private record Line(String text, String plain, boolean indented, boolean hardBreak, boolean blankBefore,
                        boolean heading, boolean pageBreak) {
    }

    /** The header and closing lines of {@link #standalone}, each a pattern of the profile or of English. */
    private static final List<String> STANDALONE_KEYS = List.of("formula", "session", "session.special", "agenda",
            "adopted", "draft.adopted", "meeting", "heading", "distr", "letter", "annex", "note", "report");

    private final Profile profile;
    private final Profile english;
    private final Predicate<String> opensWithVerb;
    /**
     * The patterns of {@link #standalone}, the profile's and English's, each once (a pattern both
     * define alike, as those of common.properties, is tried once: the same answer twice).
     */
    private final PatternGate.Matching[] standalonePatterns;
    /*
     * Each pattern behind its gate ({@link PatternGate}, kept by the profile), with matchers reset
     * for every line instead of made anew; null where the profile has no such pattern.
     */
    private final PatternGate.Matching rule;
    private final PatternGate.Matching link;
    private final PatternGate.Matching url;
    private final PatternGate.Matching furniture;
    private final PatternGate.Matching furnitureLang;
    private final PatternGate.Matching quantity;
    private final PatternGate.Matching footnoteNot;
    /** The {@code date} patterns of the profile and of English (see {@link #dateLine}). */
    private final PatternGate.Matching date;
    private final PatternGate.Matching englishDate;

    public TextLayout(Profile profile, Profile english) {
        this(profile, english, t -> true);
    }

    /**
     * {@code opensWithVerb} says whether a line opens with a known verb; where the profile sets
     * {@code pagebreak.needs.verb}, a capitalized line after a page break starts a paragraph only
     * then (or when it is numbered), else it goes on with the paragraph before the break.
     */
    public TextLayout(Profile profile, Profile english, Predicate<String> opensWithVerb) {
        this.profile = profile;
        this.english = english;
        this.opensWithVerb = opensWithVerb;
        Map<String, Pattern> alone = new LinkedHashMap<>();
        for (String k : STANDALONE_KEYS) {
            for (Profile x : List.of(profile, english)) {
                x.pattern(k).ifPresent(p -> alone.putIfAbsent(p.flags() + " " + p.pattern(), p));
            }
        }
        this.standalonePatterns = alone.values().stream().map(this::gated).toArray(PatternGate.Matching[]::new);
        this.rule = gated(profile.pattern("footnote.rule").orElse(null));
        this.link = gated(profile.pattern("link").orElseThrow());
        this.url = gated(profile.pattern("url").orElse(null));
        this.furniture = gated(profile.pattern("furniture").orElse(null));
        this.furnitureLang = gated(profile.pattern("furniture.lang").orElse(null));
        this.quantity = gated(profile.pattern("quantity").orElse(null));
        this.footnoteNot = gated(profile.pattern("footnote.not").orElse(null));
        this.date = gated(profile.pattern("date").orElse(null));
        this.englishDate = gated(english.pattern("date").orElse(null));
    }

    /** The pattern behind its gate, with this layout's matchers; null for null. */
    private PatternGate.Matching gated(Pattern p) {
        return p == null ? null : profile.gate(p).matching();
    }

    /**
     * Whole-string match, as {@link Profile#match}; false without a pattern. A line is run only
     * through the alternatives of the pattern whose required text it holds ({@link PatternGate}:
     * most lines are body text, which the header and furniture patterns scan to the end before
     * they fail).
     */
    private static boolean matches(PatternGate.Matching p, String s) {
        return p != null && p.matches(s);
    }

    /**
     * {@link Profile#dateLine} is present: the date pattern {@code d} of profile {@code x}, through
     * {@link #matches}, before the date is read.
     */
    private static boolean dateLine(Profile x, PatternGate.Matching d, String t) {
        return d != null && d.matches(t.strip()) && x.dateLine(t).isPresent();
    }

    public Layout layout(String text) {
        boolean markdown = MarkdownLib.looksLikeMarkdown(text);
        LineJoin joins = new LineJoin(profile, text);
        List<Line> lines = new ArrayList<>();
        List<FootnoteText> notes = new ArrayList<>();
        List<String> links = new ArrayList<>();
        boolean blank = true;
        boolean zone = false;
        boolean underRule = false; // a rule was printed and no footnote has been read under it yet
        boolean page = false;
        boolean linkRun = false;
        StringBuilder seen = new StringBuilder();
        List<String> symbols = new ArrayList<>();
        for (String raw : lines(text)) {
            String line = raw.replace('\t', ' ').replace('\u00a0', ' ').replace('\u3000', ' ');
            String s = line.strip();
            if (s.isEmpty()) {
                blank = true;
                continue;
            }
            String plain = MarkdownLib.text(s).strip();
            if (matches(rule, s)) {
                zone = true;
                underRule = true;
                continue;
            }
            if (matches(link, s)) {
                links.add(s);
                linkRun = true;
                continue;
            }
            if (matches(url, s) && !(zone && !notes.isEmpty()
                    && !endsSentence(notes.get(notes.size() - 1).text()))) {
                links.add(s); // a link target at a page bottom, unless it goes on with an unfinished footnote
                continue;
            }
            if ((matches(furniture, s) || !plain.equals(s) && matches(furniture, plain) || matches(furnitureLang, plain))
                    && !wrappedName(lines, blank || page, plain)) {
                Matcher sym = profile.pattern("symbol").orElseThrow().matcher(plain);
                if (sym.find()) {
                    symbols.add(sym.group("sym"));
                }
                // a page break is no paragraph break: the text before and after furniture may be one paragraph;
                // footnotes stand at a page bottom, so a page footer or running head ends them
                zone = false;
                page = true;
                continue;
            }
            Matcher md = mdFootnote(s);
            if (md != null) {
                String n = md.group(1) != null ? md.group(1) : superscript(md.group(2));
                notes.add(new FootnoteText(n, md.group(3).strip()));
                blank = true;
                continue;
            }
            if (!zone && !markdown && startsFootnote(line, notes, seen) && !standalonePlain(plain) && !goesOnWithNumber(lines, s)) {
                zone = true; // a page-bottom footnote whose rule was a graphic, not text
            }
            if (zone) {
                Matcher z = zoneFootnote(line);
                int next = notes.isEmpty() ? 1 : Integer.parseInt(notes.get(notes.size() - 1).marker()) + 1;
                // the first footnote under a rule may have any higher number (a part "B" goes on from part
                // "A"; a footnote before it was not recognized), and so may one whose number skips one or
                // two when the body text carries its mark; a line opening with a quantity ("6 日，巴巴多斯")
                // goes on with the footnote above it
                if (z != null && !matches(quantity, s) && (Integer.parseInt(z.group(1)) == next
                        || underRule && Integer.parseInt(z.group(1)) > next - 1
                        || Integer.parseInt(z.group(1)) > next && Integer.parseInt(z.group(1)) <= next + 2
                            && marked(seen, z.group(1)))) {
                    underRule = false;
                    notes.add(new FootnoteText(z.group(1), z.group(2).strip()));
                    continue;
                }
                boolean open = !notes.isEmpty() && (!endsSentence(notes.get(notes.size() - 1).text())
                        || capitalGoesOn(s));
                if (!open && URL_LINE.matcher(s).matches()) {
                    links.add(s); // a link line other than undocs.org, printed under the footnotes
                    continue;
                }
                if (open) {
                    FootnoteText last = notes.remove(notes.size() - 1);
                    notes.add(new FootnoteText(last.marker(), joins.join(last.text(), s)));
                    continue;
                }
                zone = false;
            }
            if (linkRun && BARE_URL.matcher(s).matches()) {
                links.add(s); // another link line at the page bottom, to a site other than undocs.org
                continue;
            }
            linkRun = false;
            seen.append(s).append('\n');
            boolean heading = s.startsWith("#");
            lines.add(new Line(s, plain, Character.isWhitespace(line.charAt(0)), raw.endsWith("  "), blank, heading, page));
            blank = false;
            page = false;
        }
        List<Block> blocks = markdown ? markdownBlocks(lines, joins) : layoutBlocks(lines, joins);
        return new Layout(blocks, notes, links, markdown, symbols);
    }

    /**
     * A line "N text" where N is the next footnote number and the body text read so far carries
     * the mark N glued to a word ("Peace,1 which", "中亚2 国家").
     */
    private static boolean startsFootnote(String line, List<FootnoteText> notes, CharSequence seen) {
        Matcher z = zoneFootnote(line);
        if (z == null) {
            return false;
        }
        int next = notes.isEmpty() ? 1 : Integer.parseInt(notes.get(notes.size() - 1).marker()) + 1;
        String n = z.group(1);
        return Integer.parseInt(n) == next && marked(seen, n);
    }

    /**
     * Whether the body text read so far carries footnote mark {@code n} glued to a word ("Peace,1 which"):
     * what {@code [^\s\d/.\-:]N(?:\s|$|[,;:，。；：،؛])} finds (N the mark), scanned by hand instead
     * of compiling a pattern for every mark asked about.
     */
    static boolean marked(CharSequence seen, String n) {
        int len = seen.length();
        int k = n.length();
        for (int p = 1; p + k <= len; p++) {
            if (!at(seen, p, n) || refusedBeforeMark(seen.charAt(p - 1))) {
                continue;
            }
            int q = p + k;
            if (q == len || asciiSpace(seen.charAt(q)) || ",;:\uff0c\u3002\uff1b\uff1a\u060c\u061b".indexOf(seen.charAt(q)) >= 0
                    || endsBeforeTerminator(seen, q)) {
                return true;
            }
        }
        return false;
    }

    private static boolean at(CharSequence s, int p, String n) {
        for (int i = 0; i < n.length(); i++) {
            if (s.charAt(p + i) != n.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    /** The characters of {@code [\s\d/.\-:]} (ASCII classes: no flag makes them Unicode). */
    private static boolean refusedBeforeMark(char b) {
        return asciiSpace(b) || b >= '0' && b <= '9' || b == '/' || b == '.' || b == '-' || b == ':';
    }

    /** {@code \s} without UNICODE_CHARACTER_CLASS: [ \t\n\x0B\f\r]. */
    private static boolean asciiSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == 0x0b || c == '\f' || c == '\r';
    }

    /** Where {@code $} (not MULTILINE) matches before the end: before a last line terminator, or a last "\r\n". */
    private static boolean endsBeforeTerminator(CharSequence s, int q) {
        int len = s.length();
        if (q == len - 2) {
            return s.charAt(q) == '\r' && s.charAt(q + 1) == '\n';
        }
        if (q != len - 1) {
            return false;
        }
        char c = s.charAt(q);
        return c == '\n' && (q == 0 || s.charAt(q - 1) != '\r') || c == '\r' || c == '\u0085' || c == '\u2028'
                || c == '\u2029';
    }

    /** The lines of a text, as {@code text.split("\r\n|\r|\n", -1)} gives them, without the regex. */
    static List<String> lines(String text) {
        List<String> out = new ArrayList<>();
        int start = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n' || c == '\r') {
                out.add(text.substring(start, i));
                if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                    i++;
                }
                start = i + 1;
            }
        }
        out.add(text.substring(start));
        return out;
    }

    /**
     * Whether a line "15 March 2006 establishing ..." goes on with the body text rather than
     * starting a footnote without a printed rule: the number opens a date (a month of the profile
     * follows it), a quantity (profile {@code quantity}: "12 月 2 日", "12 个国家") or the line
     * before ends with a word that cannot end a line of its own ("resolution 60/251 of", the
     * profile's {@code verb.stop} words), or the line is one the profile's {@code footnote.not}
     * says no footnote opens so.
     */
    private boolean goesOnWithNumber(List<Line> lines, String s) {
        if (matches(footnoteNot, s)) {
            return true; // "3 248 400 долл. США", "13 и 14 Конвенции": a number of the text, no footnote
        }
        String[] w = Words.split(s, 3);
        if (w.length > 1 && profile.list("months").contains(CLAUSE_STOP.matcher(w[1]).replaceAll("")
                .toLowerCase(Locale.ROOT))) {
            return true;
        }
        // "12 月 2 日至 4 日", "12 个国家": a number with its unit (profile {@code quantity}) is a quantity
        if (matches(quantity, s)) {
            return true;
        }
        if (lines.isEmpty()) {
            return false;
        }
        String prev = lines.get(lines.size() - 1).text();
        String last = prev.substring(prev.lastIndexOf(' ') + 1).toLowerCase(Locale.ROOT);
        return profile.list("verb.stop").contains(last);
    }

    /**
     * Where paragraphs open in lower case (profile {@code paragraph.break=short-line}), a capitalized
     * line under a footnote that ended a sentence is its next sentence ("... небесных тел." /
     * "Космическое пространство ..."): body text goes on only after the page furniture.
     */
    private boolean capitalGoesOn(String s) {
        return "short-line".equals(profile.get("paragraph.break")) && Character.isUpperCase(s.charAt(0))
                && !standalone(s);
    }

    private List<Block> markdownBlocks(List<Line> lines, LineJoin joins) {
        List<Block> out = new ArrayList<>();
        StringBuilder cur = null;
        boolean curHeading = false;
        Line prev = null;
        for (Line l : lines) {
            boolean start = cur == null || l.heading() || curHeading || prev.hardBreak()
                    || listMarker(l.text())
                    || (l.blankBefore() && !wrapsAcrossBlank(prev, l));
            if (start) {
                flush(out, cur, curHeading);
                cur = new StringBuilder(l.text());
                curHeading = l.heading();
            } else {
                append(joins, cur, l.text());
            }
            prev = l;
        }
        flush(out, cur, curHeading);
        List<Block> split = new ArrayList<>();
        for (Block b : out) {
            for (String part : BOLD_SPLIT.split(b.text())) {
                if (!MarkdownLib.text(part).isBlank()) {
                    split.add(new Block(part.strip(), b.heading()));
                }
            }
        }
        return split;
    }

    private List<Block> layoutBlocks(List<Line> lines, LineJoin joins) {
        boolean[] alone = new boolean[lines.size()]; // standalone() runs some 30 patterns: once per line
        boolean indentedDoc = false;
        for (int i = 0; i < lines.size(); i++) {
            alone[i] = standalonePlain(lines.get(i).plain()); // the markup removed once, when the line was read
            indentedDoc |= lines.get(i).indented() && !alone[i];
        }
        // blank lines mean paragraph breaks unless the extraction put one after every line
        long blanks = lines.stream().filter(Line::blankBefore).count();
        boolean blankBreaks = !indentedDoc && blanks > 0 && blanks < lines.size() * 0.7;
        int measure = measure(lines);
        // printed widths are read only in an indented layout (wraps, indentBreak): measured once a line, then
        int[] widths = indentedDoc ? lines.stream().mapToInt(l -> wide(l.text())).toArray() : null;
        int wide = indentedDoc ? wideMeasure(widths) : 0;
        List<Block> out = new ArrayList<>();
        StringBuilder cur = null;
        Line prev = null;
        boolean inHeading = false;
        for (int i = 0; i < lines.size(); i++) {
            Line l = lines.get(i);
            boolean openBracket = cur != null && cur.charAt(0) == '[' && cur.indexOf("]") < 0;
            // a resolution heading "76/132. Title" whose line fills the measure wraps onto the next line
            boolean headingGoesOn = inHeading && !alone[i] && prev.text().length() >= measure * 6 / 10
                    && !(blankBreaks && l.blankBefore());
            // a line that fills the measure without closing a clause and goes on unindented wraps,
            // whatever the words of either line look like ("...的报告" is no report title there)
            boolean wraps = indentedDoc && prev != null && !l.indented() && widths[i - 1] >= wide * 9 / 10
                    && !endsTerminal(prev.text());
            // an indented line after a line that stops short of the measure opens a paragraph, whatever
            // the short line ends with (a paragraph printed without its closing comma, a Latin ",")
            boolean indentBreak = indentedDoc && prev != null && l.indented() && !alone[i - 1]
                    && widths[i - 1] < wide * 9 / 10;
            boolean start = cur == null || (alone[i] && !openBracket && !wraps)
                    || (alone[i - 1] && !openBracket && !headingGoesOn && !wraps)
                    // in an indented layout an indented "1." or "(a)" starts a paragraph even after a heading
                    || (indentedDoc && l.indented() && !openBracket && listMarker(l.text()))
                    || (blankBreaks ? (l.blankBefore() || startsAfterPageBreak(prev, l, measure)) && !openBracket
                        : !openBracket && endsTerminal(prev.text()) && (l.indented() || !indentedDoc
                        || listMarker(l.text())) || !openBracket && indentBreak)
                    || !openBracket && afterHeading(prev, l, measure);
            if (start) {
                flush(out, cur, false);
                cur = new StringBuilder(l.text());
                inHeading = isHeading(l.text());
            } else {
                append(joins, cur, l.text());
            }
            prev = l;
        }
        flush(out, cur, false);
        return out;
    }

    /**
     * A numbered paragraph after a short line without closing punctuation: the line was a section
     * heading ("IX", "Regional cooperation"), not the start of a paragraph that goes on.
     */
    private boolean afterHeading(Line prev, Line l, int measure) {
        return numberedStart(l.text()) && !endsTerminal(prev.text())
                && prev.text().length() < measure * 6 / 10;
    }

    private boolean isHeading(String s) {
        String t = MarkdownLib.text(s).strip();
        return profile.matches("heading", t) || english.matches("heading", t);
    }

    /** The usual length of a full line: the 90th percentile of line lengths. */
    private static int measure(List<Line> lines) {
        int[] lengths = lines.stream().mapToInt(l -> l.text().length()).sorted().toArray();
        return lengths.length == 0 ? 0 : lengths[Math.min(lengths.length - 1, lengths.length * 9 / 10)];
    }

    /** {@link #measure} in printed width: a CJK character or full-width sign is two columns, ASCII one. */
    private static int wideMeasure(int[] lineWidths) {
        int[] widths = lineWidths.clone();
        java.util.Arrays.sort(widths);
        return widths.length == 0 ? 0 : widths[Math.min(widths.length - 1, widths.length * 9 / 10)];
    }

    static int wide(String s) {
        int n = 0;
        for (int i = 0; i < s.length(); i++) {
            n += s.charAt(i) < 0x80 ? 1 : 2;
        }
        return n;
    }

    /**
     * Without blank lines at a page break: a line after page furniture starts a paragraph when the
     * line before it closed a clause and it does not go on in lower case or (in a spaced language)
     * with a number that is no paragraph number ("37/21 of 23 March 2018," after "36/10 of 28
     * September 2017,"). A numbered paragraph opening the page starts even after a heading at the
     * bottom of the last one. Where paragraphs open in lower case or the script has no case
     * (profile {@code paragraph.break=short-line}: Russian, Arabic), the sign is the line before it
     * (a paragraph's last line stops short of the measure) or the line itself, opening as the
     * profile's {@code paragraph.start} says paragraphs open (or, with {@code paragraph.start.verbs},
     * with a verb of verbs.ttl), unless it opens as {@code paragraph.goes.on} says a sentence goes on.
     */
    private boolean startsAfterPageBreak(Line prev, Line l, int measure) {
        if (!l.pageBreak()) {
            return false;
        }
        if (numberedStart(l.text())) {
            return true;
        }
        if (!endsTerminal(prev.text())) {
            return false;
        }
        if ("short-line".equals(profile.get("paragraph.break"))) {
            if (prev.text().length() < measure * 8 / 10 || listMarker(l.text())) {
                return true;
            }
            if (profile.pattern("paragraph.goes.on").map(p -> p.matcher(l.text()).lookingAt()).orElse(false)) {
                return false; // "отмечая которую ...": the opening word of a relative clause, mid-sentence
            }
            return profile.pattern("paragraph.start").map(p -> p.matcher(l.text()).lookingAt()).orElse(false)
                    || Boolean.parseBoolean(profile.get("paragraph.start.verbs")) && opensWithVerb.test(l.text());
        }
        char c = l.text().charAt(0);
        // a list of resolutions goes on across the page: "..., 53/96 du 8 décembre 1998," / "54/107 du ..."
        boolean goesOn = Character.isLowerCase(c)
                || profile.joinsWithSpace() && Character.isDigit(c) && !listMarker(l.text());
        if (!goesOn && Boolean.parseBoolean(profile.get("pagebreak.needs.verb"))
                && !listMarker(l.text()) && !opensWithVerb.test(l.text())) {
            goesOn = true; // "Conferencia de los Estados Partes ..." after the break: the sentence goes on
        }
        return !goesOn;
    }

    /** A markdown wrap left by a converter: a word or sentence broken over a blank line. */
    private boolean wrapsAcrossBlank(Line a, Line b) {
        if (a == null || a.heading() || b.heading() || standalone(a.text()) || standalone(b.text())) {
            return false;
        }
        char x = a.text().charAt(a.text().length() - 1);
        char y = b.text().charAt(0);
        if (profile.joinsWithSpace()) {
            return Character.isLowerCase(x) && Character.isLowerCase(y);
        }
        return Character.UnicodeScript.of(x) == Character.UnicodeScript.HAN
                && Character.UnicodeScript.of(y) == Character.UnicodeScript.HAN;
    }

    /** A line that is a header or closing line by itself and never part of a paragraph. */
    boolean standalone(String s) {
        return standalonePlain(MarkdownLib.text(s).strip());
    }

    /** {@link #standalone} of a line whose markup is removed and which is stripped already. */
    private boolean standalonePlain(String t) {
        for (PatternGate.Matching p : standalonePatterns) {
            if (p.matches(t)) {
                return true;
            }
        }
        return (t.startsWith("[") && t.endsWith("]")) || dateLine(profile, date, t) || dateLine(english, englishDate, t);
    }

    /**
     * A footnote wraps at commas ("vol. 660,") and after abbreviations ("(Sect.", "Supplement No." /
     * "7 (E/2007/27)", "разд."): only a full stop that ends no abbreviation of the profile
     * ({@code abbreviations} in common, {@code footnote.abbreviations} per language, with or
     * without their stop) ends its text.
     */
    /**
     * Whether a line that reads like a masthead name ("Nations Unies", "General Assembly": letters
     * only) goes on with the line right above it, unfinished: a title wrapped before the name
     * ("... de l’Organisation des" / "Nations Unies"), not page furniture.
     */
    private boolean wrappedName(List<Line> lines, boolean apart, String plain) {
        if (apart || lines.isEmpty() || !NAME_ONLY.matcher(plain).matches()) {
            return false;
        }
        String above = lines.get(lines.size() - 1).text();
        return !endsSentence(above) && profile.match("distr", above).isEmpty();
    }

    private boolean endsSentence(String s) {
        String t = MarkdownLib.text(s).strip();
        if (t.endsWith(".")) {
            int w = t.length() - 1;
            while (w > 0 && Character.isLetter(t.charAt(w - 1))) {
                w--;
            }
            String word = t.substring(w, t.length() - 1);
            for (String key : List.of("abbreviations", "footnote.abbreviations")) {
                List<String> list = profile.list(key);
                if (!word.isEmpty() && (list.contains(word) || list.contains(word + "."))) {
                    return false;
                }
            }
            return true;
        }
        return t.endsWith("\u3002") || t.endsWith(".)") || t.endsWith("\u3002)");
    }

    private boolean endsTerminal(String s) {
        String t = withoutTrailingMarks(MarkdownLib.text(s));
        if (t.isEmpty()) {
            return false;
        }
        char c = t.charAt(t.length() - 1);
        return profile.terminal().indexOf(c) >= 0 || english.terminal().indexOf(c) >= 0 && profile.joinsWithSpace()
                || c == '\u3002' || c == '\uff1b';
    }

    /**
     * The text without the footnote marks at its end ({@link #MARK_LIST}, then {@link #TRAILING_MARK}
     * after trailing whitespace). Both end in a digit followed by nothing but whitespace or a last line
     * terminator, so where the last other character is no digit neither can match and the regexes,
     * which try their lookbehind at every offset, are not run.
     */
    static String withoutTrailingMarks(String s) {
        int j = s.length() - 1;
        while (j >= 0 && trailingBlank(s.charAt(j))) {
            j--;
        }
        if (j < 0 || !markDigit(s.charAt(j))) {
            return s.stripTrailing();
        }
        return TRAILING_MARK.matcher(MARK_LIST.matcher(s).replaceAll("").stripTrailing()).replaceAll("");
    }

    private static boolean trailingBlank(char c) {
        return Character.isWhitespace(c) || c == '\u0085' || c == '\u2028' || c == '\u2029';
    }

    private static boolean markDigit(char c) {
        return c >= '0' && c <= '9' || c == '\u00b9' || c == '\u00b2' || c == '\u00b3' || c >= '\u2070' && c <= '\u2079';
    }

    private static void append(LineJoin joins, StringBuilder cur, String next) {
        if (cur.length() > MAX_BLOCK) {
            return;
        }
        joins.appendTo(cur, next);
    }

    private static void flush(List<Block> out, StringBuilder cur, boolean heading) {
        if (cur != null && !cur.toString().isBlank()) {
            out.add(new Block(cur.toString().strip(), heading));
        }
    }

    /** The characters {@link #MD_FOOTNOTE} may find after its leading spaces: "<" of "<sup>", or a superscript digit. */
    private static final String MD_FOOTNOTE_OPENS = "<\u00b9\u00b2\u00b3\u2070\u2071\u2072\u2073\u2074\u2075\u2076"
            + "\u2077\u2078\u2079";

    /**
     * Whether the first character after the leading {@code \s} (ASCII) spaces is an ASCII digit (with
     * {@code digit}) or one of {@code others}: where it is not, a pattern "^\s*" + an atom that opens
     * so ({@link #ZONE_FOOTNOTE}, {@link #MD_FOOTNOTE}, {@link #LIST_MARKER}; {@link #NUMBERED_START}
     * without spaces) cannot match, and no matcher is made for the line (most lines are body text).
     * {@code FastPathEquivalenceTest} compares the gated tests with the bare patterns.
     */
    static boolean opens(String s, boolean digit, String others) {
        int i = 0;
        while (i < s.length() && asciiSpace(s.charAt(i))) {
            i++;
        }
        if (i == s.length()) {
            return false;
        }
        char c = s.charAt(i);
        return digit && c >= '0' && c <= '9' || others.indexOf(c) >= 0;
    }

    /** {@code LIST_MARKER.matcher(t).matches()}, behind {@link #opens}. */
    static boolean listMarker(String t) {
        return opens(t, true, "(") && LIST_MARKER.matcher(t).matches();
    }

    /** {@code NUMBERED_START.matcher(t).matches()}: it opens with a digit, no spaces before. */
    static boolean numberedStart(String t) {
        return !t.isEmpty() && t.charAt(0) >= '0' && t.charAt(0) <= '9' && NUMBERED_START.matcher(t).matches();
    }

    /** {@link #MD_FOOTNOTE} matched on the whole line, behind {@link #opens}; null where it does not match. */
    static Matcher mdFootnote(String s) {
        return opens(s, false, MD_FOOTNOTE_OPENS) ? matched(MD_FOOTNOTE.matcher(s)) : null;
    }

    /** {@link #ZONE_FOOTNOTE} matched on the whole line, behind {@link #opens}; null where it does not match. */
    static Matcher zoneFootnote(String s) {
        return opens(s, true, "") ? matched(ZONE_FOOTNOTE.matcher(s)) : null;
    }

    private static Matcher matched(Matcher m) {
        return m.matches() ? m : null;
    }

    /** The bare patterns, for the equivalence tests. */
    static List<Pattern> gatedPatterns() {
        return List.of(LIST_MARKER, NUMBERED_START, MD_FOOTNOTE, ZONE_FOOTNOTE);
    }

    /** "¹²" → "12". */
    static String superscript(String s) {
        StringBuilder b = new StringBuilder();
        for (char c : s.toCharArray()) {
            b.append(switch (c) {
                case '\u00b9' -> '1';
                case '\u00b2' -> '2';
                case '\u00b3' -> '3';
                default -> (char) ('0' + (c - '\u2070'));
            });
        }
        return b.toString();
    }
}
