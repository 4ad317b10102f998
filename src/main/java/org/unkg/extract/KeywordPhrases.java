package org.unkg.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.unkg.extract.CitationPhrase.Cited;

/**
 * Citation phrases of languages that print the keyword before the numbers (English):
 * "resolutions 63/210 of 19 December 2008, 67/263 of 17 May 2013 and 78/149", "resolutions 53/243
 * A and B", "decision 72/555". A list goes on past an item's tail (", entitled “…”", ", in
 * particular paragraph 5") when another number follows. A number printed with its adoption date
 * away from any keyword ("... on the right to privacy and 44/12 of 16 July 2020") is a citation
 * of the same kind as the phrase before it in the text.
 */
final class KeywordPhrases {
    private static final int MAX_ITEMS = 200;
    private static final Pattern YEAR = Pattern.compile("\\d{4}(?!\\d)");

    private KeywordPhrases() {
    }

    private record Item(int end, List<Cited> cited) {
    }

    static List<CitationPhrase> find(CitationGrammar g, String text) {
        List<CitationPhrase> out = new ArrayList<>();
        // the head is tried where it can start (see head()); the bounds let it see the text around
        // that offset as find() does
        Matcher h = g.head.matcher(text).useTransparentBounds(true).useAnchoringBounds(false);
        Matcher any = g.keyword.matcher(text);
        Matcher probe = probe(g, text);
        int from = 0;
        while (from < text.length() && head(g, h, probe, any, text, from)) {
            from = h.end();
            Matcher kw = g.keyword.matcher(h.group("kw"));
            boolean decision = kw.lookingAt() && kw.group("DEC") != null;
            String series = g.seriesOf(h);
            List<Cited> cited = new ArrayList<>();
            int pos = h.end();
            Item it = item(g, text, pos, series, decision);
            while (it != null && cited.size() < MAX_ITEMS) {
                cited.addAll(it.cited());
                pos = it.end();
                it = next(g, text, pos, series, decision);
            }
            if (!cited.isEmpty()) {
                int end = PhraseText.withPart(g, text, pos);
                Matcher after = series == null ? PhraseText.at(g.bodyAfter, text, end) : null;
                if (after != null) { // "resolution 9/4 of 17 December 2021 of the Conference of the States Parties"
                    String s = g.seriesOf(after);
                    cited.replaceAll(c -> c.withSeries(s));
                }
                out.add(new CitationPhrase(h.start("kw"), end, cited, series != null || after != null));
                // a quoted title inside the list may itself cite ("entitled “Implementation of resolution 46/152”")
                from = Math.max(h.end(), from);
            }
        }
        orphans(g, text, out);
        return out;
    }

    /**
     * Finds the next head at or after {@code from}, the match {@code h.find(from)} finds. Every head
     * holds a keyword, and starts either with it or with a body printed before it: so the head is
     * tried only at offsets where the keyword matches or a character a body can start with stands
     * ({@link CitationGrammar#bodyFirst}), in text order, and the first that matches is the
     * leftmost match. Where no keyword follows, no head does. The head, with its optional body
     * alternatives, is costly to try at every offset. Before the next keyword, a head can only
     * start with a body: the head is tried only where {@code probe} (the bodies, see
     * {@link #probe}) matches.
     */
    static boolean head(CitationGrammar g, Matcher h, Matcher probe, Matcher any, String text, int from) {
        if (!keyword(g, any, text, from)) {
            return false;
        }
        String first = g.bodyFirst;
        if (first == null) {
            return h.find(from);
        }
        int kw = any.start();
        int pos = from;
        while (true) {
            int cand = kw;
            for (int i = pos; i < kw && !first.isEmpty(); i++) {
                if (first.indexOf(text.charAt(i)) >= 0) {
                    cand = i;
                    break;
                }
            }
            if (cand < kw && probe != null && !probe.region(cand, text.length()).lookingAt()) {
                pos = cand + 1;
                continue;
            }
            h.region(cand, text.length());
            if (h.lookingAt()) {
                return true;
            }
            pos = cand + 1;
            if (cand == kw) {
                if (pos > text.length() || !keyword(g, any, text, pos)) {
                    return false;
                }
                kw = any.start();
            }
        }
    }

    /**
     * What {@code any.find(from)} does, {@code any} a matcher of the grammar's keyword on
     * {@code text}: tried only where a keyword can start ({@link CitationGrammar#keywordStarts}) and,
     * when the grammar knows them, where its second character can follow ({@link CitationGrammar#keywordSeconds}).
     */
    static boolean keyword(CitationGrammar g, Matcher any, String text, int from) {
        if (g.keywordStarts == null) {
            return any.find(from);
        }
        return g.keywordSeconds == null ? LeadScan.find(any, text, from, g.keywordStarts)
                : LeadScan.find(any, text, from, g.keywordStarts, g.keywordSeconds);
    }

    /** A matcher of the grammar's {@link CitationGrammar#bodyProbe} on {@code text}, or null. */
    static Matcher probe(CitationGrammar g, String text) {
        return g.bodyProbe == null ? null
                : g.bodyProbe.matcher(text).useTransparentBounds(true).useAnchoringBounds(false);
    }

