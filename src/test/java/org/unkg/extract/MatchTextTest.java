package org.unkg.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

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
    void projectionFoldsSpacesCaseAndMarks() {
        MatchText mt = MatchText.of("  The  UNITED\nNations\u00b9 大  会 ＡＢ\u2019s ");
        assertEquals("The UNITED Nations大会AB's", mt.cased()); // full-width "Ａ" is of an unspaced script: no space before it
        assertEquals("the united nations大会ab's", mt.folded());
        assertEquals(mt.folded(), new String(mt.foldedChars(), 0, mt.folded().length()));
        assertEquals(2, mt.start(0));
        assertEquals(13, mt.end(10)); // projected "UNITED" ends at 10, the original one before the line end at 13
    }
}
