package org.unkg.structure;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Random;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

/**
 * The gates and hand-read splits of the text path (session 15) against what they replace, on
 * generated text: {@link Words#split} against {@code \s+} splitting, the first-character gates of
 * {@link TextLayout} against the bare line patterns, {@link TextStructurer#fullWidth}'s copy-free
 * path against the character-by-character fold, and {@link VerbFinder#isMark} against the table.
 */
class StructureGateTest {
    private static final String[] PIECES = {" ", "  ", "\t", "\n", "\r", "\r\n", "\u000b", "\f", "\u00a0", "\u2028",
        "\u3000", "\u0085", "a", "Z", "é", "И", "大会", "ال", "\u0301", "1", "27", "123", "1234", ".", ",", "-", " - ",
        "(", ")", "(a)", "(iv)", "(abcde)", "<", "<sup>", "</sup>", "<sup>3</sup>", "\u00b9", "\u00b2", "\u2074", "\u2071",
        "\u2079", "\u207a", "A/RES/79/1", "Stresses", "x", "\ud835\udc00", "\uff11", "\uff21", "\uff41", "\uff0f",
        "\uff0c", "\u0661", "\u06f5", "\u066b", "\u066c", "\u200b", "\u200f", "\u202a", "\u2060", "\u2066", "\ufeff"};

    /** Line openings the patterns look for (and near misses), so that each pattern matches some lines. */
    private static final String[] OPENINGS = {"", "", "", " ", "  ", "\t", "1. ", "12. ", "123.  ", "1234. ", "1.", "1 - ",
        "12  -", "(a) ", "(iv) ", "(A) ", "<sup>1</sup> ", "<sup>12</sup>", "\u00b9 ", "\u00b2\u00b3", " 3 ", "7 ", "42\t",
        "9 -", "1. Stresses ", "2. \u00c9"};

    private static String random(Random r, int pieces) {
        StringBuilder b = new StringBuilder();
        for (int k = 0; k < pieces; k++) {
            b.append(PIECES[r.nextInt(PIECES.length)]);
        }
        return b.toString();
    }

    @Test
    void wordsSplitIsWhatTheSpacesPatternSplits() {
        Random r = new Random(15);
        int[] limits = {0, 1, 2, 3, 4, 12, 16};
        int parts = 0;
        for (int k = 0; k < 40_000; k++) {
            String s = k % 10 == 0 ? "" : random(r, 1 + r.nextInt(30));
            for (int limit : limits) {
                String[] expected = Words.SPACES.split(s, limit);
                assertArrayEquals(expected, Words.split(s, limit), () -> "split(\"" + s + "\", " + limit + ")");
                parts += expected.length;
            }
            assertArrayEquals(Words.SPACES.split(s), Words.split(s), s);
        }
        assertTrue(parts > 500_000, "the texts split into many parts: " + parts);
    }

    @Test
    void lineGatesSayWhatTheBarePatternsSay() {
        List<Pattern> bare = TextLayout.gatedPatterns(); // LIST_MARKER, NUMBERED_START, MD_FOOTNOTE, ZONE_FOOTNOTE
        Random r = new Random(5);
        int[] matched = new int[bare.size()];
        for (int k = 0; k < 200_000; k++) {
            String s = OPENINGS[r.nextInt(OPENINGS.length)] + random(r, 1 + r.nextInt(8));
            boolean[] gated = {TextLayout.listMarker(s), TextLayout.numberedStart(s), TextLayout.mdFootnote(s) != null,
                TextLayout.zoneFootnote(s) != null};
            for (int p = 0; p < bare.size(); p++) {
                boolean expected = bare.get(p).matcher(s).matches();
                assertEquals(expected, gated[p], bare.get(p) + " on \"" + s + "\"");
                matched[p] += expected ? 1 : 0;
            }
        }
        for (int p = 0; p < bare.size(); p++) {
            assertTrue(matched[p] > 100, bare.get(p) + " matched some lines: " + matched[p]);
        }
    }

