package org.unkg.extract;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

/**
 * {@link FirstChars} on generated regexes (literals, classes, groups, alternation, quantifiers,
 * look-arounds, {@code (?!)}) against generated text: wherever a regex matches, even the empty
 * string at the end, the character there is one of those it reported; and it understands a fair
 * share of them, so the check is not vacuous.
 */
class FirstCharsTest {
    private static final String[] CHARS = {"a", "b", "c", "Р", "ق"};
    private static final String[] QUANTIFIERS = {"", "", "", "?", "*", "+", "{0,2}", "{1,2}", "??"};

    private static String regex(Random r, int depth) {
        StringBuilder b = new StringBuilder();
        for (int n = 1 + r.nextInt(3); n > 0; n--) {
            String atom = switch (depth > 2 ? r.nextInt(2) : r.nextInt(9)) {
                case 0 -> CHARS[r.nextInt(CHARS.length)];
                case 1 -> "[" + CHARS[r.nextInt(CHARS.length)] + CHARS[r.nextInt(CHARS.length)] + "]";
                case 2 -> "(?:" + regex(r, depth + 1) + "|" + regex(r, depth + 1) + ")";
                case 3 -> "(?<g" + r.nextInt(1000) + "x" + depth + ">" + regex(r, depth + 1) + ")";
                case 4 -> "(?=" + regex(r, depth + 1) + ")";
                case 5 -> "(?!" + regex(r, depth + 1) + ")";
                case 6 -> "(?<=" + CHARS[r.nextInt(CHARS.length)] + ")";
                case 7 -> "(?<!" + CHARS[r.nextInt(CHARS.length)] + ")";
                default -> "(?!)";
            };
            b.append(atom).append(QUANTIFIERS[r.nextInt(QUANTIFIERS.length)]);
        }
        return b.toString();
    }

    @Test
    void everyMatchStartsWithAReportedCharacter() {
        Random r = new Random(11);
        int understood = 0;
        int matches = 0;
        for (int k = 0; k < 20000; k++) {
            String re = (r.nextInt(4) == 0 ? regex(r, 0) + "|" : "") + regex(r, 0);
            Pattern p;
            try {
                p = Pattern.compile(re);
            } catch (RuntimeException e) {
                continue; // e.g. a named group repeated
            }
            String first = FirstChars.of(re);
            if (first == null) {
                continue;
            }
            understood++;
            matches += matchesAllReported(r, p, re, first, 0);
        }
        assertTrue(understood > 3000, "understood: " + understood);
        assertTrue(matches > 3000, "matches: " + matches);
    }

    @Test
    void everyMatchHasAReportedSecondCharacter() {
        Random r = new Random(12);
        int understood = 0;
        int matches = 0;
        for (int k = 0; k < 20000; k++) {
            String head = switch (r.nextInt(4)) {
                case 0 -> CHARS[r.nextInt(CHARS.length)];
                case 1 -> "[" + CHARS[r.nextInt(CHARS.length)] + CHARS[r.nextInt(CHARS.length)] + "]";
                case 2 -> "(?<![ab])" + CHARS[r.nextInt(CHARS.length)];
                default -> "";
            };
            String re = (r.nextInt(5) == 0 ? regex(r, 0) + "|" : "") + head + regex(r, 0);
            Pattern p;
            try {
                p = Pattern.compile(re);
            } catch (RuntimeException e) {
                continue;
            }
            String second = FirstChars.second(re);
            if (second == null) {
                continue;
            }
            understood++;
            matches += matchesAllReported(r, p, re, second, 1);
        }
        assertTrue(understood > 2000, "understood: " + understood);
        assertTrue(matches > 1000, "matches: " + matches);
    }

    @Test
    void theKeywordsOfSpacedLanguagesHaveKnownSecondCharacters() {
        for (String lang : new String[] {"en", "fr", "es", "ru"}) {
            assertTrue(CitationGrammar.forLanguage(lang).keywordSeconds != null, lang);
        }
    }

    /**
     * Matches {@code p} at every offset of four random texts and asserts that the character
     * {@code shift} after each match's start is one of {@code reported}; the number of matches.
     */
    private static int matchesAllReported(Random r, Pattern p, String re, String reported, int shift) {
        int matches = 0;
        for (int t = 0; t < 4; t++) {
            StringBuilder text = new StringBuilder();
            for (int n = r.nextInt(12); n > 0; n--) {
                text.append(r.nextInt(6) == 0 ? " " : CHARS[r.nextInt(CHARS.length)]);
            }
            String s = text.toString();
            Matcher m = p.matcher(s).useTransparentBounds(true).useAnchoringBounds(false);
            for (int i = 0; i <= s.length(); i++) {
                m.region(i, s.length());
                if (m.lookingAt()) {
                    matches++;
                    int at = i;
                    assertTrue(i + shift < s.length() && reported.indexOf(s.charAt(i + shift)) >= 0,
                            () -> re + " matches \"" + s + "\" at " + at + ", reported at +" + shift + ": " + reported);
                }
            }
        }
        return matches;
    }
}
