package org.unkg.structure;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;

import org.junit.jupiter.api.Test;

/** {@link Words} says what the regexes it replaces say, on words made of the characters that matter to them. */
class WordsTest {
    /** Letters (Latin, Cyrillic, Arabic, a supplementary one), marks, stops, spaces, line terminators, digits. */
    private static final String[] PARTS = {"a", "É", "ж", "ق", "\u064b", "\u0301", "\u20dd", "\u0903", ",", ";", ":",
        ".", "\u060c", "\u061b", " ", "\n", "\r", "\u0085", "\u2028", "\u2029", "1", "-", "\ud835\udc00",
        "\ud800", "'", "’"};

    @Test
    void wordTestsEqualTheirRegexes() {
        Random r = new Random(13);
        List<String> words = new ArrayList<>(List.of("", "Recalling", "réaffirmant,", "أيضاً", "a.\u2028", "a,\r\n",
                "a;\n", "b\r\n", ",", "x\u0085,", "Décide:"));
        for (int i = 0; i < 20000; i++) {
            StringBuilder b = new StringBuilder();
            int n = 1 + r.nextInt(5);
            for (int k = 0; k < n; k++) {
                b.append(PARTS[r.nextInt(r.nextBoolean() ? 4 : PARTS.length)]);
            }
            words.add(b.toString());
        }
        for (String w : words) {
            assertEquals(w.matches("[\\p{L}\\p{M}]+"), Words.isWord(w), w);
            assertEquals(w.matches("[\\p{L}\\p{M}]+[,;:\u060c\u061b]?"), Words.isWordP(w), w);
            assertEquals(w.matches("\\p{L}+"), Words.isLetters(w), w);
            assertEquals(w.matches(".*[,;:\u060c\u061b]"), Words.endsWithStop(w), w);
            assertEquals(w.replaceAll("[,;:.\u060c\u061b]$", ""), Words.withoutFinalMark(w), w);
            assertEquals(w.replaceAll("[^\\p{L}]", "").toLowerCase(Locale.ROOT), Words.lettersLower(w), w);
        }
    }
}
