package org.unkg.structure;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Random;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

/** LineJoin's compound look-up: the hyphen index against {@code String.contains}. */
class LineJoinTest {
    private static final List<String> PIECES = List.of("a", "b", "ab", "-", "--", " ", "é", "É", "\u0434", "\n", "1");

    private static String random(Random r, int pieces) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < pieces; i++) {
            out.append(PIECES.get(r.nextInt(PIECES.size())));
        }
        return out.toString();
    }

    @Test
    void hyphenIndexFindsWhatContainsFinds() {
        Random r = new Random(5);
        int found = 0;
        for (int k = 0; k < 200_000; k++) {
            String s = random(r, r.nextInt(30));
            String key = random(r, 1 + r.nextInt(5));
            int[] hyphens = LineJoin.hyphens(s);
            assertArrayEquals(IntStream.range(0, s.length()).filter(i -> s.charAt(i) == '-').toArray(), hyphens, s);
            boolean expected = s.contains(key);
            found += expected ? 1 : 0;
            assertEquals(expected, LineJoin.containsAtHyphen(s, hyphens, key), () -> "\"" + key + "\" in \"" + s + "\"");
        }
        assertTrue(found > 20_000, "keys found: " + found);
    }
}
