package org.unkg.bench;

import java.io.IOException;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.MemoryUsage;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;

import javax.management.Notification;
import javax.management.NotificationEmitter;
import javax.management.NotificationListener;
import javax.management.openmbean.CompositeData;

import org.apache.jena.atlas.json.JsonObject;

import com.sun.management.GarbageCollectionNotificationInfo;

/**
 * Memory high-water marks of this JVM: peak resident set ({@code VmHWM} of
 * {@code /proc/self/status}), the sum of the heap pools' peaks, the largest memory still in use
 * right after a garbage collection, and the live heap after full collections forced at named
 * points ({@link #live}).
 *
 * <p>{@code heapAfterGcMaxBytes} is the figure the benchmark has always reported: the sum of
 * every pool a collection notification lists, which are not only the heap's (eden, survivor,
 * old) but also Metaspace, the compressed class space and the JIT's code heaps. Those grow with
 * the run's length (more methods get compiled), not with the data held. So it is kept as it was
 * and reported beside {@code heapOnlyAfterGcMaxBytes}, the same maximum over the heap pools
 * alone. Neither is the live set: after an ordinary (young or mixed) collection the old
 * generation still holds garbage that no collection has reclaimed yet, and its maximum over a
 * run is the largest of many such readings, so a longer run tends to show a larger one even when
 * the live data is the same. The forced samples count only what is reachable: compare those
 * between scales to see whether live data grows with the corpus. Forced collections are left
 * out of both maxima.
 */
final class MemoryWatch implements NotificationListener {
    /** The cause a collection asked for by {@link System#gc()} reports. */
    static final String FORCED_CAUSE = "System.gc()";

    private final AtomicLong liveMax = new AtomicLong();
    private final AtomicLong heapMax = new AtomicLong();
    private final Set<String> heapPools = heapPools();
    private final AtomicLong collections = new AtomicLong();
    private final Map<String, Long> forced = new LinkedHashMap<>();

    /** Starts listening to every collector's notifications. */
    static MemoryWatch start() {
        MemoryWatch w = new MemoryWatch();
        for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
            if (gc instanceof NotificationEmitter e) {
                e.addNotificationListener(w, null, null);
            }
        }
        return w;
    }

    @Override
    public void handleNotification(Notification n, Object handback) {
        if (!GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION.equals(n.getType())) {
            return;
        }
        GarbageCollectionNotificationInfo info = GarbageCollectionNotificationInfo.from((CompositeData) n.getUserData());
        if (FORCED_CAUSE.equals(info.getGcCause())) {
            return;
        }
        Map<String, MemoryUsage> after = info.getGcInfo().getMemoryUsageAfterGc();
        liveMax.accumulateAndGet(used(after, null), Math::max);
        heapMax.accumulateAndGet(used(after, heapPools), Math::max);
        // counted last: a reader that sees the count sees this collection's figures too
        collections.incrementAndGet();
    }

    /** The names of this JVM's heap pools (eden, survivor, old generation; or tenured...). */
    static Set<String> heapPools() {
        Set<String> names = new HashSet<>();
        for (MemoryPoolMXBean p : ManagementFactory.getMemoryPoolMXBeans()) {
            if (p.getType() == MemoryType.HEAP) {
                names.add(p.getName());
            }
        }
        return names;
    }

    /** The bytes used in {@code pools}, only those named in {@code only} unless it is null. */
    static long used(Map<String, MemoryUsage> pools, Set<String> only) {
        long used = 0;
        for (Map.Entry<String, MemoryUsage> e : pools.entrySet()) {
            if (only == null || only.contains(e.getKey())) {
                used += e.getValue().getUsed();
            }
        }
        return used;
    }

    /**
     * Forces a full collection and records, under {@code point}, the heap still in use after it:
     * the live data at that point (a point seen twice keeps its largest). Returns the bytes.
     */
    long live(String point) {
        System.gc();
        long used = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
        synchronized (forced) {
            forced.merge(point, used, Math::max);
        }
        return used;
    }

    /** The marks so far, as JSON fields (bytes). */
    JsonObject report() {
        long poolPeaks = 0;
        for (MemoryPoolMXBean p : ManagementFactory.getMemoryPoolMXBeans()) {
            if (p.getType() == MemoryType.HEAP) {
                poolPeaks += p.getPeakUsage().getUsed();
            }
        }
        JsonObject o = new JsonObject();
        o.put("peakRssBytes", vmHwm());
        o.put("heapPoolPeaksBytes", poolPeaks);
        o.put("heapAfterGcMaxBytes", liveMax.get());
        o.put("heapOnlyAfterGcMaxBytes", heapMax.get());
        o.put("gcNotifications", collections.get());
        o.put("maxHeapBytes", Runtime.getRuntime().maxMemory());
        MemoryUsage heap = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage();
        MemoryUsage nonHeap = ManagementFactory.getMemoryMXBean().getNonHeapMemoryUsage();
        o.put("heapCommittedAtEndBytes", heap.getCommitted());
        o.put("nonHeapUsedAtEndBytes", nonHeap.getUsed());
        o.put("nonHeapCommittedAtEndBytes", nonHeap.getCommitted());
        synchronized (forced) {
            if (!forced.isEmpty()) {
                JsonObject f = new JsonObject();
                long max = 0;
                for (Map.Entry<String, Long> e : forced.entrySet()) {
                    f.put(e.getKey(), e.getValue());
                    max = Math.max(max, e.getValue());
                }
                o.put("liveAfterFullGcBytes", f);
                o.put("liveAfterFullGcMaxBytes", max);
            }
        }
        return o;
    }

    /** Peak resident set size in bytes, or -1 where /proc is not available. */
    static long vmHwm() {
        try {
            for (String l : Files.readAllLines(Path.of("/proc/self/status"), StandardCharsets.UTF_8)) {
                if (l.startsWith("VmHWM:")) {
                    return Long.parseLong(l.replaceAll("\\D+", "")) * 1024;
                }
            }
        } catch (IOException | NumberFormatException e) {
            return -1;
        }
        return -1;
    }
}