    /** The fold as it was written before the copy-free path: every character appended. */
    private static String foldEveryChar(String s) {
        StringBuilder out = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            boolean alnum = (c >= '\uff10' && c <= '\uff19') || (c >= '\uff21' && c <= '\uff3a')
                    || (c >= '\uff41' && c <= '\uff5a') || c == '\uff0f';
            if (TextStructurer.invisible(c)) {
                continue;
            }
            if (c >= '\u0660' && c <= '\u0669') {
                out.append((char) ('0' + (c - '\u0660')));
            } else if (c >= '\u06f0' && c <= '\u06f9') {
                out.append((char) ('0' + (c - '\u06f0')));
            } else if (c == '\u066b') {
                out.append('.');
            } else {
                out.append(alnum ? (char) (c - 0xfee0) : c);
            }
        }
        return out.toString();
    }

    @Test
    void fullWidthFoldsAsEveryCharacterFolded() {
        for (char c = 0; c < Character.MAX_VALUE; c++) {
            String s = "a" + c + "b";
            assertEquals(foldEveryChar(s), TextStructurer.fullWidth(s), () -> "U+" + Integer.toHexString(s.charAt(1)));
        }
        Random r = new Random(7);
        int same = 0;
        for (int k = 0; k < 50_000; k++) {
            String s = random(r, r.nextInt(12));
            String expected = foldEveryChar(s);
            assertEquals(expected, TextStructurer.fullWidth(s), s);
            same += expected.equals(s) ? 1 : 0;
        }
        assertTrue(same > 1000 && same < 49_000, "both kinds of text were generated: " + same);
    }

    @Test
    void hasMarkupFindsTheFiveMarkupCharacters() {
        for (char c = 0; c < Character.MAX_VALUE; c++) {
            boolean expected = c == '#' || c == '<' || c == '[' || c == '*' || c == '\\';
            assertEquals(expected, MarkdownLib.hasMarkup("ab" + c + "cd"), "U+" + Integer.toHexString(c));
        }
        assertEquals(false, MarkdownLib.hasMarkup(""));
    }

    @Test
    void isMarkIsTheNonSpacingMarkTable() {
        for (char c = 0; c < Character.MAX_VALUE; c++) {
            assertEquals(Character.getType(c) == Character.NON_SPACING_MARK, VerbFinder.isMark(c),
                    "U+" + Integer.toHexString(c));
        }
    }

    @Test
    void sameIgnoringCaseIsTheJdkCaseTest() {
        Random r = new Random(21);
        for (int k = 0; k < 3_000_000; k++) {
            // every pair below U+0600 (ASCII, Latin, Greek, Cyrillic, Armenian, Hebrew) once, then random pairs
            char a = (char) (k < 0x600 * 0x600 ? k / 0x600 : r.nextInt(Character.MAX_VALUE + 1));
            char b = (char) (k < 0x600 * 0x600 ? k % 0x600 : r.nextInt(6) == 0 ? a + 1 : r.nextInt(Character.MAX_VALUE + 1));
            boolean expected = Character.toLowerCase(a) == Character.toLowerCase(b)
                    || Character.toUpperCase(a) == Character.toUpperCase(b);
            assertEquals(expected, VerbFinder.sameIgnoringCase(a, b), () -> "U+" + Integer.toHexString(a) + " U+" + Integer.toHexString(b));
        }
        assertTrue(VerbFinder.sameIgnoringCase('\u212a', 'k')); // the Kelvin sign lower-cases to ASCII
    }

    @Test
    void letterOrMarkIsTheRegexClassOnEveryChar() {
        Pattern letterOrMark = Pattern.compile("[\\p{L}\\p{M}]");
        for (int c = 0; c <= Character.MAX_VALUE; c++) {
            int cp = c;
            assertEquals(letterOrMark.matcher(String.valueOf((char) c)).matches(), WordCounter.letterOrMark(c),
                    () -> "U+" + Integer.toHexString(cp));
        }
        for (int cp : new int[] {0x1d400, 0x1f600, 0x10000, 0x1e900, 0xe0100}) { // math A, emoji, Linear B, Adlam, a variation selector
            assertEquals(letterOrMark.matcher(Character.toString(cp)).matches(), WordCounter.letterOrMark(cp),
                    () -> "U+" + Integer.toHexString(cp));
        }
    }
}
