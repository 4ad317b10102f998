package org.unkg.extract;

import java.util.regex.Matcher;

/**
 * Finds the next match of a pattern by trying it only where a match can start: at the offsets a
 * {@link Start} test accepts. {@code java.util.regex} tries an alternation that opens with classes
 * or groups at every offset of the text; where a cheap test on one or two characters rules most
 * offsets out, the scan gives the same matches as {@link Matcher#find(int)} for a fraction of the
 * work. The test must accept every offset where the pattern can match (a superset), and the
 * pattern must never match the empty string.
 */
final class LeadScan {
    /** Whether a match may start at offset {@code i} of {@code text}. */
    @FunctionalInterface
    interface Start {
        boolean test(CharSequence text, int i);
    }

    private LeadScan() {
    }

    /**
     * What {@code m.find(from)} does on {@code text}: the leftmost match at or after {@code from},
     * tried only where {@code start} accepts. Lookbehinds and lookaheads see the whole text
     * (transparent bounds), as they do in {@code find}. On success {@code m} holds the match.
     */
    static boolean find(Matcher m, CharSequence text, int from, Start start) {
        int n = text.length();
        for (int i = Math.max(0, from); i < n; i++) {
            if (start.test(text, i) && matchesAt(m, i, n)) {
                return true;
            }
        }
        return false;
    }

    /**
     * The same scan with the start test a table of characters ({@link FirstChars#table}): a match
     * may start only where {@code starts[c]} holds for the character {@code c} there.
     */
    static boolean find(Matcher m, CharSequence text, int from, boolean[] starts) {
        int n = text.length();
        for (int i = Math.max(0, from); i < n; i++) {
            char c = text.charAt(i);
            if (c < starts.length && starts[c] && matchesAt(m, i, n)) {
                return true;
            }
        }
        return false;
    }

    /**
     * The same scan with a table of first characters and one of second characters
     * ({@link FirstChars#second}): a match, at least two characters long, may start only where
     * {@code starts[c]} holds for the character there and {@code seconds[d]} for the one after it.
     * {@code Matcher.region} resets the matcher (its group and local arrays) at every offset tried:
     * what the second table spares.
     */
    static boolean find(Matcher m, CharSequence text, int from, boolean[] starts, boolean[] seconds) {
        int n = text.length();
        for (int i = Math.max(0, from); i + 1 < n; i++) {
            char c = text.charAt(i);
            if (c < starts.length && starts[c]) {
                char d = text.charAt(i + 1);
                if (d < seconds.length && seconds[d] && matchesAt(m, i, n)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Whether a match starts at {@code i} (the text's end at {@code n}, look-arounds seeing all of it). */
    private static boolean matchesAt(Matcher m, int i, int n) {
        m.region(i, n);
        m.useTransparentBounds(true);
        m.useAnchoringBounds(false);
        return m.lookingAt();
    }
}
