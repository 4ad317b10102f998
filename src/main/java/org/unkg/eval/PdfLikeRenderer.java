package org.unkg.eval;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.unkg.UnkgException;
import org.unkg.model.AgendaItem;
import org.unkg.model.DocumentRecord;
import org.unkg.model.Footnote;
import org.unkg.model.Link;
import org.unkg.model.Paragraph;

/**
 * Renders a record (typically read from AKN XML) as the text a PDF of it gives: masthead in the
 * document's language, adoption line, "[without reference to a Main Committee (...)]", the
 * "79/5. Title" heading, "The General Assembly,", paragraphs wrapped as printed with footnote
 * markers in the text, footnote bodies and undocs.org link lines at the page bottoms, and page
 * furniture (job number, bar code, running head, page numbers) on every page. It prints only
 * what a printed resolution shows: no sponsors, votes or subjects.
 *
 * <pre>{@code
 * String text = new PdfLikeRenderer().render(aknReader.read(xml));
 * }</pre>
 */
public final class PdfLikeRenderer {
    private static final Pattern JOB = Pattern.compile("(\\d{2})(\\d{5})[A-Z]\\.\\w+$");
    private static final Pattern UNDOCS = Pattern.compile("https?://(?:undocs\\.org|docs\\.un\\.org)/(?:[a-z]{2}/)?(.+)");
    private static final String SUPERSCRIPTS = "⁰¹²³⁴⁵⁶⁷⁸⁹";
    /** A mark separator left after a paragraph's closing punctuation: "，、", ",,". */
    private static final Pattern TRAILING_SEPARATOR = Pattern.compile("[,;:.\uff0c\uff1b\uff1a\u3002][\u3001,]$");

    /** Whether the record's language can be rendered. */
    public static boolean supports(String lang) {
        return RenderProfile.forLanguage(lang).isPresent();
    }

    /** The text of the record as printed; fails for a language without a {@link RenderProfile}. */
    public String render(DocumentRecord d) {
        RenderProfile p = RenderProfile.forLanguage(d.language())
                .orElseThrow(() -> new UnkgException("no PDF-like rendering for language " + d.language()));
        String[] job = job(d, p);
        Pager pager = new Pager(p, job[0], d.symbol() == null ? "" : d.symbol(), d.title() == null ? "" : d.title());
        masthead(d, p, job, pager);
        LineWrapper wrap = new LineWrapper();
        Map<String, List<Footnote>> notes = new LinkedHashMap<>();
        for (Footnote f : d.footnotes()) {
            notes.computeIfAbsent(f.attachedTo(), k -> new ArrayList<>()).add(f);
        }
        for (Paragraph para : d.preamble()) {
            paragraph(para, null, notes, p, wrap, pager);
        }
        for (Paragraph para : d.operative()) {
            // a paragraph without a number prints none: a section heading ("IX", "Regional cooperation"),
            // the one paragraph of a resolution of one paragraph, or a number the text itself carries
            String n = para.number() == null ? null : label(para);
            String printed = n == null ? null : n.matches("\\d+") ? p.paragraphNumber(n) : itemLabel(para, p);
            paragraph(para, printed, notes, p, wrap, pager);
        }
        List<Footnote> unplaced = new ArrayList<>();
        notes.values().forEach(unplaced::addAll);
        for (Footnote f : unplaced) { // footnotes whose paragraph is unknown: at the end, as after closing lines
            pager.footnote(f);
        }
        closing(d, p, pager);
        return pager.finish();
    }

