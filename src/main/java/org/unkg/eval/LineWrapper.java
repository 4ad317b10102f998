package org.unkg.eval;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Breaks a paragraph into printed lines the way the UN's PDFs come out of text extraction:
 * English by words at about 80 columns, hyphenating a long word now and then and breaking
 * compounds after their hyphen; Chinese by character width at about 36 full-width columns, with
 * spaces between Chinese characters and Latin letters or digits, numbers and symbols never split,
 * and closing punctuation never starting a line. Footnote markers are carried as
 * {@link #MARK_OPEN}n{@link #MARK_CLOSE} and count by their digits only.
 */
final class LineWrapper {
    static final char MARK_OPEN = '\uE000';
    static final char MARK_CLOSE = '\uE001';
    private static final Pattern HAN_LATIN = Pattern.compile("(?<=\\p{IsHan})(?=[A-Za-z0-9])|(?<=[A-Za-z0-9])(?=\\p{IsHan})");
    private static final Pattern PLAIN_WORD = Pattern.compile("[A-Za-z]{10,}[,;.]?");
    private static final String NO_LINE_START = "，。；：、）》」』”’！？),.;:%";
    /** Hyphenate every n-th long word that does not fit: "some" hyphenation, deterministic. */
    private static final int HYPHENATE_EVERY = 3;

    private int hyphenOpportunities;

    /** Wraps text to lines of at most {@code width} columns (a first line indented by {@code indent}). */
    List<String> wrap(String text, RenderProfile p, int width) {
        String t = text.replaceAll("[\\s\\u00a0]+", " ").strip();
        return p.unspaced() ? wrapUnspaced(HAN_LATIN.matcher(t).replaceAll(" "), width) : wrapWords(t, width);
    }

    private List<String> wrapWords(String t, int width) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String w : t.split(" ")) {
            int room = width - width(line) - (line.length() == 0 ? 0 : 1);
            if (width(w) <= room) {
                append(line, w);
                continue;
            }
            String[] cut = hyphenate(w, room);
            if (cut != null) {
                append(line, cut[0]);
                w = cut[1];
            }
            if (line.length() > 0) {
                lines.add(line.toString());
                line.setLength(0);
            }
            line.append(w);
        }
        if (line.length() > 0) {
            lines.add(line.toString());
        }
        return lines;
    }

    /**
     * Splits a word that does not fit in {@code room} columns into what ends this line (with its
     * hyphen) and what starts the next, or null: compounds break after their own hyphen, and every
     * {@value #HYPHENATE_EVERY}rd long plain word gets a printer's hyphen.
     */
    private String[] hyphenate(String w, int room) {
        if (w.indexOf(MARK_OPEN) >= 0 || room < 3) {
            return null;
        }
        int h = w.lastIndexOf('-', Math.min(w.length() - 3, room - 1));
        if (h >= 2) {
            return new String[] {w.substring(0, h + 1), w.substring(h + 1)};
        }
        if (room < 6 || !PLAIN_WORD.matcher(w).matches() || ++hyphenOpportunities % HYPHENATE_EVERY != 0) {
            return null;
        }
        int cut = Math.min(room - 1, w.length() - 4);
        return cut < 4 ? null : new String[] {w.substring(0, cut) + "-", w.substring(cut)};
    }

    private static void append(StringBuilder line, String piece) {
        if (line.length() > 0) {
            line.append(' ');
        }
        line.append(piece);
    }

    private List<String> wrapUnspaced(String t, int width) {
        List<String> tokens = new ArrayList<>();
        int i = 0;
        while (i < t.length()) {
            int j = i + 1;
            char c = t.charAt(i);
            if (c == MARK_OPEN) {
                j = t.indexOf(MARK_CLOSE, i) + 1;
                while (t.startsWith(", " + MARK_OPEN, j)) { // a run of marks "3, 4" is set as one
                    j = t.indexOf(MARK_CLOSE, j) + 1;
                }
                if (!tokens.isEmpty()) { // a marker stays with what it marks
                    tokens.set(tokens.size() - 1, tokens.get(tokens.size() - 1) + t.substring(i, j));
                    i = j;
                    continue;
                }
            } else if (c < 0x80 && c != ' ') {
                while (j < t.length() && t.charAt(j) < 0x80 && t.charAt(j) != ' ') {
                    j++;
                }
            }
            tokens.add(t.substring(i, j));
            i = j;
        }
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String tok : tokens) {
            boolean fits = halfWidths(line) + halfWidths(tok) <= 2 * width;
            boolean glued = !tok.isEmpty() && NO_LINE_START.indexOf(tok.charAt(0)) >= 0;
            if (!fits && !glued && line.length() > 0) {
                lines.add(line.toString().stripTrailing());
                line.setLength(0);
            }
            if (line.length() == 0) { // a wrapped line starts at the margin
                tok = tok.stripLeading();
                if (tok.isEmpty()) {
                    continue;
                }
            }
            line.append(tok);
        }
        if (!line.toString().isBlank()) {
            lines.add(line.toString().stripTrailing());
        }
        return lines;
    }

    /** Printed width in columns, markers counted by their digits. */
    static int width(CharSequence s) {
        int n = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            n += c == MARK_OPEN || c == MARK_CLOSE ? 0 : 1;
        }
        return n;
    }

    /** Width in half columns: ASCII is one, everything else (Chinese, full-width punctuation) two. */
    static int halfWidths(CharSequence s) {
        int n = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            n += c == MARK_OPEN || c == MARK_CLOSE ? 0 : c < 0x80 ? 1 : 2;
        }
        return n;
    }
}
