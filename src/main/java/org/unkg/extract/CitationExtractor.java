package org.unkg.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;

import org.unkg.extract.CitationPhrase.Cited;
import org.unkg.model.Citation;
import org.unkg.model.DocumentRecord;
import org.unkg.model.Finding;
import org.unkg.model.Span;

/**
 * Citations of resolutions, decisions and documents, by the language's {@link CitationGrammar}:
 * "resolution 73/338 of 12 September 2019", "resolutions 53/243 A and B" (two citations),
 * "Security Council resolution 1631 (2005)", "2019 年 9 月 12 日第 73/338 号决议",
 * "第 63/210、67/263 和 78/149 号决议", and bare symbols ("A/75/651-S/2020/1203, annex",
 * "A/76/6 (Sect. 5)", see {@link DocumentSymbols}).
 * Every symbol of one citation phrase carries the span of the whole phrase; the date is the one
 * printed with its number. The document's own symbol is not reported.
 *
 * <p>A phrase that names no body takes the Assembly's series, unless its numbers were dated in
 * years the Assembly's sessions of those numbers do not cover ("resolution 45/3 of 6 October
 * 2020"): then it is the series of the body numbered that way (the grammar's {@code scope.series},
 * e.g. the Human Rights Council's) named last before it in the document.
 *
 * <pre>{@code
 * List<Finding> f = new CitationExtractor().extract(doc);
 * }</pre>
 */
public final class CitationExtractor implements Extractor {
    private final Map<String, CitationGrammar> grammars = new ConcurrentHashMap<>();

    @Override
    public String id() {
        return "citations";
    }

    @Override
    public List<Finding> extract(DocumentRecord doc) {
        CitationGrammar g = grammars.computeIfAbsent(doc.language() == null ? "en" : doc.language(),
                CitationGrammar::forLanguage);
        List<Finding> out = new ArrayList<>();
        String scope = null; // the series of the body of scope.series named last so far
        for (Block b : Block.of(doc)) {
            String text = b.text();
            List<int[]> bodies = scopeBodies(g, text);
            for (CitationPhrase p : phrases(g, text)) {
                String named = lastBefore(g, bodies, p.start());
                List<Cited> cited = inScope(p) ? withSeries(p.cited(), named != null ? named : scope) : p.cited();
                String surface = text.substring(p.start(), p.end());
                for (Cited c : cited) {
                    String symbol = c.symbol();
                    if (symbol != null && !symbol.equals(doc.symbol())) {
                        out.add(new Citation(id(), new Span(b.key(), p.start(), p.end(), surface), symbol,
                                c.date(), partOf(g, surface)));
                    }
                }
            }
            String last = lastBefore(g, bodies, text.length());
            scope = last != null ? last : scope;
        }
        return out;
    }

    /** Citation phrases in one text, in order: the language's phrases, then symbols printed outside them. */
    static List<CitationPhrase> phrases(CitationGrammar g, String text) {
        List<CitationPhrase> out = new ArrayList<>(g.shape == CitationGrammar.Shape.COUNTER
                ? CounterPhrases.find(g, text) : KeywordPhrases.find(g, text));
        out.sort((a, b) -> Integer.compare(a.start(), b.start()));
        List<CitationPhrase> symbols = new ArrayList<>();
        int next = 0;
        int maxEnd = -1; // symbols come in text order: one pass over the phrases finds those they overlap
        Matcher m = DocumentSymbols.SYMBOL.matcher(text);
        while (m.find()) {
            String sym = DocumentSymbols.normalize(m.group());
            int end = m.start() + DocumentSymbols.printedLength(m);
            while (next < out.size() && out.get(next).start() < end) {
                maxEnd = Math.max(maxEnd, out.get(next).end());
                next++;
            }
            if (sym == null || maxEnd > m.start()) {
                continue;
            }
            symbols.add(new CitationPhrase(m.start(), PhraseText.withPart(g, text, end), List.of(Cited.symbol(sym)), true));
        }
        out.addAll(symbols);
        out.sort((a, b) -> Integer.compare(a.start(), b.start()));
        return out;
    }

    /** Whether a phrase without a named body has most of its dated numbers out of the Assembly's sessions. */
    private static boolean inScope(CitationPhrase p) {
        if (p.bodyNamed()) {
            return false;
        }
        int dated = 0;
        int outside = 0;
        for (Cited c : p.cited()) {
            if (c.printed() == null && c.date() != null) {
                dated++;
                if (!CitationGrammar.assemblyYear(CitationGrammar.stripSpaces(c.number()), c.date())) {
                    outside++;
                }
            }
        }
        return outside > 0 && 2 * outside >= dated;
    }

    private static List<Cited> withSeries(List<Cited> cited, String series) {
        return series == null ? cited : cited.stream().map(c -> c.series() == null ? c.withSeries(series) : c).toList();
    }

    /** Where bodies of the grammar's scope.series are named in a text: {start, index in scopeSeries}. */
    private static List<int[]> scopeBodies(CitationGrammar g, String text) {
        List<int[]> out = new ArrayList<>();
        if (g.scopeSeries.isEmpty()) {
            return out;
        }
        Matcher m = g.anyBody.matcher(text);
        while (m.find()) {
            int i = g.scopeSeries.indexOf(g.seriesOf(m));
            if (i >= 0) {
                out.add(new int[] {m.start(), i});
            }
        }
        return out;
    }

    /** The series of the last of those bodies named before {@code pos}, or null. */
    private static String lastBefore(CitationGrammar g, List<int[]> bodies, int pos) {
        int lo = 0;
        int hi = bodies.size(); // bodies are in text order: the first at or after pos, by bisection
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (bodies.get(mid)[0] < pos) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo == 0 ? null : g.scopeSeries.get(bodies.get(lo - 1)[1]);
    }

    private static String partOf(CitationGrammar g, String surface) {
        if (g.part == null) {
            return null;
        }
        Matcher m = g.part.matcher(surface);
        String last = null;
        while (m.find()) {
            if (m.end() == surface.length()) {
                last = g.partName(m);
            }
        }
        return last;
    }

}