    private void masthead(DocumentRecord d, RenderProfile p, String[] job, Pager out) {
        String symbol = d.symbol() == null ? "" : d.symbol();
        // as text extraction gives a UN masthead: the two columns come out as separate lines
        out.head(indent(p, 1) + p.unitedNations() + "   " + symbol);
        out.gap();
        out.head(p.generalAssembly());
        out.head(p.distr());
        if (d.distributionDate() != null) {
            out.head(p.distributionDate(d.distributionDate()));
        }
        out.gap();
        out.head(job[0] + " (" + p.jobLetter() + ")");
        out.head("*" + job[1] + "*");
        out.gap();
        if (d.session() != null) {
            out.head(p.session(d.session()));
        }
        List<String> numbers = d.agendaItems().stream().map(AgendaItem::number).filter(n -> n != null).toList();
        if (!numbers.isEmpty()) {
            out.head(p.agendaItems(numbers));
        }
        LineWrapper wrap = new LineWrapper();
        for (AgendaItem a : d.agendaItems()) {
            if (a.title() != null) {
                wrap.wrap(a.title(), p, p.unspaced() ? 17 : 48).forEach(out::head);
            }
        }
        out.gap();
        if (d.adoptionDate() != null) {
            out.head(indent(p, 2) + p.adoptionLine(d.adoptionDate()));
            out.gap();
        }
        if (d.committee() != null) {
            List<String> reports = d.reports().isEmpty() ? d.drafts() : d.reports();
            String line = p.onReport(committee(d.committee()), reports);
            wrap.wrap(line, p, p.lineWidth()).forEach(l -> out.head(indent(p, 2) + l));
            out.gap();
        } else if (Boolean.TRUE.equals(d.withoutMainCommittee())) {
            String line = p.withoutMainCommittee(d.drafts());
            wrap.wrap(line, p, p.lineWidth()).forEach(l -> out.head(indent(p, 2) + l));
            out.gap();
        }
        String number = symbol.startsWith("A/RES/") ? symbol.substring("A/RES/".length()) + p.headingSeparator() : "";
        if (d.title() != null) {
            wrap.wrap(number + d.title(), p, p.lineWidth()).forEach(l -> out.head(indent(p, 1) + l));
            out.gap();
        }
        out.head(indent(p, 1) + p.formula());
        out.gap();
    }

    /** The Fourth Committee prints its number after its name. */
    private static String committee(String name) {
        return name.toLowerCase(Locale.ROOT).startsWith("special political") && !name.contains("(")
                ? name + " (Fourth Committee)" : name;
    }

    /** Chinese extraction keeps the indentation of centred lines as leading spaces; English shows none. */
    private static String indent(RenderProfile p, int spaces) {
        return p.unspaced() ? " ".repeat(spaces) : "";
    }

    private void paragraph(Paragraph para, String number, Map<String, List<Footnote>> notes, RenderProfile p,
                           LineWrapper wrap, Pager out) {
        List<Paragraph> items = new ArrayList<>();
        for (Paragraph item : para.items()) { // some readers keep sub-items in the parent's text
            boolean inText = para.text() != null && item.text() != null
                    && Norm.text(para.text(), p.language()).contains(Norm.text(item.text(), p.language()));
            if (!inText) {
                items.add(item);
            }
        }
        List<Footnote> marked = new ArrayList<>(take(notes, para.key()));
        if (items.isEmpty()) {
            para.items().forEach(i -> marked.addAll(take(notes, i.key())));
        }
        String text = marked(para.text() == null ? "" : para.text(), marked);
        if (number != null && !text.startsWith(number)) {
            text = number + " " + text;
        }
        List<String> links = new ArrayList<>();
        para.links().forEach(l -> links.add(undocs(l, p)));
        marked.forEach(f -> f.links().forEach(l -> links.add(undocs(l, p))));
        out.paragraph(wrap.wrap(text, p, p.lineWidth()), marked, links);
        for (Paragraph item : items) {
            paragraph(item, itemLabel(item, p), notes, p, wrap, out);
        }
    }

    /**
     * An item's label as the language prints it ("(a)", "(iv)", Russian "а)", Arabic "(أ)"); a
     * Chinese "㈠" or "(十一)" keeps its own form.
     */
    private static String itemLabel(Paragraph item, RenderProfile p) {
        String n = label(item);
        return n.matches("[\\p{IsLatin}\\p{IsCyrillic}\\p{IsArabic}0-9]+") ? p.itemLabel(n) : item.number().strip();
    }

    /** The printed number or letter without its punctuation ("5", "a"), or the ordinal. */
    private static String label(Paragraph para) {
        String n = para.number() == null ? "" : para.number().replaceAll("[.)(\\s]", "");
        return n.isEmpty() ? Integer.toString(para.ordinal()) : n;
    }

    private static List<Footnote> take(Map<String, List<Footnote>> notes, String key) {
        List<Footnote> l = notes.remove(key);
        return l == null ? List.of() : l;
    }

