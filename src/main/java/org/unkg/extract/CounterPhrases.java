package org.unkg.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;

import org.unkg.extract.CitationPhrase.Cited;

/**
 * Citation phrases of languages that print numbers inside a counter and the keyword last
 * (Chinese): "2019 年 9 月 12 日第 73/338 号决议", "第 63/210、67/263 和 78/149 号决议",
 * "1995 年 12 月 12 日第 50/80 A 号和 2015 年 6 月 3 日第 69/285 号决议", "第 51/211 A 至 E 号决议".
 * Each number takes the date printed before it; the keyword at the end says whether all of them
 * are resolutions or decisions.
 */
final class CounterPhrases {
    private static final int MAX_ITEMS = 200;

    private CounterPhrases() {
    }

    /** A number of one counter group: the number, its letters and where it ends. */
    private record Num(String number, List<String> letters, int end) {
    }

    private record Pending(Num num, String date) {
    }

    static List<CitationPhrase> find(CitationGrammar g, String text) {
        List<CitationPhrase> out = new ArrayList<>();
        Matcher pre = g.prefix.matcher(text);
        int from = 0;
        while (from < text.length() && pre.find(from)) {
            from = Math.max(pre.end(), pre.start() + 1);
            if (PhraseText.at(g.forms.number, text, pre.end()) == null) {
                continue;
            }
            var before = g.dates.parseBefore(text, pre.start(), 40).or(() -> dateBeforeGap(g, text, pre.start()));
            int start = before.map(DateParser.DateMatch::start).orElse(pre.start());
            String date = before.map(d -> d.date().toString()).orElse(null);
            String series = series(g, text, start);
            List<Cited> cited = new ArrayList<>();
            List<Pending> pending = new ArrayList<>();
            int pos = pre.start();
            int end = -1;
            boolean counted = false;
            int lastAfter = pos;
            for (int guard = 0; guard < MAX_ITEMS; guard++) {
                Matcher p = PhraseText.at(g.prefix, text, pos);
                List<Num> nums = p == null ? List.of() : numbers(g, text, p.end());
                if (nums.isEmpty()) {
                    break;
                }
                int numsEnd = nums.get(nums.size() - 1).end();
                Matcher suf = PhraseText.at(g.suffix, text, numsEnd);
                int after = suf == null ? numsEnd : suf.end(); // 号 may be left out before the next 第
                counted = suf != null;
                lastAfter = after;
                Matcher kw = suf == null ? null : PhraseText.at(g.keyword, text, after);
                for (Num n : nums) {
                    pending.add(new Pending(n, date));
                }
                if (kw != null) {
                    boolean decision = kw.group("DEC") != null;
                    for (Pending n : pending) {
                        cited.addAll(PhraseText.cite(n.num().number(), n.num().letters(), series, decision, n.date()));
                    }
                    end = kw.end();
                    break;
                }
                Matcher sep = PhraseText.at(g.listSeparator, text, after);
                if (sep == null) {
                    break;
                }
                int next = sep.end();
                var d = g.dates.parseAt(text, next);
                Matcher gap = d.isEmpty() ? PhraseText.at(g.itemGap, text, next) : null;
                if (gap != null) { // "、宣布 2000 年为和平文化国际年的 1997 年 11 月 20 日第 52/15 号"
                    next = gap.end();
                    d = g.dates.parseAt(text, next);
                }
                date = d.map(x -> x.date().toString()).orElse(null);
                pos = d.map(DateParser.DateMatch::end).orElse(next);
                while (pos < text.length() && MatchText.isSpace(text.charAt(pos))) {
                    pos++;
                }
            }
            if (end < 0 && counted && !pending.isEmpty()) {
                // the list ends in a counter without the keyword right after it: "第 74/120 号和以往各项决议",
                // "第 53/25 号以及……": the keyword a little further on, else a resolution
                Matcher ahead = PhraseText.at(g.keywordAhead, text, lastAfter);
                Matcher kw = ahead == null ? null : PhraseText.at(g.keyword, text, ahead.end());
                boolean decision = kw != null && kw.group("DEC") != null;
                for (Pending n : pending) {
                    cited.addAll(PhraseText.cite(n.num().number(), n.num().letters(), series, decision, n.date()));
                }
                end = lastAfter;
            }
            if (end < 0) {
                continue;
            }
            if (before.isEmpty() && g.yearBefore != null) {
                Matcher y = g.yearBefore.matcher(text.substring(Math.max(0, start - 120), start));
                if (y.find()) {
                    String year = y.group("year");
                    cited.replaceAll(c -> c.date() == null ? c.withDate(year) : c);
                }
            }
            end = PhraseText.withPart(g, text, end);
            out.add(new CitationPhrase(start, end, cited, series != null));
            from = end;
        }
        return out;
    }

    /** The numbers of one counter group ("63/210、67/263 和 78/149", "53/243 A 和 B"). */
    private static List<Num> numbers(CitationGrammar g, String text, int pos) {
        List<Num> out = new ArrayList<>();
        int p = pos;
        while (out.size() < MAX_ITEMS) {
            Matcher n = PhraseText.at(g.forms.number, text, p);
            if (n == null) {
                break;
            }
            List<String> letters = new ArrayList<>();
            int end = PhraseText.letters(g, text, n.end(), letters);
            out.add(new Num(g.forms.latin(n.group()), List.copyOf(letters), end));
            Matcher sep = PhraseText.at(g.listSeparator, text, end);
            if (sep == null || PhraseText.at(g.forms.number, text, sep.end()) == null) {
                break;
            }
            p = sep.end();
        }
        return out;
    }

    /** A date printed before a clause that ends at the counter: "2017 年 3 月 23 日关于……的第". */
    private static java.util.Optional<DateParser.DateMatch> dateBeforeGap(CitationGrammar g, String text, int prefix) {
        if (g.itemGap == null) {
            return java.util.Optional.empty();
        }
        int from = Math.max(0, prefix - 160);
        DateParser.DateMatch best = null;
        for (DateParser.DateMatch d : g.dates.findAll(text.substring(from, prefix))) {
            Matcher gap = PhraseText.at(g.itemGap, text, from + d.end());
            if (gap != null && gap.end() == prefix) {
                best = new DateParser.DateMatch(from + d.start(), from + d.end(), d.date());
            }
        }
        return java.util.Optional.ofNullable(best);
    }

    private static String series(CitationGrammar g, String text, int start) {
        Matcher b = g.bodyBefore.matcher(text.substring(Math.max(0, start - 40), start));
        return b.find() ? g.seriesOf(b) : null;
    }
}
