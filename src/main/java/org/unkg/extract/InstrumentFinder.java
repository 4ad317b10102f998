package org.unkg.extract;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Instruments found by the treaty grammar rather than by name lists, and footnote-mark lookup. */
final class InstrumentFinder {
    private static final String SUPERSCRIPTS = "\u2070\u00b9\u00b2\u00b3\u2074\u2075\u2076\u2077\u2078\u2079";

    private InstrumentFinder() {
    }

    /** Instruments named by a title or described, not overlapping each other, in text order. */
    static List<Instrument> find(TreatyGrammar g, String text) {
        List<Instrument> out = new ArrayList<>();
        for (int k = 0; k < 2; k++) {
            Pattern p = k == 0 ? g.described : g.instrument;
            // the patterns try a match at every offset; most blocks have none of the words any match needs
            if (p == null || !TreatyGrammar.mayMatch(k == 0 ? g.describedWords : g.instrumentWords, text)) {
                continue;
            }
            Matcher m = p.matcher(text);
            while (m.find()) {
                int s = m.start("name");
                int e = m.end("name");
                if (e - s < 6 || out.stream().anyMatch(o -> o.start() < e && s < o.end())) {
                    continue;
                }
                out.add(new Instrument(s, e, text.substring(s, e), date(g, text, s, e)));
            }
        }
        out.sort(Comparator.comparingInt(Instrument::start));
        return out;
    }

    /**
     * The name of the instrument printed just before the mark of footnote {@code footnoteKey} in
     * {@code paragraph}: a reference-treaty name or a grammar instrument ending closest before the
     * mark (the last one in the paragraph when the mark cannot be found), or null.
     */
    static String nameBefore(TreatyGrammar g, Gazetteer gaz, MatchText projected, String footnoteKey) {
        if (projected == null) {
            return null;
        }
        String paragraph = projected.original();
        List<int[]> candidates = new ArrayList<>();
        for (Gazetteer.Match m : gaz.find(projected, false)) {
            candidates.add(new int[] {m.start(), m.end()});
        }
        for (Instrument in : find(g, paragraph)) {
            candidates.add(new int[] {in.start(), in.end()});
        }
        if (candidates.isEmpty()) {
            return null;
        }
        int mark = markPosition(paragraph, footnoteKey.substring(footnoteKey.indexOf('/') + 1));
        int[] best = null;
        for (int[] c : candidates) {
            if (c[1] <= mark && (best == null || c[1] > best[1] || c[1] == best[1] && c[0] < best[0])) {
                best = c;
            }
        }
        return best == null ? null : paragraph.substring(best[0], best[1]);
    }

    /** Offset of a footnote mark in a paragraph, or the paragraph length when not found. */
    static int markPosition(String text, String marker) {
        if (!marker.chars().allMatch(Character::isDigit)) {
            return text.length();
        }
        StringBuilder sup = new StringBuilder();
        marker.chars().forEach(c -> sup.append(SUPERSCRIPTS.charAt(c - '0')));
        int i = text.indexOf(sup.toString());
        if (i >= 0) {
            return i;
        }
        i = text.indexOf("<sup>" + marker + "</sup>");
        if (i >= 0) {
            return i;
        }
        Matcher m = Pattern.compile("(?<=[\\p{L}\\p{P}])\\s?" + marker + "(?![\\d/.,])").matcher(text);
        return m.find() ? m.start() : text.length();
    }

    private static String date(TreatyGrammar g, String text, int start, int end) {
        if (g.dateAfter != null) {
            Matcher m = g.dateAfter.matcher(text);
            m.region(end, text.length());
            if (m.lookingAt()) {
                var d = g.dates.parseAt(text, m.end());
                if (d.isPresent()) {
                    return d.get().date().toString();
                }
            }
        }
        if (g.yearBefore != null) {
            Matcher y = g.yearBefore.matcher(text.substring(Math.max(0, start - 12), start));
            if (y.find()) {
                return y.group("year");
            }
        }
        return null;
    }

    /** An instrument: [start, end), printed name, date or year printed with it (or null). */
    record Instrument(int start, int end, String name, String date) {
    }
}
