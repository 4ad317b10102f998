package org.unkg.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * {@link KeywordPhrases#head} finds the head {@code head.find(from)} finds, trying the regex only
 * where a keyword or a body can start; {@link FirstChars} reads those characters from the bodies.
 */
class KeywordHeadTest {
    @Test
    void firstCharsOfSimpleRegexes() {
        assertEquals("SG", FirstChars.of("Security\\s+Council|General Assembly"));
        assertEquals("UEW", FirstChars.of("(?:United Nations )?Environment Assembly|World Health Assembly"));
        assertEquals("Rr", FirstChars.of("[Rr]esolutions?"));
        assertEquals("安安", FirstChars.of("(?<x>安全理事会|安理会)"));
        assertNull(FirstChars.of("(?:the )?"), "may match the empty string");
        assertNull(FirstChars.of("\\s*Council"), "an escape is not read");
        assertEquals("C", FirstChars.of("(?<![a-z])Council"), "a look-behind matches no character");
        assertEquals("Рр", FirstChars.of("(?<![\\p{L}])[Рр]езолюци(?:я|и)(?![\\p{L}])"));
        assertEquals("Rr", FirstChars.of("(?<RES>[Rr]esolutions?)|(?<DEC>(?!))"), "(?!) never matches");
        assertEquals("x", FirstChars.of("(?!)?x"), "an optional (?!) is skipped");
        assertNull(FirstChars.of("(?=a)?b"), "a quantified look-around is not read");
        assertNull(FirstChars.of("a?(?<!b)"), "may match the empty string");
        assertNull(FirstChars.of("[^a]bc"), "a negated class is not read");
    }

    @Test
    void headIsFoundWhereFindFindsItInEveryLanguage() throws IOException {
        List<Path> files;
        try (Stream<Path> s = Files.list(Path.of("src/test/resources/akn"))) {
            files = s.filter(p -> p.toString().endsWith(".xml")).sorted().toList();
        }
        int heads = 0;
        for (String lang : List.of("en", "fr", "es", "ru", "ar")) {
            CitationGrammar g = CitationGrammar.forLanguage(lang);
            if (!"ar".equals(lang) && !"ru".equals(lang)) {
                assertNotNull(g.bodyFirst, lang + ": bodies understood");
            }
            for (Path f : files) {
                // the text of the XML, tags as spaces, plus bodies printed before a keyword
                String text = Files.readString(f, StandardCharsets.UTF_8).replaceAll("<[^>]*>", " ")
                        + " Security Council resolution 1 (2000), United Nations Environment Assembly resolution 2/3,"
                        + " Conseil de sécurité résolution 4/5 Consejo de Seguridad resolución 6/7 Resolution";
                Matcher want = g.head.matcher(text);
                Matcher got = g.head.matcher(text).useTransparentBounds(true).useAnchoringBounds(false);
                Matcher any = g.keyword.matcher(text);
                Matcher probe = KeywordPhrases.probe(g, text);
                // as find() walks a text (from each head's end), and from each head's start + 1
                for (int from = 0; from < text.length(); ) {
                    boolean w = g.keyword.matcher(text).find(from) && want.find(from);
                    boolean h = KeywordPhrases.head(g, got, probe, any, text, from);
                    assertEquals(w, h, lang + " " + f + " at " + from);
                    if (w) {
                        assertEquals(want.start(), got.start(), lang + " " + f + " at " + from);
                        assertEquals(want.end(), got.end(), lang + " " + f + " at " + from);
                        assertEquals(want.group("kw"), got.group("kw"));
                        assertEquals(g.seriesOf(want), g.seriesOf(got));
                        heads++;
                        from = heads % 2 == 0 ? want.end() : want.start() + 1;
                    } else {
                        break;
                    }
                }
            }
        }
        assertTrue(heads > 200, "heads compared: " + heads);
    }
}
