package org.unkg.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The character tests {@link MatchText} takes shortcuts in, against the JDK's on every {@code char}. */
class MatchTextTest {
    @Test
    void toLowerIsCharacterToLowerCaseOnEveryChar() {
        for (int c = 0; c <= Character.MAX_VALUE; c++) {
            assertEquals(Character.toLowerCase((char) c), MatchText.toLower((char) c), "U+" + Integer.toHexString(c));
        }
    }

    @Test
    void isSpaceIsTheWhiteSpaceTestOnEveryChar() {
        for (int c = 0; c <= Character.MAX_VALUE; c++) {
            char ch = (char) c;
            boolean expected = Character.isWhitespace(ch) || ch == '\u00a0' || ch == '\u3000' || ch == '\u202f';
            assertEquals(expected, MatchText.isSpace(ch), "U+" + Integer.toHexString(c));
        }
    }

    @Test
    void unspacedWordCharAndUpperCaseTablesAreTheirDefinitionsOnEveryChar() {
        int unspaced = 0;
        for (int c = 0; c <= Character.MAX_VALUE; c++) {
            char ch = (char) c;
            boolean byScript = c >= 0x2e80 && (Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN
                    || Character.UnicodeScript.of(c) == Character.UnicodeScript.HIRAGANA
                    || Character.UnicodeScript.of(c) == Character.UnicodeScript.KATAKANA
                    || c >= 0x3000 && c <= 0x303f || c >= 0xff00 && c <= 0xffef);
            assertEquals(byScript, MatchText.isUnspacedByScript(ch), "U+" + Integer.toHexString(c));
            assertEquals(byScript, MatchText.isUnspaced(ch), "U+" + Integer.toHexString(c));
            assertEquals(Character.isLetterOrDigit(ch) && !byScript, MatchText.isWordChar(ch), "U+" + Integer.toHexString(c));
            assertEquals(Character.isUpperCase(ch), MatchText.isUpperCase(ch), "U+" + Integer.toHexString(c));
            unspaced += byScript ? 1 : 0;
        }
        assertTrue(unspaced > 20000, "Han alone has over 20,000 chars in the BMP: " + unspaced);
        assertTrue(MatchText.isUnspaced('大') && MatchText.isUnspaced('、') && !MatchText.isUnspaced('a'));
        assertTrue(MatchText.isUpperCase('A') && MatchText.isUpperCase('Я') && !MatchText.isUpperCase('a') && !MatchText.isUpperCase('大'));
        assertTrue(MatchText.isWordChar('a') && MatchText.isWordChar('я') && !MatchText.isWordChar('大'));
    }

    @Test
    void projectionFoldsSpacesCaseAndMarks() {
        MatchText mt = MatchText.of("  The  UNITED\nNations\u00b9 大  会 ＡＢ\u2019s ");
        assertEquals("The UNITED Nations大会AB's", mt.cased()); // full-width "Ａ" is of an unspaced script: no space before it
        assertEquals("the united nations大会ab's", mt.folded());
        assertEquals(mt.folded(), new String(mt.foldedChars(), 0, mt.folded().length()));
        assertEquals(2, mt.start(0));
        assertEquals(13, mt.end(10)); // projected "UNITED" ends at 10, the original one before the line end at 13
    }
}
