package org.unkg.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.apache.jena.atlas.json.JsonObject;
import org.junit.jupiter.api.Test;

/** Repeated build/floor pairs: the reported ratio is the median of the pairs' ratios, each pair listed. */
class PairsTest {
    private static JsonObject secs(double s) {
        JsonObject o = new JsonObject();
        o.put("seconds", Probe.num(s));
        return o;
    }

    @Test
    void oddCountTakesTheMiddleRatioAndListsEveryPair() {
        Stages.Pairs p = new Stages.Pairs(secs(15), secs(5)); // 3.0
        p.add(secs(15), secs(4)); // 3.75
        p.add(secs(14), secs(6)); // 2.33
        assertEquals(3.0, p.medianRatio(), 1e-9);
        JsonObject o = new JsonObject();
        p.put(o);
        assertEquals(3.0, o.get("buildOverFloor").getAsNumber().value().doubleValue(), 1e-3);
        assertEquals(3, o.get("pairs").getAsArray().size());
    }

    @Test
    void evenCountAveragesTheTwoMiddleRatiosAndOnePairListsNothing() {
        Stages.Pairs p = new Stages.Pairs(secs(10), secs(5)); // 2
        p.add(secs(12), secs(3)); // 4
        assertEquals(3.0, p.medianRatio(), 1e-9);
        Stages.Pairs one = new Stages.Pairs(secs(9), secs(3));
        JsonObject o = new JsonObject();
        one.put(o);
        assertEquals(3.0, one.medianRatio(), 1e-9);
        assertFalse(o.hasKey("pairs"));
        assertTrue(o.hasKey("buildOverFloor"));
    }
}
