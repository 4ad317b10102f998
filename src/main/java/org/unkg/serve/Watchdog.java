package org.unkg.serve;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import org.apache.jena.sparql.util.Context;

/**
 * Enforces the query timeout by setting each execution's cancel signal from a thread of its own.
 *
 * <p>The timeout counts the query's own work: the CPU time of the thread that runs it (which
 * also writes its results), not the time it spends waiting for a CPU, a lock or class loading.
 * On a machine whose load is many times its cores, a query that computes for 5 ms could take
 * seconds by the wall clock, and a wall-clock timer cancelled it as if it were a runaway (a
 * canned query of {@code LoadTest} at load average 60: 503 after 2 s, about 10 ms of CPU). A
 * query is also stopped when it has lasted {@link #WALL_FACTOR} times the timeout by the wall
 * clock, whatever it was doing, so a query that waits (a lock, a client that does not read) holds
 * its thread and read transaction for a bounded time. Without per-thread CPU time in the JVM the
 * timeout is counted by the wall clock.
 *
 * <p>Jena's own timeout is not used: it is a wall-clock timer, and it runs on one shared alarm
 * thread whose callback waits for a lock that the query holds while it builds its plan; a query
 * whose plan takes long blocks that thread, and with it the timeouts of every other query. Setting
 * the cancel signal needs no lock: the query's iterators check it and stop with
 * {@code QueryCancelledException} (503 on the endpoint).
 *
 * <pre>{@code
 * Watchdog w = new Watchdog(Duration.ofSeconds(10));
 * Watchdog.Alarm a = w.watch(qe.getContext());   // on the thread that runs the query
 * try { ... } finally { a.disarm(); }
 * }</pre>
 */
public final class Watchdog {
    /** The wall-clock limit of a query, as a multiple of the timeout. */
    public static final int WALL_FACTOR = 4;

    private final ScheduledThreadPoolExecutor timer;
    private final long nanos;
    private final ThreadMXBean threads;

    public Watchdog(Duration timeout) {
        this.nanos = timeout.toNanos();
        ScheduledThreadPoolExecutor t = new ScheduledThreadPoolExecutor(1, r -> {
            Thread th = Executors.defaultThreadFactory().newThread(r);
            th.setName("unkg-query-watchdog");
            th.setDaemon(true);
            return th;
        });
        t.setRemoveOnCancelPolicy(true);
        this.timer = t;
        ThreadMXBean mx = ManagementFactory.getThreadMXBean();
        boolean cpu = mx.isThreadCpuTimeSupported();
        if (cpu && !mx.isThreadCpuTimeEnabled()) {
            mx.setThreadCpuTimeEnabled(true);
        }
        this.threads = cpu && mx.isThreadCpuTimeEnabled() ? mx : null;
    }

    /** The timeout this watchdog enforces. */
    public Duration timeout() {
        return Duration.ofNanos(nanos);
    }

    /**
     * Arms the timeout for the execution whose context is given, which the calling thread runs:
     * its cancel signal is set once that thread has spent the timeout in CPU time since now, or
     * after {@link #WALL_FACTOR} times the timeout by the wall clock. {@link Alarm#disarm()}
     * when the execution ends (the thread then runs other work, which must not count).
     */
    public Alarm watch(Context executionContext) {
        AtomicBoolean signal = Context.getOrSetCancelSignal(executionContext);
        Alarm a = new Alarm(signal, Thread.currentThread().getId());
        a.schedule(nanos);
        return a;
    }

    /** Stops the timer thread. */
    public void shutdown() {
        timer.shutdownNow();
    }

    private long cpu(long thread) {
        return threads == null ? System.nanoTime() : threads.getThreadCpuTime(thread);
    }

    /** The timeout of one execution. */
    public final class Alarm {
        private final AtomicBoolean signal;
        private final long thread;
        private final long cpu0;
        private final long wall0;
        private volatile boolean disarmed;
        private ScheduledFuture<?> next;

        private Alarm(AtomicBoolean signal, long thread) {
            this.signal = signal;
            this.thread = thread;
            this.cpu0 = cpu(thread);
            this.wall0 = System.nanoTime();
        }

        /** Stops watching: the execution has ended. */
        public void disarm() {
            disarmed = true;
            synchronized (this) {
                if (next != null) {
                    next.cancel(false);
                }
            }
        }

        private synchronized void schedule(long delay) {
            if (disarmed) {
                return;
            }
            try {
                next = timer.schedule(this::check, Math.max(delay, 1_000_000L), TimeUnit.NANOSECONDS);
            } catch (RejectedExecutionException e) {
                // the server is stopping: stop the query too
                signal.set(true);
            }
        }

        /**
         * Cancels the execution when it is over either budget, else looks again when it could
         * first be: CPU time grows at most as fast as the wall clock.
         */
        private void check() {
            if (disarmed || signal.get()) {
                return;
            }
            long used = cpu(thread) - cpu0;
            long elapsed = System.nanoTime() - wall0;
            long wallLeft = WALL_FACTOR * nanos - elapsed;
            if (used >= nanos || wallLeft <= 0 || used < 0) {
                signal.set(true);
                return;
            }
            schedule(Math.min(nanos - used, wallLeft));
        }
    }
}
