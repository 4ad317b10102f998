package org.unkg.serve;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.PriorityQueue;
import java.util.Set;

/**
 * Counts distinct strings in bounded memory: up to {@code limit} of them are held in a set;
 * when it is full they are written, sorted, to a temporary run file and the set starts again,
 * and {@link #count()} merges the runs. So the heap holds at most {@code limit} strings (and
 * one small read buffer per run while counting) whatever the number of distinct strings, which
 * is what the distinct subjects of a graph need: they grow with the corpus. {@link #close()}
 * deletes the runs and their folder (before 2026-11-24 they stayed until the JVM exited); the
 * files of a counter never closed are still deleted at exit. Not thread-safe.
 *
 * <pre>{@code
 * try (DistinctStrings d = new DistinctStrings(DistinctStrings.DEFAULT_LIMIT)) {
 *     d.add("a"); d.add("b"); d.add("a");
 *     long n = d.count(); // 2
 * }
 * }</pre>
 */
final class DistinctStrings implements AutoCloseable {
    /** Strings held before a run is spilled (about 40 MB of IRIs of this project's length). */
    static final int DEFAULT_LIMIT = 1 << 18;
    private static final int READ_BUFFER = 1 << 13;

    private final int limit;
    private final Set<String> held = new HashSet<>();
    private final List<Path> runs = new ArrayList<>();
    private Path dir;
    private boolean closed;

    DistinctStrings(int limit) {
        this.limit = Math.max(1, limit);
    }

    void add(String s) {
        open();
        if (held.add(s) && held.size() >= limit) {
            spill();
        }
    }

    /** Runs spilled so far (for tests). */
    int runs() {
        return runs.size();
    }

    /** The folder of the runs, null before the first spill (for tests). */
    Path folder() {
        return dir;
    }

    /** Deletes the runs and their folder; the strings are forgotten and this counter can no longer be used. */
    @Override
    public void close() {
        if (closed) {
            return;
        }
        closed = true;
        held.clear();
        for (Path r : runs) {
            delete(r);
        }
        runs.clear();
        if (dir != null) {
            delete(dir);
        }
    }

    private void open() {
        if (closed) {
            throw new IllegalStateException("closed: its runs are deleted");
        }
    }

    /**
     * The number of distinct strings added so far. When runs were spilled, they are merged into
     * one (the only temporary file left until {@link #close()}), so counting again stays cheap.
     */
    long count() {
        open();
        if (runs.isEmpty()) {
            return held.size();
        }
        spill();
        if (runs.size() == 1) {
            return countRun(runs.get(0));
        }
        Path merged = newRun();
        long n = 0;
        record Head(String s, DataInputStream in) {
        }
        PriorityQueue<Head> pq = new PriorityQueue<>((a, b) -> a.s().compareTo(b.s()));
        List<DataInputStream> open = new ArrayList<>();
        try (DataOutputStream out = writer(merged)) {
            try {
                for (Path r : runs) {
                    DataInputStream in = new DataInputStream(new BufferedInputStream(Files.newInputStream(r), READ_BUFFER));
                    open.add(in);
                    String s = read(in);
                    if (s != null) {
                        pq.add(new Head(s, in));
                    }
                }
                String prev = null;
                while (!pq.isEmpty()) {
                    Head h = pq.poll();
                    if (!h.s().equals(prev)) {
                        write(out, h.s());
                        n++;
                        prev = h.s();
                    }
                    String s = read(h.in());
                    if (s != null) {
                        pq.add(new Head(s, h.in()));
                    }
                }
            } finally {
                for (DataInputStream in : open) {
                    in.close();
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        for (Path r : runs) {
            delete(r);
        }
        runs.clear();
        runs.add(merged);
        return n;
    }

    private long countRun(Path run) {
        long n = 0;
        try (DataInputStream in = new DataInputStream(new BufferedInputStream(Files.newInputStream(run), READ_BUFFER))) {
            while (read(in) != null) {
                n++;
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return n;
    }

    private void spill() {
        if (held.isEmpty()) {
            return;
        }
        List<String> sorted = new ArrayList<>(held);
        held.clear();
        sorted.sort(null);
        Path run = newRun();
        try (DataOutputStream out = writer(run)) {
            for (String s : sorted) {
                write(out, s);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        runs.add(run);
    }

    private Path newRun() {
        try {
            if (dir == null) {
                dir = Files.createTempDirectory("unkg-distinct-");
                dir.toFile().deleteOnExit();
            }
            Path run = Files.createTempFile(dir, "run-", ".bin");
            run.toFile().deleteOnExit();
            return run;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static DataOutputStream writer(Path p) throws IOException {
        return new DataOutputStream(new BufferedOutputStream(Files.newOutputStream(p), 1 << 16));
    }

    private static void write(DataOutputStream out, String s) throws IOException {
        byte[] b = s.getBytes(StandardCharsets.UTF_8);
        out.writeInt(b.length);
        out.write(b);
    }

    private static String read(DataInputStream in) throws IOException {
        int len;
        try {
            len = in.readInt();
        } catch (EOFException e) {
            return null;
        }
        return new String(in.readNBytes(len), StandardCharsets.UTF_8);
    }

    private static void delete(Path p) {
        try {
            Files.deleteIfExists(p);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
