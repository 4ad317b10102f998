package org.unkg.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.unkg.model.Citation;
import org.unkg.model.DocumentRecord;
import org.unkg.model.Finding;
import org.unkg.model.Span;

/**
 * Citations of resolutions, decisions and documents, by the language's {@link CitationGrammar}:
 * "resolution 73/338 of 12 September 2019", "resolutions 53/243 A and B" (two citations),
 * "Security Council resolution 1631 (2005)", "2019 年 9 月 12 日第 73/338 号决议",
 * "第 63/210、67/263 和 78/149 号决议", and bare symbols ("A/75/651-S/2020/1203, annex").
 * Every symbol of one citation phrase carries the span of the whole phrase; the date is the one
 * printed with its number. The document's own symbol is not reported.
 */
public final class CitationExtractor implements Extractor {
    private static final int MAX_ITEMS = 200;
    private static final Pattern FIRST_LETTER = Pattern.compile("\\s*(" + CitationGrammar.LETTER.pattern() + ")",
            Pattern.UNICODE_CHARACTER_CLASS);
    private static final Pattern YEAR = Pattern.compile("\\d{4}(?!\\d)");

    private final Map<String, CitationGrammar> grammars = new ConcurrentHashMap<>();

    /** One parsed citation phrase: [start, end) and its symbols. */
    private record Phrase(int start, int end, List<Cited> cited) {
    }

    private record Cited(String symbol, String date) {
    }

    private record Item(int end, List<Cited> cited) {
    }

    @Override
    public String id() {
        return "citations";
    }

    @Override
    public List<Finding> extract(DocumentRecord doc) {
        CitationGrammar g = grammars.computeIfAbsent(doc.language() == null ? "en" : doc.language(),
                CitationGrammar::forLanguage);
        List<Finding> out = new ArrayList<>();
        for (Block b : Block.of(doc)) {
            for (Phrase p : phrases(g, b.text())) {
                String surface = b.text().substring(p.start(), p.end());
                for (Cited c : p.cited()) {
                    if (!c.symbol().equals(doc.symbol())) {
                        out.add(new Citation(id(), new Span(b.key(), p.start(), p.end(), surface), c.symbol(),
                                c.date(), partOf(g, surface)));
                    }
                }
            }
        }
        return out;
    }

    /** Citation phrases in one text, in order. */
    private List<Phrase> phrases(CitationGrammar g, String text) {
        List<Phrase> out = g.shape == CitationGrammar.Shape.COUNTER ? counterPhrases(g, text) : keywordPhrases(g, text);
        Matcher m = CitationGrammar.SYMBOL.matcher(text);
        while (m.find()) {
            String sym = CitationGrammar.stripSpaces(m.group()).replaceAll("[.\\-]+$", "");
            int end = m.start() + m.group().replaceAll("[.\\-]+$", "").length();
            if (!sym.matches(".*\\d.*") || overlaps(out, m.start(), end)) {
                continue;
            }
            out.add(new Phrase(m.start(), withPart(g, text, end), List.of(new Cited(sym, null))));
        }
        out.sort((a, b) -> Integer.compare(a.start(), b.start()));
        return out;
    }

    private List<Phrase> keywordPhrases(CitationGrammar g, String text) {
        List<Phrase> out = new ArrayList<>();
        Matcher h = g.head.matcher(text);
        int from = 0;
        while (from < text.length() && h.find(from)) {
            from = h.end();
            Matcher kw = g.keyword.matcher(h.group("kw"));
            boolean decision = kw.lookingAt() && kw.group("DEC") != null;
            String series = g.seriesOf(h);
            List<Cited> cited = new ArrayList<>();
            int pos = items(g, text, h.end(), series, decision, cited);
            Matcher after = series == null ? at(g.bodyAfter, text, pos) : null;
            if (after != null && !cited.isEmpty()) { // "résolution 51/35 du Conseil des droits de l’homme"
                cited.clear();
                items(g, text, h.end(), g.afterSeriesOf(after), decision, cited);
                pos = after.end();
            }
            if (!cited.isEmpty()) {
                int end = withPart(g, text, pos);
                out.add(new Phrase(h.start("kw"), end, cited));
                from = end;
            }
        }
        return out;
    }

    /** The numbers of one keyword-first phrase from {@code pos}, added to {@code cited}; returns their end. */
    private int items(CitationGrammar g, String text, int pos, String series, boolean decision, List<Cited> cited) {
        int end = pos;
        Item it = item(g, text, pos, series, decision);
        while (it != null && cited.size() < MAX_ITEMS) {
            cited.addAll(it.cited());
            end = it.end();
            Matcher sep = at(g.listSeparator, text, end);
            it = sep == null ? null : item(g, text, sep.end(), series, decision);
        }
        return end;
    }

    /** One number with its letters and the date printed after it (keyword-first languages). */
    private Item item(CitationGrammar g, String text, int pos, String series, boolean decision) {
        Matcher n = at(CitationGrammar.NUMBER, text, pos);
        if (n == null) {
            return null;
        }
        List<String> letters = new ArrayList<>();
        int end = letters(g, text, n.end(), letters);
        String date = null;
        Matcher da = at(g.dateAfter, text, end);
        if (da != null) {
            var d = g.dates.parseAt(text, da.end());
            if (d.isPresent()) {
                date = d.get().date().toString();
                end = d.get().end();
            } else {
                Matcher y = at(YEAR, text, da.end());
                if (y != null) {
                    date = y.group();
                    end = y.end();
                }
            }
        }
        return new Item(end, cite(n.group(), letters, series, decision, date));
    }

