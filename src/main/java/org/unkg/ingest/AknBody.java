package org.unkg.ingest;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Predicate;
import java.util.regex.Pattern;

import org.unkg.model.Annex;
import org.unkg.model.Citation;
import org.unkg.model.DocumentRecord;
import org.unkg.model.Footnote;
import org.unkg.model.Link;
import org.unkg.model.Paragraph;
import org.unkg.model.Span;

/**
 * The paragraphs of one AKN resolution: preambular containers, operative paragraphs with their
 * sub-items, footnotes and the citations their undocs.org links make. One instance per document
 * (it keeps the keys already used); not shared.
 *
 * <p>Keys follow the design: "preamble/N", "operative/N", "operative/N/a". Paragraphs inside a
 * numbered section or title get the labels as a prefix ("I/A/operative/1"), and each part of a
 * document collection (A/RES/76/84 A-B) its part letter ("B/operative/3"), so keys stay unique.
 * Every key is computed from this file alone by rules every language version applies the same
 * way: a paragraph without a number among numbered ones is keyed by the one it follows
 * ("operative/u12-1", see {@link Unnumbered}); a footnote by the paragraph carrying its mark
 * ("operative/25/footnote/1"; notes attached to nothing keep "footnote/N"); an annex by its order
 * ("annex/1").
 */
final class AknBody {
    /** A plain paragraph number: 1 to 99999. */
    private static final Pattern PLAIN_NUMBER = Pattern.compile("[1-9]\\d{0,4}");
    private static final Pattern LATIN_LABEL = Pattern.compile("[A-Za-z0-9.\\-]+");
    static final String EXTRACTOR = "akn-links";
    private static final int MAX_DEPTH = AknText.MAX_DEPTH;
    /** An annex's title: its first lines that read as titles ("Annex I", "Global Digital Compact"). */
    private static final int MAX_TITLE_LINES = 3;
    /** Elements that only group paragraphs: walked through, their num labels the keys inside. */
    private static final Set<String> GROUPS = Set.of("section", "title", "hcontainer", "chapter", "part",
            "subsection", "division", "level", "article", "subtitle", "subchapter", "book", "tome", "clause",
            "container", "blockContainer", "subpart", "subdivision", "rule", "subrule");
    /** Labels and headings of groups: not paragraphs, nothing lost. */
    private static final Set<String> LABELS = Set.of("num", "heading", "subheading", "crossHeading");

    /** Report entry: body paragraphs read as preambular (mapped, but counted for coverage checks). */
    static final String MOVED_TO_PREAMBLE = "mainBody/paragraph-as-preamble";
    /** Report entry: numbered body paragraphs without any text (not mapped). */
    static final String EMPTY = "mainBody/paragraph-without-text";

    private final DocumentRecord.Builder b;
    private final Set<String> keys = new HashSet<>();
    private final Map<String, Integer> preambleCounters = new HashMap<>();
    private final Map<String, Integer> notesIn = new HashMap<>();
    private int annexes;
    private final List<String> unnumberedKeys = new ArrayList<>();
    private final Set<AknElement> notesDone = Collections.newSetFromMap(new IdentityHashMap<>());
    private final Map<String, Integer> unhandled = new TreeMap<>();

    AknBody(DocumentRecord.Builder b) {
        this.b = b;
    }

    /** Keys of the paragraphs printed without a number among numbered ones, keyed by the one they follow. */
    List<String> unnumberedKeys() {
        return unnumberedKeys;
    }

    /** Elements the reader saw in a body and did not map, by name (for coverage reports). */
    Map<String, Integer> unhandled() {
        return unhandled;
    }

