package org.unkg.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonArray;
import org.apache.jena.atlas.json.JsonObject;
import org.junit.jupiter.api.Test;

class MemoryWatchTest {
    private static final int MB = 1 << 20;

    /** Keeps allocations reachable from the test's point of view, so the JIT cannot drop them. */
    private static volatile Object sink;

    @Test
    void forcedSamplesCountWhatIsReachableNotWhatWasAllocated() {
        MemoryWatch w = MemoryWatch.start();
        List<byte[]> held = new ArrayList<>();
        for (int i = 0; i < 48; i++) {
            held.add(new byte[MB]);
        }
        long holding = w.live("holding");
        sink = held;
        held = null;
        sink = null;
        long released = w.live("released");
        assertTrue(holding >= 48L * MB, "48 MB held were live: " + holding);
        assertTrue(released <= holding - 40L * MB, "released, they are not live any more: " + holding + " -> " + released);
        JsonObject r = w.report();
        JsonObject points = r.get("liveAfterFullGcBytes").getAsObject();
        assertEquals(List.of("holding", "released"), new ArrayList<>(points.keys()), "points in the order taken");
        assertEquals(holding, r.get("liveAfterFullGcMaxBytes").getAsNumber().value().longValue());
    }

    @Test
    void heapOnlyMaximumLeavesMetaspaceAndCodeCacheOut() throws InterruptedException {
        MemoryWatch w = MemoryWatch.start();
        long deadline = System.nanoTime() + 20_000_000_000L;
        while (count(w, "gcNotifications") == 0 && System.nanoTime() < deadline) {
            for (int i = 0; i < 10_000; i++) {
                sink = new byte[1024];
            }
            Thread.sleep(1);
        }
        assertTrue(count(w, "gcNotifications") > 0, "an ordinary collection happened");
        long all = count(w, "heapAfterGcMaxBytes");
        long heap = count(w, "heapOnlyAfterGcMaxBytes");
        long nonHeap = count(w, "nonHeapUsedAtEndBytes");
        assertTrue(heap > 0 && heap < all, "heap only " + heap + " < all pools " + all);
        // the all-pools figure counts Metaspace and the code heaps (at least the classes loaded by now)
        assertTrue(all - heap > MB, "non-heap pools in the old figure: " + (all - heap));
        assertTrue(nonHeap > MB, "non-heap in use: " + nonHeap);
    }

    @Test
    void forcedCollectionsAreNotOrdinaryOnes() throws InterruptedException {
        MemoryWatch w = MemoryWatch.start();
        Thread.sleep(200);
        long before = count(w, "gcNotifications");
        for (int i = 0; i < 5; i++) {
            w.live("forced");
        }
        Thread.sleep(500);
        assertTrue(count(w, "gcNotifications") - before < 5, "five forced collections left out of the ordinary count");
    }

    @Test
    void flatnessRatiosOnlyForMarksBothScalesHave() {
        JsonArray xml = new JsonArray();
        xml.add(scale(1, "{\"peakRssBytes\": 600, \"heapAfterGcMaxBytes\": 160, \"heapPoolPeaksBytes\": 500}"));
        xml.add(scale(10, "{\"peakRssBytes\": 660, \"heapAfterGcMaxBytes\": 176, \"heapPoolPeaksBytes\": 500,"
                + " \"heapOnlyAfterGcMaxBytes\": 130, \"liveAfterFullGcMaxBytes\": 112}"));
        JsonObject f = Stages.flatness(xml);
        assertEquals(1.1, f.get("peakRssBytesRatio").getAsNumber().value().doubleValue(), 1e-9);
        assertEquals(1.1, f.get("heapAfterGcMaxBytesRatio").getAsNumber().value().doubleValue(), 1e-9);
        assertFalse(f.hasKey("liveAfterFullGcMaxBytesRatio"), "an older 1x result has no forced samples");
        xml.get(0).getAsObject().get("build").getAsObject().get("memory").getAsObject().put("liveAfterFullGcMaxBytes", 110);
        assertEquals(1.0182, Stages.flatness(xml).get("liveAfterFullGcMaxBytesRatio").getAsNumber().value().doubleValue(), 1e-9);
    }

    private static JsonObject scale(int scale, String memory) {
        JsonObject build = new JsonObject();
        build.put("memory", JSON.parse(memory));
        JsonObject o = new JsonObject();
        o.put("scale", scale);
        o.put("build", build);
        return o;
    }

    private static long count(MemoryWatch w, String key) {
        return w.report().get(key).getAsNumber().value().longValue();
    }
}
