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

    @Test
    void reportShowsTheForcedSamplesBesideTheOldFigureAndReadsOlderResults() {
        JsonObject r = JSON.read("bench/results/xml-20261124T015206Z.json");
        String before = Report.markdown(r);
        assertTrue(before.contains("| live heap after GC, max (all pools: heap, Metaspace, code cache) | 185 MB (160 MB) |"), before);
        assertFalse(before.contains("forced full GC"), "an older result has no forced samples");
        JsonArray xml = r.get("xml").getAsArray();
        long[][] points = {{14_500_000, 115_500_000, 116_200_000, 36_800_000}, {14_500_000, 115_500_000, 121_600_000, 36_700_000}};
        for (int i = 0; i < 2; i++) {
            JsonObject m = xml.get(i).getAsObject().get("build").getAsObject().get("memory").getAsObject();
            JsonObject f = new JsonObject();
            f.put("start", points[i][0]);
            f.put("lastDocument", points[i][1]);
            f.put("merge", points[i][2]);
            f.put("end", points[i][3]);
            m.put("liveAfterFullGcBytes", f);
            m.put("liveAfterFullGcMaxBytes", points[i][2]);
            m.put("heapOnlyAfterGcMaxBytes", 121_000_000 + 3_000_000 * i);
        }
        r.put("memory", Stages.flatness(xml));
        String after = Report.markdown(r);
        assertTrue(after.contains("| live heap after GC, max (all pools: heap, Metaspace, code cache) | 185 MB (160 MB) |"),
                "the old figure stays: " + after);
        assertTrue(after.contains("| live heap after a forced full GC, max | 122 MB (116 MB); 40x: start 15 MB, lastDocument 116 MB,"
                + " merge 122 MB, end 37 MB; 1x: start 15 MB, lastDocument 116 MB, merge 116 MB, end 37 MB |  | 1.05 |"), after);
        assertTrue(after.contains("| 124 MB (121 MB) |  | 1.02 |"), after);
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