    void read(AknElement doc) {
        List<AknElement> parts = parts(doc);
        for (AknElement part : parts) {
            String prefix = parts.size() == 1 && part == doc ? "" : partLabel(part, parts.indexOf(part)) + "/";
            AknElement pre = AknXml.child(part, "preamble");
            if (pre != null) {
                for (AknElement c : AknXml.elements(pre)) {
                    if (AknXml.is(c, "container")) {
                        preambular(c, prefix, AknXml.attr(c, "name"));
                    } else if (!AknXml.is(c, "formula")) {
                        count("preamble/" + AknXml.name(c));
                    }
                }
            }
            AknElement main = AknXml.child(part, "mainBody");
            if (main != null) {
                body(main, prefix, 0);
            }
            AknElement att = AknXml.child(part, "attachments");
            if (att != null) {
                for (AknElement a : AknXml.children(att, "attachment")) {
                    annex(a, prefix);
                }
            }
        }
        // footnotes outside paragraphs (title, annex, parts beside a collection): kept, attached to nothing
        for (AknElement n : AknXml.descendants(doc.root(), "authorialNote")) {
            if (!notesDone.contains(n)) {
                footnote(n, null);
            }
        }
    }

    /**
     * An annex: its title lines and its whole text under "annex/N" (N its order among the annexes,
     * the same in every language version), with the citations its links make. Its paragraphs are
     * not keyed one by one: annexes number and split their paragraphs differently per language
     * (articles, lettered lists, headings as paragraphs), so one text per language is what the
     * versions share. Its footnotes are kept, attached to nothing.
     */
    private void annex(AknElement attachment, String prefix) {
        String key = unique(prefix + "annex/" + ++annexes);
        AknText t = AknText.of(attachment, e -> AknXml.is(e, "meta"));
        if (t.text().isBlank()) {
            return;
        }
        List<String> title = new ArrayList<>();
        for (AknElement p : AknXml.descendants(attachment, "paragraph")) {
            String line = AknText.of(p, e -> false).text();
            if (title.size() >= MAX_TITLE_LINES || !Unnumbered.isTitle(line)) {
                break;
            }
            title.add(line);
        }
        AknElement docTitle = AknXml.firstDescendant(attachment, "docTitle");
        if (title.isEmpty() && docTitle != null) {
            title.add(AknText.of(docTitle, e -> false).text());
        }
        b.annex(new Annex(key, title.isEmpty() ? null : String.join(" ", title), t.text()));
        citations(key, t.text(), t.links());
        count("annex");
    }

    /** The statements of a document collection, or the document itself. */
    private static List<AknElement> parts(AknElement doc) {
        List<AknElement> out = new ArrayList<>();
        if (AknXml.is(doc, "documentCollection")) {
            // the parts sit in <components>, inside the collection or beside it under <akomaNtoso>
            AknElement comps = AknXml.child(doc, "components");
            if (comps == null && doc.parent() != null) {
                comps = AknXml.child(doc.parent(), "components");
            }
            if (comps != null) {
                for (AknElement c : AknXml.children(comps, "component")) {
                    AknXml.elements(c).stream().filter(e -> AknXml.child(e, "mainBody") != null
                            || AknXml.child(e, "preamble") != null).findFirst().ifPresent(out::add);
                }
            }
        }
        if (out.isEmpty()) {
            out.add(doc);
        }
        return out;
    }

    private static String partLabel(AknElement part, int index) {
        AknElement preface = AknXml.child(part, "preface");
        String n = preface == null ? null : AknXml.text(AknXml.firstDescendant(preface, "docNumber"));
        n = n == null ? null : label(n);
        return n == null ? "part" + (index + 1) : keyLabel(n, index + 1, "group");
    }