    /** The next item of a list after {@code pos}: after a separator, or after a tail and a separator. */
    private static Item next(CitationGrammar g, String text, int pos, String series, boolean decision) {
        Matcher sep = PhraseText.at(g.listSeparator, text, pos);
        Item it = sep == null ? null : item(g, text, sep.end(), series, decision);
        if (it == null) {
            Matcher tail = PhraseText.at(g.itemTail, text, pos);
            sep = tail == null ? null : PhraseText.at(g.tailSeparator != null ? g.tailSeparator : g.listSeparator, text,
                    tail.end());
            it = sep == null ? null : item(g, text, sep.end(), series, decision);
        }
        return it;
    }

    /** One number with its letters and the date printed after it. */
    private static Item item(CitationGrammar g, String text, int pos, String series, boolean decision) {
        Matcher n = PhraseText.at(g.forms.number, text, pos);
        if (n == null) {
            return null;
        }
        List<String> letters = new ArrayList<>();
        int end = PhraseText.letters(g, text, n.end(), letters);
        String date = null;
        Matcher da = PhraseText.at(g.dateAfter, text, end);
        Matcher tail = da == null ? PhraseText.at(g.itemTail, text, end) : null;
        if (tail != null) { // "59/276, section XI, of 23 December 2004"
            Matcher tailDate = PhraseText.at(g.dateAfter, text, tail.end());
            if (tailDate != null && g.dates.parseAt(text, tailDate.end()).isPresent()) {
                da = tailDate;
            }
        }
        if (da != null) {
            var d = g.dates.parseAt(text, da.end());
            if (d.isPresent()) {
                date = d.get().date().toString();
                end = d.get().end();
            } else {
                Matcher y = PhraseText.at(YEAR, text, da.end());
                if (y != null) {
                    date = y.group();
                    end = y.end();
                }
            }
        }
        return new Item(end, PhraseText.cite(g.forms.latin(n.group()), letters, series, decision, date));
    }

    /**
     * Lists of numbers outside any phrase of which one at least is printed with a full adoption
     * date ("58/269 and 58/270 of 23 December 2003, 59/276, section XI, of 23 December 2004"), of
     * the kind of the phrase before them.
     */
    private static void orphans(CitationGrammar g, String text, List<CitationPhrase> phrases) {
        if (g.dateAfter == null) {
            return;
        }
        List<CitationPhrase> found = new ArrayList<>();
        Sweep covered = new Sweep(phrases); // number matches come in text order: one pass over the phrases
        Matcher n = g.forms.number.matcher(text);
        int from = 0;
        while (found.size() < MAX_ITEMS && LeadScan.find(n, text, from, g.forms::mayStartNumber)) {
            from = n.end();
            if (covered.covers(n.start()) || !standsAlone(text, n.start())) {
                continue;
            }
            List<Cited> cited = new ArrayList<>();
            boolean dated = false;
            int end = n.start();
            Item it = item(g, text, n.start(), null, false);
            while (it != null && cited.size() < MAX_ITEMS && !covered.covers(end)) {
                cited.addAll(it.cited());
                dated |= it.cited().stream().anyMatch(c -> c.date() != null && c.date().length() > 4);
                end = it.end();
                it = next(g, text, end, null, false);
            }
            if (!dated) {
                from = Math.max(from, end); // no later start in the same list is dated either
                continue;
            }
            CitationPhrase before = last(phrases, found, n.start());
            Cited kind = before == null ? null : before.cited().get(before.cited().size() - 1);
            List<Cited> typed = kind == null ? cited : cited.stream().map(c -> new Cited(c.number(), c.letter(),
                    kind.series(), kind.decision(), c.date(), null)).toList();
            found.add(new CitationPhrase(n.start(), end, typed, before != null && before.bodyNamed()));
            from = end;
        }
        phrases.addAll(found);
    }

    /** Whether offsets, asked in increasing order, fall inside one of the phrases (sorted by start). */
    private static final class Sweep {
        private final List<CitationPhrase> phrases;
        private int next;
        private int maxEnd = -1;

        Sweep(List<CitationPhrase> phrases) {
            this.phrases = phrases;
        }

        boolean covers(int pos) {
            while (next < phrases.size() && phrases.get(next).start() <= pos) {
                maxEnd = Math.max(maxEnd, phrases.get(next).end());
                next++;
            }
            return pos < maxEnd;
        }
    }

    private static boolean standsAlone(String text, int start) {
        return start == 0 || !Character.isLetterOrDigit(text.charAt(start - 1)) && text.charAt(start - 1) != '/'
                && text.charAt(start - 1) != '.';
    }

    private static CitationPhrase last(List<CitationPhrase> a, List<CitationPhrase> b, int before) {
        CitationPhrase best = null;
        for (List<CitationPhrase> l : List.of(a, b)) {
            for (CitationPhrase p : l) {
                if (p.end() <= before && !p.cited().isEmpty() && p.cited().get(0).printed() == null
                        && (best == null || p.end() > best.end())) {
                    best = p;
                }
            }
        }
        return best;
    }
}
