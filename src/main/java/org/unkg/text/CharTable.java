package org.unkg.text;

import java.util.function.IntPredicate;

/**
 * A set of {@code char}s as one bit per char (8 KB), filled once from a predicate: a look-up is
 * one array read, where the JDK's character properties read two tables a character outside
 * Latin-1. The text path asks such sets at every character it scans (MatchText, VerbFinder,
 * WordCounter), so each keeps its table in a {@code static final} field and reads it with
 * {@code (table[c >>> 6] & 1L << c) != 0} in place (no method: under {@code ./unkg build}'s lower
 * inlining limits a call level on those paths can keep a caller from being inlined).
 */
public final class CharTable {
    private CharTable() {
    }

    /** The table of the chars for which {@code has} holds (~65,000 tests: a few milliseconds). */
    public static long[] of(IntPredicate has) {
        long[] bits = new long[(Character.MAX_VALUE + 1) / 64];
        for (int c = 0; c <= Character.MAX_VALUE; c++) {
            if (has.test(c)) {
                bits[c >>> 6] |= 1L << c;
            }
        }
        return bits;
    }
}