    private void body(AknElement scope, String scopeKey, int depth) {
        if (depth > MAX_DEPTH) {
            count("too-deep");
            return;
        }
        int ordinal = 0;
        Map<String, Integer> groups = new HashMap<>();
        List<AknElement> children = AknXml.elements(scope);
        // where paragraphs carry numbers, an unnumbered one ("Action 1." in the Pact for the Future)
        // is keyed by the numbered paragraph it follows: "u12-1" is the first after paragraph 12
        boolean numbered = children.stream().anyMatch(c -> AknXml.is(c, "paragraph") && number(c) != null);
        Unnumbered unnumbered = new Unnumbered();
        boolean seenNumber = false;
        for (int i = 0; i < children.size(); i++) {
            AknElement c = children.get(i);
            String name = AknXml.name(c);
            String num = name.equals("paragraph") ? number(c) : null;
            // the whole text is read where a rule below looks at it: a paragraph without a number
            // among numbered ones, or one whose number reads as a heading's
            String text = name.equals("paragraph") && (numbered && num == null || ItemLabels.headingLabel(num))
                    ? AknText.of(c, e -> false).text() : null;
            if (name.equals("paragraph") && numbered && num == null) {
                num = unnumbered.printedNumber(text);
            }
            if (name.equals("paragraph") && num != null && !AknText.hasText(c, e -> AknXml.is(e, "num"))) {
                // a number with no text ("1." then the text in the next, unnumbered paragraph, numbered
                // anew from 1 further on): no paragraph, and no anchor for the ones after it
                count(EMPTY);
            } else if (name.equals("paragraph") && numbered && !seenNumber && num == null && endsLikePreamble(text)) {
                // a preambular paragraph (ending with a comma) put into the body before paragraph 1
                preambular(c, scopeKey, null);
                count(MOVED_TO_PREAMBLE);
            } else if (name.equals("paragraph") && (ItemLabels.isHeading(num, text)
                    || numbered && num == null && Unnumbered.isTitle(text))) {
                // "I.", "一.", "A." over a run of paragraphs, or a section title without a number: no paragraph
                count("heading");
            } else if (name.equals("paragraph")) {
                // sub-items marked up as sibling paragraphs ("(a)", "a)", "㈠" after "5.") belong to "5."
                List<Item> items = new ArrayList<>();
                while (i + 1 < children.size() && AknXml.is(children.get(i + 1), "paragraph")
                        && ItemLabels.isItem(number(children.get(i + 1)))) {
                    AknElement e = children.get(++i);
                    String n = number(e);
                    Item last = items.isEmpty() ? null : items.get(items.size() - 1);
                    if (last != null && ItemLabels.isSubItem(n, last.number())) {
                        last.subs().add(new Item(e, n, new ArrayList<>()));
                    } else {
                        items.add(new Item(e, n, new ArrayList<>()));
                    }
                }
                seenNumber |= num != null;
                ++ordinal;
                String key;
                int n;
                if (numbered && num == null) {
                    key = unnumbered.next();
                    n = unnumbered.count();
                    unnumberedKeys.add(scopeKey + "operative/" + key);
                } else {
                    key = keyLabel(num, ordinal, "paragraph");
                    // the printed number is the ordinal where there is one: positions differ between
                    // language versions whose markup differs (an extra heading, a paragraph split in two)
                    n = PLAIN_NUMBER.matcher(key).matches() ? Integer.parseInt(key) : ordinal;
                    unnumbered.numbered(key);
                }
                b.operative(operative(c, scopeKey + "operative/" + key, n, num, depth, items));
            } else if (name.equals("crossHeading") && "#preamble".equals(c.attribute("refersTo"))) {
                preambular(c, scopeKey, null);
            } else if (GROUPS.contains(name)) {
                AknElement numEl = AknXml.child(c, "num");
                String l = numEl == null ? null : label(numEl.textContent());
                int g = groups.merge(name, 1, Integer::sum);
                String k = l == null ? null : keyLabel(l, g, name.equals("section") ? "section" : "group");
                body(c, k == null ? scopeKey : scopeKey + k + "/", depth + 1);
            } else if (!LABELS.contains(name)) {
                count("mainBody/" + name);
            }
        }
    }

    /** Whether a paragraph's text ends like a preambular paragraph: with a comma in any script. */
    private static boolean endsLikePreamble(String text) {
        String t = text.strip();
        return !t.isEmpty() && ",،，".indexOf(t.charAt(t.length() - 1)) >= 0;
    }