    private List<Phrase> counterPhrases(CitationGrammar g, String text) {
        List<Phrase> out = new ArrayList<>();
        Matcher pre = g.prefix.matcher(text);
        int from = 0;
        while (from < text.length() && pre.find(from)) {
            from = Math.max(pre.end(), pre.start() + 1);
            if (at(CitationGrammar.NUMBER, text, pre.end()) == null) {
                continue;
            }
            var before = g.dates.parseBefore(text, pre.start(), 40);
            int start = before.map(DateParser.DateMatch::start).orElse(pre.start());
            String date = before.map(d -> d.date().toString()).orElse(null);
            String series = series(g, text, start);
            List<Cited> cited = new ArrayList<>();
            List<String[]> pending = new ArrayList<>();
            int pos = pre.start();
            int end = -1;
            for (int guard = 0; guard < MAX_ITEMS; guard++) {
                Matcher p = at(g.prefix, text, pos);
                List<String[]> nums = p == null ? List.of() : numbers(g, text, p.end());
                if (nums.isEmpty()) {
                    break;
                }
                int numsEnd = Integer.parseInt(nums.get(nums.size() - 1)[2]);
                Matcher suf = at(g.suffix, text, numsEnd);
                int after = suf == null ? numsEnd : suf.end(); // 号 may be left out before the next 第
                Matcher kw = suf == null ? null : at(g.keyword, text, after);
                for (String[] n : nums) {
                    pending.add(new String[] {n[0], n[1], date});
                }
                if (kw != null) { // the keyword at the end says whether all of them are resolutions or decisions
                    boolean decision = kw.group("DEC") != null;
                    for (String[] n : pending) {
                        cited.addAll(cite(n[0], n[1].isEmpty() ? List.of() : List.of(n[1].split(",")), series, decision, n[2]));
                    }
                    end = kw.end();
                    break;
                }
                Matcher sep = at(g.listSeparator, text, after);
                if (sep == null) {
                    break;
                }
                var d = g.dates.parseAt(text, sep.end());
                date = d.map(x -> x.date().toString()).orElse(null);
                pos = d.map(DateParser.DateMatch::end).orElse(sep.end());
                while (pos < text.length() && MatchText.isSpace(text.charAt(pos))) {
                    pos++;
                }
            }
            if (end < 0) {
                continue;
            }
            if (before.isEmpty() && g.yearBefore != null) {
                Matcher y = g.yearBefore.matcher(text.substring(Math.max(0, start - 120), start));
                if (y.find()) {
                    String year = y.group("year");
                    cited.replaceAll(c -> c.date() == null ? new Cited(c.symbol(), year) : c);
                }
            }
            end = withPart(g, text, end);
            out.add(new Phrase(start, end, List.copyOf(cited)));
            from = end;
        }
        return out;
    }

    /** Numbers of one counter group: {number, letters joined by ",", end offset}. */
    private List<String[]> numbers(CitationGrammar g, String text, int pos) {
        List<String[]> out = new ArrayList<>();
        int p = pos;
        while (out.size() < MAX_ITEMS) {
            Matcher n = at(CitationGrammar.NUMBER, text, p);
            if (n == null) {
                break;
            }
            List<String> letters = new ArrayList<>();
            int end = letters(g, text, n.end(), letters);
            out.add(new String[] {n.group(), String.join(",", letters), String.valueOf(end)});
            Matcher sep = at(g.listSeparator, text, end);
            if (sep == null || at(CitationGrammar.NUMBER, text, sep.end()) == null) {
                break;
            }
            p = sep.end();
        }
        return out;
    }

    private static int letters(CitationGrammar g, String text, int pos, List<String> out) {
        Matcher l = at(FIRST_LETTER, text, pos);
        if (l == null) {
            return pos;
        }
        out.add(l.group(1));
        int end = l.end();
        while (true) {
            Matcher sep = at(g.lettersSeparator, text, end);
            Matcher next = sep == null ? null : at(CitationGrammar.LETTER, text, sep.end());
            if (next == null) {
                return end;
            }
            out.add(next.group());
            end = next.end();
        }
    }

    private static List<Cited> cite(String number, List<String> letters, String series, boolean decision, String date) {
        List<Cited> out = new ArrayList<>();
        if (letters.isEmpty()) {
            out.add(new Cited(CitationGrammar.symbol(number, null, series, decision), date));
        }
        for (String l : letters) {
            out.add(new Cited(CitationGrammar.symbol(number, l, series, decision), date));
        }
        return out;
    }

    private static String series(CitationGrammar g, String text, int start) {
        Matcher b = g.bodyBefore.matcher(text.substring(Math.max(0, start - 40), start));
        return b.find() ? g.seriesOf(b) : null;
    }

    private static int withPart(CitationGrammar g, String text, int end) {
        Matcher p = at(g.part, text, end);
        return p == null ? end : p.end();
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

    private static boolean overlaps(List<Phrase> phrases, int start, int end) {
        return phrases.stream().anyMatch(p -> p.start() < end && start < p.end());
    }

    /** The pattern matched at exactly {@code pos}, or null. */
    private static Matcher at(Pattern p, String text, int pos) {
        if (p == null || pos > text.length()) {
            return null;
        }
        Matcher m = p.matcher(text);
        m.region(pos, text.length());
        return m.lookingAt() ? m : null;
    }
}
