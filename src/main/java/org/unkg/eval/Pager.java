package org.unkg.eval;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.unkg.model.Footnote;

/**
 * Lays rendered lines out on pages for {@link PdfLikeRenderer}: footnote bodies (after a rule) and
 * link lines at the bottom of the page that carries the marker, a running head and page number on
 * every page after the first, and the text-extraction habits of the language (Chinese lines end
 * in a space and are followed by an empty line; paragraphs start with a space).
 */
final class Pager {
    private static final String RULE = "__________________";

    private final RenderProfile p;
    private final String job;
    private final String symbol;
    private final String title;
    private final LineWrapper noteWrap = new LineWrapper();
    private final List<Page> pages = new ArrayList<>();

    private static final class Page {
        final List<String> body = new ArrayList<>();
        final List<String> notes = new ArrayList<>();
        final List<String> links = new ArrayList<>();
        int masthead;

        /** Lines used; masthead lines are set small and count half. */
        int used() {
            return body.size() - masthead / 2 + (notes.isEmpty() ? 0 : notes.size() + 1) + links.size();
        }
    }

    Pager(RenderProfile p, String job, String symbol, String title) {
        this.p = p;
        this.job = job;
        this.symbol = symbol;
        this.title = title;
        pages.add(new Page());
    }

    /** A masthead line (first page). */
    void head(String line) {
        page().body.add(line);
        page().masthead++;
    }

    /** A blank line between groups of masthead lines, where the language's text shows one. */
    void gap() {
        if (!p.unspaced()) {
            page().body.add("");
            page().masthead++;
        }
    }

    /** One paragraph's wrapped lines, the footnotes marked in it and its link lines. */
    void paragraph(List<String> lines, List<Footnote> notes, List<String> links) {
        boolean first = true;
        for (String line : lines) {
            List<String> noteLines = new ArrayList<>();
            for (Footnote f : notes) {
                if (line.contains(LineWrapper.MARK_OPEN + f.marker() + LineWrapper.MARK_CLOSE)) {
                    noteLines.addAll(noteLines(f));
                }
            }
            List<String> newLinks = first ? links : List.of();
            int need = 1 + noteLines.size() + (noteLines.isEmpty() || !page().notes.isEmpty() ? 0 : 1) + newLinks.size();
            if (page().used() + need > capacity() && !page().body.isEmpty()) {
                pages.add(new Page());
            }
            page().body.add((first && p.unspaced() ? " " : "") + printed(line));
            page().notes.addAll(noteLines);
            newLinks.stream().filter(l -> !page().links.contains(l)).forEach(page().links::add);
            first = false;
        }
        if (!p.unspaced() && page().used() < capacity()) {
            page().body.add("");
        }
    }

    /** A footnote whose mark could not be placed: printed on the current page. */
    void footnote(Footnote f) {
        page().notes.addAll(noteLines(f));
    }

    /** The closing lines (meeting, date), kept together. */
    void closing(List<String> lines) {
        if (page().used() + lines.size() + 1 > capacity()) {
            pages.add(new Page());
        }
        if (!p.unspaced()) {
            page().body.add("");
        }
        page().body.addAll(lines);
    }

    /** The whole text. */
    String finish() {
        StringBuilder out = new StringBuilder();
        int n = pages.size();
        for (int k = 1; k <= n; k++) {
            Page pg = pages.get(k - 1);
            if (k > 1) {
                emit(out, k % 2 == 0 ? symbol + "   " + title : title + "   " + symbol);
            }
            pg.body.forEach(l -> emit(out, l));
            if (!pg.notes.isEmpty()) {
                emit(out, RULE);
                pg.notes.forEach(l -> emit(out, l));
            }
            pg.links.forEach(l -> emit(out, l));
            if (k > 1) {
                emit(out, k % 2 == 0 ? k + "/" + n + "   " + job : job + "   " + k + "/" + n);
            }
        }
        return out.toString();
    }

    private void emit(StringBuilder out, String line) {
        if (p.unspaced()) {
            out.append(line).append(" \n\n");
        } else {
            out.append(line).append('\n');
        }
    }

    private List<String> noteLines(Footnote f) {
        String text = p.footnoteMark(f.marker()) + " " + (f.text() == null ? "" : f.text().strip());
        List<String> lines = new ArrayList<>(noteWrap.wrap(text, p, p.lineWidth()));
        if (!lines.isEmpty() && p.unspaced()) {
            lines.set(0, " " + lines.get(0));
        }
        return lines;
    }

    /** A line with its footnote markers as text extraction gives them ("countries,1 by", "中亚2 国家"). */
    private String printed(String line) {
        String open = String.valueOf(LineWrapper.MARK_OPEN);
        String close = String.valueOf(LineWrapper.MARK_CLOSE);
        String marker = open + "([^" + close + "]*)" + close;
        if (!p.footnoteMark("1").equals("1")) { // a mark printed with more than its number: "(1)"
            Matcher m = Pattern.compile(marker).matcher(line);
            StringBuilder out = new StringBuilder();
            while (m.find()) {
                m.appendReplacement(out, Matcher.quoteReplacement(p.footnoteMark(m.group(1))));
            }
            m.appendTail(out);
            return out.toString().stripTrailing();
        }
        // Chinese: one space after the mark, whether or not the text had one there
        return (p.unspaced() ? line.replaceAll(marker + " ?", "$1 ") : line.replaceAll(marker, "$1")).stripTrailing();
    }

    private Page page() {
        return pages.get(pages.size() - 1);
    }

    private int capacity() {
        return p.pageLines() - (pages.size() > 1 ? 2 : 0);
    }
}