    private void preambular(AknElement c, String scopeKey, String name) {
        int n = preambleCounters.merge(scopeKey, 1, Integer::sum);
        String key = unique(scopeKey + "preamble/" + n);
        AknText t = AknText.of(c, e -> false);
        String verb = t.verb() != null ? t.verb() : name;
        b.preamble(new Paragraph(Paragraph.Kind.PREAMBULAR, key, n, null, verb, t.text(), List.of(), t.links()));
        finish(key, t);
    }

    /** A sub-item written as a sibling paragraph, with its own sub-items ("(i)" after "(a)"). */
    private record Item(AknElement element, String number, List<Item> subs) {
    }

    private Paragraph operative(AknElement p, String key, int ordinal, String number, int depth, List<Item> siblings) {
        return paragraph(p, unique(key), ordinal, number, depth, siblings, "item");
    }

    private Paragraph paragraph(AknElement p, String key, int ordinal, String number, int depth, List<Item> siblings,
            String style) {
        Predicate<AknElement> skip = e -> AknXml.is(e, "point") || AknXml.is(e, "num") && e.parent() == p;
        AknText t = AknText.of(p, skip);
        finish(key, t);
        List<Paragraph> items = new ArrayList<>();
        int i = 0;
        for (Item pt : points(p, 0)) {
            i++;
            if (depth > MAX_DEPTH) {
                count("too-deep");
                break;
            }
            String k = unique(key + "/" + keyLabel(pt.number(), i, style));
            items.add(paragraph(pt.element(), k, i, pt.number(), depth + 1, pt.subs(), "subitem"));
        }
        for (Item it : siblings) {
            i++;
            String k = unique(key + "/" + keyLabel(it.number(), i, style));
            items.add(paragraph(it.element(), k, i, it.number(), depth + 1, it.subs(), "subitem"));
        }
        return new Paragraph(Paragraph.Kind.OPERATIVE, key, ordinal, number, t.verb(), t.text(), items, t.links());
    }

    /**
     * The points directly under an element (through list, intro, content), not those of its points.
     * A {@code <sublist>} right after a point holds that point's sub-items ("(a)" then "(i)".."(v)"
     * beside it, not inside it): they go under the point, as the printed layout shows.
     */
    private List<Item> points(AknElement e, int depth) {
        List<Item> out = new ArrayList<>();
        if (depth > MAX_DEPTH) {
            return out;
        }
        for (Object o : e.content()) {
            if (!(o instanceof AknElement c)) {
                continue;
            }
            if (AknXml.is(c, "point")) {
                AknElement pt = c;
                if (!ItemLabels.isHeading(number(pt), AknText.collapse(pt.textContent()))) {
                    out.add(new Item(pt, number(pt), new ArrayList<>()));
                } else {
                    count("heading"); // a chapter heading ("II.", "二.") misplaced into a paragraph's list is no item
                }
            } else if (AknXml.is(c, "sublist") && !out.isEmpty()) {
                out.get(out.size() - 1).subs().addAll(points(c, depth + 1));
            } else if (!AknXml.is(c, "authorialNote")) {
                out.addAll(points(c, depth + 1));
            }
        }
        return out;
    }

    /** Footnotes and citations of a paragraph's text. */
    private void finish(String key, AknText t) {
        citations(key, t.text(), t.links());
        for (AknElement n : t.notes()) {
            footnote(n, key);
        }
    }

