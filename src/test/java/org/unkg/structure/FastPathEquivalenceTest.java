package org.unkg.structure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

/**
 * The hand-written scans of the text path against the regexes they replace, on generated text
 * that mixes the profiles' words in every case with letters, marks, digits, punctuation, case
 * oddities (ß/ẞ, dotted and dotless i, final sigma) and surrogate pairs: same answers everywhere.
 */
class FastPathEquivalenceTest {
    private static final String[] PIECES = {" ", "  ", ",", ".", "-", ":", "/", "’", "'", "\n", "\t", "1", "27", "2017",
        "a", "b", "Z", "é", "É", "ß", "ẞ", "İ", "ı", "i", "I", "Σ", "ς", "σ", "\u0301", "\u0651", "и", "И", "в", "В",
        "و", "ال", "大会", "\ud835\udc00", "\ud83d\ude00", "\u00b9", "A", "RES", "x-", "n-"};

    private static String random(Random r, List<String> words, int pieces) {
        StringBuilder b = new StringBuilder();
        for (int k = 0; k < pieces; k++) {
            if (!words.isEmpty() && r.nextInt(3) == 0) {
                String w = words.get(r.nextInt(words.size()));
                b.append(switch (r.nextInt(3)) {
                    case 0 -> w;
                    case 1 -> w.toUpperCase(java.util.Locale.ROOT);
                    default -> w.toLowerCase(java.util.Locale.ROOT);
                });
            } else {
                b.append(PIECES[r.nextInt(PIECES.length)]);
            }
        }
        return b.toString();
    }

    private static long regexCount(List<String> words, String s) {
        List<String> quoted = new ArrayList<>();
        words.forEach(x -> quoted.add(Pattern.quote(x)));
        Matcher m = Pattern.compile("(?<![\\p{L}\\p{M}])(?:" + String.join("|", quoted) + ")(?![\\p{L}\\p{M}])",
                Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE).matcher(s);
        long n = 0;
        while (m.find()) {
            n++;
        }
        return n;
    }

    @Test
    void wordCounterCountsWhatTheWordPatternFinds() {
        Random r = new Random(42);
        List<List<String>> lists = new ArrayList<>();
        for (String l : Profile.languages()) {
            List<String> w = Profile.load(l).list("detect.words");
            if (!w.isEmpty()) {
                lists.add(w);
            }
        }
        lists.add(List.of("ß", "i", "İ", "σ", "a", "ab", "abc", "b"));
        long total = 0;
        for (List<String> words : lists) {
            WordCounter c = new WordCounter(words);
            for (int k = 0; k < 3000; k++) {
                String s = random(r, words, 1 + r.nextInt(40));
                long expected = regexCount(words, s);
                assertEquals(expected, c.count(s), () -> words + " in \"" + s + "\"");
                total += expected;
            }
        }
        assertTrue(total > 1000, "the generated texts hold words: " + total);
    }

    @Test
    void theScriptTableGivesWhatUnicodeScriptOfSays() {
        assertEquals(Character.UnicodeScript.CYRILLIC, LanguageDetector.dominantScript("A/RES/79/1 ссылаясь"));
        assertEquals(Character.UnicodeScript.HAN, LanguageDetector.dominantScript("大会 A/RES/79/1"));
        assertEquals(Character.UnicodeScript.LATIN, LanguageDetector.dominantScript("1234 ,."));
        assertEquals(Character.UnicodeScript.ARABIC, LanguageDetector.dominantScript("الجمعية العامة A/RES/79/1"));
    }

    @Test
    void brokenPartIsWhatTheRegexFound() {
        Random r = new Random(7);
        Pattern broken = Pattern.compile("([\\p{L}\\p{N}]+)-$");
        int hits = 0;
        for (int k = 0; k < 20000; k++) {
            String s = random(r, List.of("-", "Moyen-", "2018-", "\ud835\udc00-", "\u00b2-", "\u2166-"), r.nextInt(6))
                    .stripTrailing(); // as LineJoin sees a line
            Matcher m = broken.matcher(s);
            String expected = m.find() ? m.group(1) : null;
            assertEquals(expected, LineJoin.brokenPart(s), () -> "\"" + s + "\"");
            hits += expected != null ? 1 : 0;
        }
        assertTrue(hits > 100, "cases that end in a word and a hyphen: " + hits);
    }

    @Test
    void noGluedCandidateMeansNeitherGluedPatternMatches() {
        Random r = new Random(11);
        int candidates = 0;
        for (int k = 0; k < 20000; k++) {
            String s = random(r, List.of("Peace", "2017", "，", "、", "。", "A/RES/79/1"), 1 + r.nextInt(12));
            boolean found = BodyParser.GLUED.matcher(s).find() || BodyParser.GLUED_LIST.matcher(s).find();
            if (found) {
                assertTrue(BodyParser.mayHoldGluedMark(s), () -> "\"" + s + "\"");
            }
            candidates += BodyParser.mayHoldGluedMark(s) ? 1 : 0;
        }
        assertTrue(candidates > 100 && candidates < 20000, "texts with a candidate mark: " + candidates);
        assertFalse(BodyParser.mayHoldGluedMark("resolution 78/123 of 2 May 2024 and A/RES/79/1"));
        assertTrue(BodyParser.mayHoldGluedMark("the Treaty,3 which"));
    }
}
