package org.unkg.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.unkg.extract.CitationPhrase.Cited;

/** Matching helpers shared by the citation phrase parsers. */
final class PhraseText {
    private static final Pattern SPACES = Pattern.compile("\\s*", Pattern.UNICODE_CHARACTER_CLASS);
    /** No number has more parts than letters of the alphabet. */
    private static final int MAX_LETTERS = 26;

    private PhraseText() {
    }

    /** The pattern matched at exactly {@code pos}, or null. */
    static Matcher at(Pattern p, String text, int pos) {
        if (p == null || pos > text.length()) {
            return null;
        }
        Matcher m = p.matcher(text);
        m.region(pos, text.length());
        return m.lookingAt() ? m : null;
    }

    /**
     * The letters printed after a number at {@code pos} ("A and B", "A to E", "A至E"), added to
     * {@code out}; returns the offset after the last one.
     */
    static int letters(CitationGrammar g, String text, int pos, List<String> out) {
        Matcher l = at(g.forms.letter, text, at(SPACES, text, pos).end());
        if (l == null) {
            return pos;
        }
        out.add(g.forms.latinLetter(l.group()));
        int end = l.end();
        while (out.size() < MAX_LETTERS) {
            Matcher range = at(g.lettersRange, text, end);
            Matcher last = range == null ? null : at(g.forms.letter, text, range.end());
            if (last != null) {
                char from = out.get(out.size() - 1).charAt(0);
                char to = g.forms.latinLetter(last.group()).charAt(0);
                for (char c = (char) (from + 1); c <= to && out.size() < MAX_LETTERS; c++) {
                    out.add(String.valueOf(c));
                }
                end = last.end();
                continue;
            }
            Matcher sep = at(g.lettersSeparator, text, end);
            Matcher next = sep == null ? null : at(g.forms.letter, text, sep.end());
            if (next == null) {
                return end;
            }
            out.add(g.forms.latinLetter(next.group()));
            end = next.end();
        }
        return end;
    }

    /** One citation per letter (or one without a letter). */
    static List<Cited> cite(String number, List<String> letters, String series, boolean decision, String date) {
        List<Cited> out = new ArrayList<>();
        if (letters.isEmpty()) {
            out.add(new Cited(number, null, series, decision, date, null));
        }
        for (String l : letters) {
            out.add(new Cited(number, l, series, decision, date, null));
        }
        return out;
    }

    /** The end of a cited part printed after {@code end} (", annex"), or {@code end}. */
    static int withPart(CitationGrammar g, String text, int end) {
        Matcher p = at(g.part, text, end);
        return p == null ? end : p.end();
    }
}