    private void footnote(AknElement n, String attachedTo) {
        if (!notesDone.add(n)) {
            return;
        }
        String marker = AknXml.attr(n, "marker");
        if (marker == null) {
            marker = Integer.toString(b.footnotes().size() + 1);
        }
        // keyed by the paragraph carrying the mark and the order of marks there: language versions
        // number their notes differently (one drops a note, the rest shift), paragraphs they share
        String key;
        if (attachedTo != null) {
            key = unique(attachedTo + "/footnote/" + notesIn.merge(attachedTo, 1, Integer::sum));
        } else {
            key = "footnote/" + marker;
            for (int k = 2; !keys.add(key); k++) {
                key = "footnote/" + marker + "-" + k; // a collection whose parts restart their footnote numbers
            }
        }
        AknText t = AknText.of(n, e -> false);
        String text = t.text();
        List<Link> links = t.links();
        if (text.startsWith("() ")) { // an empty printed mark ("()" in Arabic notes) before the note's text
            text = text.substring(3);
            links = links.stream().map(l -> new Link(l.href(), l.start() - 3, l.end() - 3)).toList();
        }
        Footnote f = new Footnote(marker, text, attachedTo, links, key);
        b.footnote(f);
        citations(f.key(), text, links);
        for (AknElement inner : t.notes()) {
            footnote(inner, attachedTo);
        }
    }

    private void citations(String block, String text, List<Link> links) {
        for (Link l : links) {
            String symbol = UndocsLinks.symbol(l.href());
            if (symbol != null) {
                b.finding(new Citation(EXTRACTOR, new Span(block, l.start(), l.end(), text.substring(l.start(), l.end())),
                        symbol, null, null));
            }
        }
    }

    private String unique(String key) {
        String k = key;
        for (int i = 2; !keys.add(k); i++) {
            k = key + "-" + i;
        }
        return k;
    }

    private void count(String what) {
        unhandled.merge(what, 1, Integer::sum);
    }

    /** The printed number of a paragraph or point: "1." → "1", "(a)" → "a", or null. */
    private static String number(AknElement e) {
        AknElement num = AknXml.child(e, "num");
        return num == null ? null : label(num.textContent());
    }

    private static final Pattern LABEL_GAPS = Pattern.compile("[\\s/]+");
    private static final Pattern LABEL_ENDS = Pattern.compile("^[^\\p{L}\\p{N}]+|[^\\p{L}\\p{N}]+$");

    /** "1." → "1", "(a)" → "a", "I" → "I", "A.\t" → "A", "2 -" → "2"; null when nothing is left. */
    static String label(String s) {
        String t = LABEL_GAPS.matcher(AknText.collapse(s)).replaceAll("");
        t = LABEL_ENDS.matcher(t).replaceAll("");
        return t.isEmpty() ? null : t;
    }

    /**
     * The label as used in a key, the same in every language version: other digits become ASCII
     * digits; a label in another script (Arabic "أ", Cyrillic "а", "أولا") becomes the label of
     * its position in Latin style: "a".."z", "aa".. for items, Roman numerals for sections,
     * capital letters for other groups.
     */
    static String keyLabel(String printed, int ordinal, String style) {
        if (printed != null) {
            StringBuilder b = new StringBuilder();
            for (int i = 0; i < printed.length(); i++) {
                char c = printed.charAt(i);
                b.append(Character.isDigit(c) ? (char) ('0' + Character.digit(c, 10)) : c);
            }
            String t = b.toString();
            if (LATIN_LABEL.matcher(t).matches()) {
                return t;
            }
        }
        int n = Math.max(1, ordinal);
        return switch (style) {
            case "item" -> Character.toString((char) ('a' + (n - 1) % 26)).repeat((n - 1) / 26 + 1);
            case "section" -> roman(n);
            case "subitem" -> roman(n).toLowerCase(Locale.ROOT);
            case "group" -> Character.toString((char) ('A' + (n - 1) % 26)).repeat((n - 1) / 26 + 1);
            default -> Integer.toString(n);
        };
    }

    private static String roman(int n) {
        int[] v = {1000, 900, 500, 400, 100, 90, 50, 40, 10, 9, 5, 4, 1};
        String[] r = {"M", "CM", "D", "CD", "C", "XC", "L", "XL", "X", "IX", "V", "IV", "I"};
        StringBuilder b = new StringBuilder();
        int x = Math.min(n, 3999);
        for (int i = 0; i < v.length; i++) {
            while (x >= v[i]) {
                b.append(r[i]);
                x -= v[i];
            }
        }
        return b.toString();
    }
}
