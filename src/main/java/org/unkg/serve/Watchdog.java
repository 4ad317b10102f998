package org.unkg.serve;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import org.apache.jena.sparql.util.Context;

/**
 * Enforces the query timeout by setting each execution's cancel signal from a thread of its own.
 *
 * <p>Jena's own timeout runs on one shared alarm thread whose callback waits for a lock that the
 * query holds while it builds its plan; a query whose plan takes long (subqueries, joins that are
 * evaluated eagerly) blocks that thread, and with it the timeouts of every other query. Setting
 * the cancel signal needs no lock: the query's iterators check it and stop with
 * {@code QueryCancelledException} (503 on the endpoint).
 *
 * <pre>{@code
 * Watchdog w = new Watchdog(Duration.ofSeconds(10));
 * QueryExec qe = ...;
 * w.watch(qe.getContext());
 * }</pre>
 */
public final class Watchdog {
    private final ScheduledExecutorService timer;
    private final long millis;

    public Watchdog(Duration timeout) {
        this.millis = timeout.toMillis();
        ScheduledThreadPoolExecutor t = new ScheduledThreadPoolExecutor(1, r -> {
            Thread th = Executors.defaultThreadFactory().newThread(r);
            th.setName("unkg-query-watchdog");
            th.setDaemon(true);
            return th;
        });
        t.setRemoveOnCancelPolicy(true);
        this.timer = t;
    }

    /** The timeout this watchdog enforces. */
    public Duration timeout() {
        return Duration.ofMillis(millis);
    }

    /**
     * Arms the timeout for the execution whose context is given: after the timeout its cancel
     * signal is set. The returned handle disarms it ({@code cancel(false)}) when the execution
     * ends earlier; leaving it armed is harmless, the signal of a finished execution is unused.
     */
    public ScheduledFuture<?> watch(Context executionContext) {
        AtomicBoolean signal = Context.getOrSetCancelSignal(executionContext);
        return timer.schedule(() -> signal.set(true), millis, TimeUnit.MILLISECONDS);
    }

    /** Stops the timer thread. */
    public void shutdown() {
        timer.shutdownNow();
    }
}
