package org.unkg.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.system.StreamRDF;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.unkg.rdf.UNKG;

/**
 * Jena's {@code LCASE} lower-cases in the JVM's default locale, the index in a fixed one: in a
 * Turkish, Azeri or Lithuanian JVM the two differ around the letter i ({@code I} to dotless
 * {@code ı}, {@code İ} to {@code i}, a combining dot added before accents). The index folds them
 * together, so that it misses no text the query's filter would keep, in any of those locales.
 */
class TextIndexLocaleTest {
    private static final List<Locale> LOCALES = List.of(Locale.ROOT, Locale.ENGLISH, Locale.forLanguageTag("tr"),
            Locale.forLanguageTag("az"), Locale.forLanguageTag("lt"));
    /** The letters that lower-case differently in those locales, their lower cases, accents and plain letters. */
    private static final String ALPHABET = "Iiı\u0130JjĮįÌÍĨìíĩ\u0300\u0301\u0307\u0316aΣ";

    @TempDir
    Path dir;

    @Test
    void theFoldOfEveryLocalesLowerCaseIsTheIndexs() {
        List<String> strings = new ArrayList<>(List.of(""));
        for (int len = 1; len <= 3; len++) {
            List<String> longer = new ArrayList<>();
            for (String s : strings) {
                if (s.length() == len - 1) {
                    for (char c : ALPHABET.toCharArray()) {
                        longer.add(s + c);
                    }
                }
            }
            strings.addAll(longer);
        }
        assertTrue(strings.size() > 8000, "all strings of up to three of the letters: " + strings.size());
        for (Locale l : LOCALES) {
            for (String s : strings) {
                assertEquals(TextIndex.lower(s), TextIndex.lower(s.toLowerCase(l)), l + " \"" + s + "\"");
            }
        }
        // without the fold the Turkish lower case of I is not the root one: the test tests something
        assertTrue(!"I".toLowerCase(Locale.forLanguageTag("tr")).equals("I".toLowerCase(Locale.ROOT)));
    }

    @Test
    void noTextTheFilterKeepsInAnyLocaleIsMissed() throws IOException {
        Node p = UNKG.text.asNode();
        List<String> texts = List.of("ISTANBUL Declaration", "ıstanbul'da toplantı", "İzmir ve İstanbul",
                "istanbul conference", "ĮSTATYMAS Ìtalija", "i\u0307\u0300talija");
        TextIndexWriter w = new TextIndexWriter(List.of(p), dir);
        StreamRDF sink = w.sink();
        for (int i = 0; i < texts.size(); i++) {
            sink.triple(Triple.create(NodeFactory.createURI("urn:t" + i), p, NodeFactory.createLiteralLang(texts.get(i), "tr")));
        }
        w.parsed();
        w.finish(null, dir);
        TextIndex index = TextIndex.open(dir);
        assertNotNull(index);
        int kept = 0;
        for (String keyword : List.of("ISTANBUL", "İstanbul", "ıstanbul", "Istanbul", "izmir", "İZMİR", "ìtalija", "Ìtalija",
                "įstatymas", "ISTATYMAS")) {
            Set<TextIndex.Candidate> candidates = index.candidates(p, keyword);
            assertNotNull(candidates, keyword);
            for (Locale l : LOCALES) {
                for (int i = 0; i < texts.size(); i++) {
                    // what FILTER(CONTAINS(LCASE(?text), LCASE(?keyword))) keeps in a JVM of locale l
                    if (texts.get(i).toLowerCase(l).contains(keyword.toLowerCase(l))) {
                        kept++;
                        assertTrue(candidates.contains(new TextIndex.Candidate("urn:t" + i, TextIndex.fingerprint(texts.get(i)))),
                                l + ": \"" + keyword + "\" in \"" + texts.get(i) + "\" missed");
                    }
                }
            }
        }
        assertTrue(kept > 40, "the filter keeps texts: " + kept);
    }
}
