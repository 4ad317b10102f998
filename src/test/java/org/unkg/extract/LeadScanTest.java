package org.unkg.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;

import org.junit.jupiter.api.Test;

/**
 * The citation scans that try a pattern only where a match can start ({@link LeadScan}), and the
 * keyword test before the phrase heads, against plain {@code find} on generated text that mixes
 * symbols, numbers, session marks, keywords and bodies of every language with letters, digits,
 * punctuation and surrogate pairs: the same matches everywhere.
 */
class LeadScanTest {
    private static final String[] PIECES = {" ", ",", ".", "-", "/", "(", ")", "\u2011", "1", "27", "2017", "79/1",
        "A", "S", "E", "ES-", "S-", "ST", "RES", "A/RES/", "HRC", "Add.1", "(2005)", "(XXVI)", " (Sect. 5)", "C.2",
        "a", "x", "IV/", "دإط", "دإ", "د", "-10", "ألف", "\u0661", "\ud835\udfcf", "\ud83d\ude00", "第", "号", "决议",
        "resolution", "Resolution", "decisions", "résolution", "резолюция", "قرار", "Security Council ",
        "Human Rights Council", "\n"};
    private static final List<String> LANGUAGES = List.of("en", "fr", "es", "ru", "ar", "zh");

    private static String random(Random r, int pieces) {
        StringBuilder b = new StringBuilder();
        for (int k = 0; k < pieces; k++) {
            b.append(PIECES[r.nextInt(PIECES.length)]);
        }
        return b.toString();
    }

    private static List<String> plain(Matcher m) {
        List<String> out = new ArrayList<>();
        while (m.find()) {
            out.add(m.start() + ":" + m.group());
        }
        return out;
    }

    private static List<String> scanned(Matcher m, String s, LeadScan.Start start) {
        List<String> out = new ArrayList<>();
        for (int from = 0; LeadScan.find(m, s, from, start); from = m.end()) {
            out.add(m.start() + ":" + m.group());
        }
        return out;
    }

    @Test
    void symbolsAreFoundWhereFindFindsThem() {
        Random r = new Random(3);
        int found = 0;
        for (int k = 0; k < 20000; k++) {
            String s = random(r, 1 + r.nextInt(16));
            List<String> expected = plain(DocumentSymbols.SYMBOL.matcher(s));
            assertEquals(expected, scanned(DocumentSymbols.SYMBOL.matcher(s), s, DocumentSymbols::mayStart),
                    () -> "\"" + s + "\"");
            found += expected.size();
        }
        assertTrue(found > 2000, "symbols found: " + found);
    }

    @Test
    void numbersAreFoundWhereFindFindsThemInEveryLanguage() {
        Random r = new Random(4);
        int found = 0;
        for (String lang : LANGUAGES) {
            CitationGrammar g = CitationGrammar.forLanguage(lang);
            for (int k = 0; k < 5000; k++) {
                String s = random(r, 1 + r.nextInt(16));
                List<String> expected = plain(g.forms.number.matcher(s));
                assertEquals(expected, scanned(g.forms.number.matcher(s), s, g.forms::mayStartNumber),
                        () -> lang + ": \"" + s + "\"");
                found += expected.size();
            }
        }
        assertTrue(found > 5000, "numbers found: " + found);
    }

    @Test
    void keywordsAreFoundWhereFindFindsThemInEveryLanguage() {
        String[] extra = {"Decision", "Décisions", "resoluciones", "decisión", "Резолюции", "решениями", "Решение",
            "والقرار", "بالقرارات", "للمقرر", "مقررها", "فقرار", "ال", "ب", "و", "r", "d", "R", "D", "é", " "};
        Random r = new Random(6);
        int found = 0;
        for (String lang : LANGUAGES) {
            CitationGrammar g = CitationGrammar.forLanguage(lang);
            if (g.shape != CitationGrammar.Shape.KEYWORD_FIRST) {
                continue;
            }
            assertTrue(g.keywordStarts != null, lang + ": the keyword is understood");
            for (int k = 0; k < 5000; k++) {
                StringBuilder b = new StringBuilder();
                for (int p = 1 + r.nextInt(16); p > 0; p--) {
                    b.append(r.nextBoolean() ? extra[r.nextInt(extra.length)] : PIECES[r.nextInt(PIECES.length)]);
                }
                String s = b.toString();
                List<String> expected = plain(g.keyword.matcher(s));
                List<String> got = new ArrayList<>();
                Matcher m = g.keyword.matcher(s);
                for (int from = 0; KeywordPhrases.keyword(g, m, s, from); from = m.end()) {
                    got.add(m.start() + ":" + m.group());
                }
                assertEquals(expected, got, () -> lang + ": \"" + s + "\"");
                found += expected.size();
            }
        }
        assertTrue(found > 5000, "keywords found: " + found);
    }

    @Test
    void noKeywordAfterAnOffsetMeansNoPhraseHeadThere() {
        Random r = new Random(5);
        int heads = 0;
        for (String lang : LANGUAGES) {
            CitationGrammar g = CitationGrammar.forLanguage(lang);
            for (int k = 0; k < 3000; k++) {
                String s = random(r, 1 + r.nextInt(16));
                int from = s.isEmpty() ? 0 : r.nextInt(s.length());
                boolean head = g.head.matcher(s).find(from);
                if (head) {
                    assertTrue(g.keyword.matcher(s).find(from), () -> lang + ": \"" + s + "\"");
                    heads++;
                }
            }
        }
        assertTrue(heads > 100, "heads found: " + heads);
    }
}
