package org.unkg.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;

import org.ahocorasick.trie.PayloadEmit;
import org.ahocorasick.trie.PayloadTrie;
import org.junit.jupiter.api.Test;

/**
 * The char-array automaton the gazetteers use against the org.ahocorasick trie it replaced:
 * the same occurrences (start, end, payload) on generated keywords and texts, including
 * overlapping keywords, keywords inside keywords and a keyword added twice (first payload kept).
 */
class CharTrieTest {
    private static String word(Random r, String alphabet, int max) {
        StringBuilder b = new StringBuilder();
        int n = 1 + r.nextInt(max);
        for (int k = 0; k < n; k++) {
            b.append(alphabet.charAt(r.nextInt(alphabet.length())));
        }
        return b.toString();
    }

    @Test
    void findsWhatTheLibraryTrieFinds() {
        Random r = new Random(3);
        String alphabet = "abc 大会ا";
        long total = 0;
        for (int round = 0; round < 300; round++) {
            PayloadTrie.PayloadTrieBuilder<Integer> lib = PayloadTrie.builder();
            CharTrie.Builder<Integer> own = CharTrie.builder();
            int n = 1 + r.nextInt(30);
            for (int k = 0; k < n; k++) {
                String w = word(r, alphabet, 5);
                lib.addKeyword(w, k);
                own.add(w, k);
            }
            PayloadTrie<Integer> a = lib.build();
            CharTrie<Integer> b = own.build();
            for (int t = 0; t < 20; t++) {
                String text = word(r, alphabet + "xyz", 60);
                Set<String> expected = new TreeSet<>();
                for (PayloadEmit<Integer> e : a.parseText(text)) {
                    expected.add(e.getStart() + ":" + (e.getEnd() + 1) + ":" + e.getPayload());
                }
                List<String> got = new ArrayList<>();
                for (CharTrie.Hit<Integer> h : b.find(text)) {
                    got.add(h.start() + ":" + h.end() + ":" + h.payload());
                }
                assertEquals(expected.size(), got.size(), text);
                assertEquals(expected, new TreeSet<>(got), text);
                total += got.size();
            }
        }
        assertTrue(total > 10000, "occurrences compared: " + total);
    }

    @Test
    void aKeywordAddedTwiceKeepsItsFirstPayload() {
        CharTrie<String> t = CharTrie.<String>builder().add("un", "first").add("un", "second").add("", "empty").build();
        assertEquals(List.of(new CharTrie.Hit<>(0, 2, "first"), new CharTrie.Hit<>(3, 5, "first")), t.find("un un"));
    }

    @Test
    void noCharacterBeforeTheCjkRadicalsIsUnspaced() {
        for (int c = 0; c < 0x2e80; c++) {
            Character.UnicodeScript s = Character.UnicodeScript.of(c);
            assertFalse(s == Character.UnicodeScript.HAN || s == Character.UnicodeScript.HIRAGANA
                    || s == Character.UnicodeScript.KATAKANA, Integer.toHexString(c));
            assertFalse(MatchText.isUnspaced((char) c), Integer.toHexString(c));
        }
        assertTrue(MatchText.isUnspaced('大'));
        assertTrue(MatchText.isUnspaced('\u3001'));
    }
}