    /**
     * The paragraph text with its footnote markers. Where the text carries a marker (as a
     * superscript) it goes there. Records do not say where other marks stand, so the last goes
     * after the paragraph's last word, as the UN places most, and the ones before it after
     * clause punctuation spread over the paragraph, so that no two marks run together. A mark
     * separator the record kept after the closing punctuation ("，、") is where the last two stood.
     */
    private static String marked(String text, List<Footnote> notes) {
        String t = text.strip();
        List<Footnote> unplaced = new ArrayList<>();
        for (Footnote f : notes) {
            String sup = superscript(f.marker());
            int at = sup == null ? -1 : t.indexOf(sup);
            if (at >= 0) {
                t = t.substring(0, at) + mark(f) + t.substring(at + sup.length());
            } else {
                unplaced.add(f);
            }
        }
        int k = unplaced.size();
        // a separator after the last punctuation ("记录，、") stood between two marks the record lost
        // ("记录，10、11" as printed): the last two marks go there, as one run
        boolean run = k >= 2 && TRAILING_SEPARATOR.matcher(t).find();
        if (run) {
            t = t.substring(0, t.length() - 1);
        }
        List<Integer> at = positions(t, run ? k - 2 : k - 1);
        List<String> tail = new ArrayList<>(); // without room elsewhere marks share the end, as "3, 4"
        for (int j = at.size(); j < k; j++) {
            tail.add(mark(unplaced.get(j)));
        }
        StringBuilder b = new StringBuilder(t).append(String.join(", ", tail));
        for (int j = at.size() - 1; j >= 0; j--) {
            b.insert(at.get(j), mark(unplaced.get(j)));
        }
        return b.toString();
    }

    /** Up to {@code n} increasing positions just after clause punctuation, spread evenly. */
    private static List<Integer> positions(String t, int n) {
        List<Integer> cand = new ArrayList<>();
        for (int i = 0; i < t.length() - 1; i++) {
            if (",;，；".indexOf(t.charAt(i)) >= 0) {
                cand.add(i + 1);
            }
        }
        List<Integer> out = new ArrayList<>();
        for (int j = 0; j < n && j < cand.size(); j++) {
            int idx = (int) ((long) (j + 1) * cand.size() / (n + 1));
            int pos = cand.get(Math.min(Math.max(idx, j), cand.size() - 1));
            if (out.isEmpty() || pos > out.get(out.size() - 1)) {
                out.add(pos);
            }
        }
        return out;
    }

    private static String mark(Footnote f) {
        return LineWrapper.MARK_OPEN + f.marker() + LineWrapper.MARK_CLOSE;
    }

    private static String superscript(String marker) {
        StringBuilder b = new StringBuilder();
        for (char c : marker.toCharArray()) {
            if (c < '0' || c > '9') {
                return null;
            }
            b.append(SUPERSCRIPTS.charAt(c - '0'));
        }
        return b.toString();
    }

    private void closing(DocumentRecord d, RenderProfile p, Pager out) {
        List<String> lines = new ArrayList<>();
        if (d.meeting() != null) {
            lines.add(p.plenaryMeeting(d.meeting()));
        }
        if (d.adoptionDate() != null) {
            lines.add(p.dateBeforeMeeting() ? 0 : lines.size(), p.date(d.adoptionDate()));
        }
        out.closing(lines);
    }

    /**
     * A link line as the PDFs print it: undocs.org links in the form "https://undocs.org/ch/A/RES/70/1",
     * others as their URI (spaces percent-encoded, as in the PDF's link annotation).
     */
    private static String undocs(Link l, RenderProfile p) {
        Matcher m = UNDOCS.matcher(l.href());
        // a PDF's link target is a URI: spaces in it are percent-encoded
        String href = m.matches() ? "https://undocs.org/" + p.undocsLanguage() + "/" + m.group(1) : l.href();
        return href.strip().replaceAll("\\s", "%20");
    }

    /** Job number ("24-19776") and bar code ("2419776"): from an AKN file name, else derived from the symbol. */
    private static String[] job(DocumentRecord d, RenderProfile p) {
        Matcher m = d.sourceFile() == null ? null : JOB.matcher(d.sourceFile());
        if (m != null && m.find()) {
            return new String[] {m.group(1) + "-" + m.group(2), m.group(1) + m.group(2)};
        }
        int h = Math.floorMod((d.symbol() == null ? "" : d.symbol()).hashCode(), 100000);
        String year = d.adoptionDate() == null ? "00" : String.format("%02d", d.adoptionDate().getYear() % 100);
        String n = String.format("%05d", h);
        return new String[] {year + "-" + n, year + n};
    }

}
