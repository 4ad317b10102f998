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
import java.util.concurrent.atomic.AtomicLong;

import javax.management.Notification;
import javax.management.NotificationEmitter;
import javax.management.NotificationListener;
import javax.management.openmbean.CompositeData;

import org.apache.jena.atlas.json.JsonObject;

import com.sun.management.GarbageCollectionNotificationInfo;

/**
 * Memory high-water marks of this JVM: peak resident set ({@code VmHWM} of
 * {@code /proc/self/status}), the sum of the heap pools' peaks, and the largest heap still in
 * use right after a garbage collection (the live set: what must stay flat as the corpus grows).
 */
final class MemoryWatch implements NotificationListener {
    private final AtomicLong liveMax = new AtomicLong();
    private final AtomicLong collections = new AtomicLong();

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
        long used = 0;
        for (MemoryUsage u : info.getGcInfo().getMemoryUsageAfterGc().values()) {
            used += u.getUsed();
        }
        collections.incrementAndGet();
        liveMax.accumulateAndGet(used, Math::max);
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
        o.put("gcNotifications", collections.get());
        o.put("maxHeapBytes", Runtime.getRuntime().maxMemory());
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
