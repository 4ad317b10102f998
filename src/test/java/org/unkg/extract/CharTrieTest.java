package org.unkg.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.junit.jupiter.api.Test;

class CharTrieTest {
    private static List<String> matches(CharTrie<String> trie, String text) {
        List<String> out = new ArrayList<>();
        trie.find(text, (s, e, v) -> out.add(s + "-" + e + ":" + v));
        out.sort(null);
        return out;
    }

    @Test
    void reportsOverlappingAndNestedKeywords() {
        Map<String, String> k = new LinkedHashMap<>();
        k.put("he", "HE");
        k.put("she", "SHE");
        k.put("his", "HIS");
        k.put("hers", "HERS");
        CharTrie<String> t = new CharTrie<>(k);
        assertEquals(List.of("1-4:SHE", "2-4:HE", "2-6:HERS"), matches(t, "ushers"));
        assertEquals(List.of(), matches(t, "xyz"));
    }

    @Test
    void findsWhatABruteForceSearchFinds() {
        Random r = new Random(42);
        Map<String, String> k = new LinkedHashMap<>();
        for (int i = 0; i < 200; i++) {
            StringBuilder sb = new StringBuilder();
            int len = 1 + r.nextInt(5);
            for (int j = 0; j < len; j++) {
                sb.append(r.nextBoolean() ? (char) ('a' + r.nextInt(3)) : (char) ('\u4e00' + r.nextInt(3)));
            }
            k.putIfAbsent(sb.toString(), "v" + i);
        }
        // every state with a dense row, only the root with one, and some between: the same matches
        List<CharTrie<String>> tries = List.of(new CharTrie<>(k), new CharTrie<>(k, 0), new CharTrie<>(k, 40));
        for (int n = 0; n < 50; n++) {
            StringBuilder text = new StringBuilder();
            for (int j = 0; j < 200; j++) {
                text.append(r.nextBoolean() ? (char) ('a' + r.nextInt(4)) : (char) ('\u4e00' + r.nextInt(4)));
            }
            String s = text.toString();
            List<String> expected = new ArrayList<>();
            for (Map.Entry<String, String> e : k.entrySet()) {
                for (int i = s.indexOf(e.getKey()); i >= 0; i = s.indexOf(e.getKey(), i + 1)) {
                    expected.add(i + "-" + (i + e.getKey().length()) + ":" + e.getValue());
                }
            }
            expected.sort(null);
            for (CharTrie<String> t : tries) {
                assertEquals(expected, matches(t, s));
            }
        }
    }
}
