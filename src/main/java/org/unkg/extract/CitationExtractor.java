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
        ScopeBodies scopes = new ScopeBodies(g);
        for (Block b : Block.of(doc)) {
            String text = b.text();
            scopes.next(text);
            for (CitationPhrase p : phrases(g, text)) {
                List<Cited> cited = inScope(p) ? withSeries(p.cited(), scopes.lastBefore(p.start())) : p.cited();
                String surface = text.substring(p.start(), p.end());
                String part = null;
                boolean partRead = false; // the phrase's part, read once for all its citations (if any is kept)
                for (Cited c : cited) {
                    String symbol = c.symbol();
                    if (symbol != null && !symbol.equals(doc.symbol())) {
                        if (!partRead) {
                            part = partOf(g, surface);
                            partRead = true;
                        }
                        out.add(new Citation(id(), new Span(b.key(), p.start(), p.end(), surface), symbol,
                                c.date(), part));
                    }
                }
            }
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
        for (int from = 0; LeadScan.find(m, text, from, DocumentSymbols::mayStart); from = m.end()) {
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

    /**
     * The series of the body of the grammar's {@code scope.series} named last before a phrase: in
     * its own block before it, else in the blocks before. Bodies are looked for only when a phrase
     * asks (few do), and each block is searched once.
     */
    private static final class ScopeBodies {
        private final CitationGrammar g;
        private final List<String> texts = new ArrayList<>();
        /** Per block read so far: where its scope bodies are named, once searched. */
        private final List<List<int[]>> found = new ArrayList<>();

        ScopeBodies(CitationGrammar g) {
            this.g = g;
        }

        void next(String text) {
            texts.add(text);
            found.add(null);
        }

        /** The series named last before {@code pos} in the current block or, if none, at the end of an earlier one. */
        String lastBefore(int pos) {
            int k = texts.size() - 1;
            String s = lastBefore(bodies(k), pos);
            for (int j = k - 1; s == null && j >= 0; j--) {
                s = lastBefore(bodies(j), texts.get(j).length());
            }
            return s;
        }

        private List<int[]> bodies(int k) {
            if (found.get(k) == null) {
                found.set(k, scopeBodies(g, texts.get(k)));
            }
            return found.get(k);
        }

        /** The series of the last of those bodies named before {@code pos}, or null. */
        private String lastBefore(List<int[]> bodies, int pos) {
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
