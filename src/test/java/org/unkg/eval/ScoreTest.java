package org.unkg.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class ScoreTest {
    @Test
    void precisionRecallF1FromKnownCounts() {
        Score s = new Score(8, 2, 4);
        assertEquals(0.8, s.precision(), 1e-9);
        assertEquals(8.0 / 12, s.recall(), 1e-9);
        assertEquals(2 * 0.8 * (8.0 / 12) / (0.8 + 8.0 / 12), s.f1(), 1e-9);
        assertEquals(12, s.expected());
        assertEquals(10, s.predicted());
    }

    @Test
    void microAverageSumsCountsNotRatios() {
        Score a = new Score(1, 0, 0);    // P = 1
        Score b = new Score(1, 3, 0);    // P = 0.25
        Score sum = a.plus(b);
        assertEquals(2.0 / 5, sum.precision(), 1e-9);   // macro average would be 0.625
        assertEquals(1.0, sum.recall(), 1e-9);
    }

    @Test
    void emptySidesAreVacuousAndNothingFoundIsZero() {
        assertEquals(1.0, Score.ZERO.precision());
        assertEquals(1.0, Score.ZERO.recall());
        Score missedAll = new Score(0, 0, 5);
        assertEquals(1.0, missedAll.precision());
        assertEquals(0.0, missedAll.recall());
        assertEquals(0.0, missedAll.f1());
        assertEquals(0.0, new Score(0, 3, 0).precision());
        assertThrows(IllegalArgumentException.class, () -> new Score(-1, 0, 0));
    }
}
