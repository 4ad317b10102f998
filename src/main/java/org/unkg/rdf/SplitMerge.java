package org.unkg.rdf;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.function.Consumer;

/**
 * The merge of sorted chunks into one sorted file without duplicates, done in two halves at once
 * when there is enough to merge: a split line is chosen among lines sampled from every chunk (the
 * median by bytes), each chunk is cut at its first line not below it (found by bisection on the
 * file), the upper halves are merged into a side file on another thread while the calling thread
 * merges the lower halves into the output, and the side file is then appended. Equal lines fall
 * in the same half, so the output is the same bytes as one merge's. The caller's {@code seen}
 * sees every written line in output order on the calling thread, as with one merge.
 */
final class SplitMerge {
    static final int IO_BUFFER = 1 << 16;
    /** Sampled lines per chunk for the split line. */
    private static final int SAMPLES = 15;
    private static final byte[] NO_LINE = new byte[0];

    private SplitMerge() {
    }

    /**
     * Merges {@code chunks} into {@code merged}; returns the number of lines written. With fewer
     * than {@code splitBytes} bytes of chunks (or no {@code side} thread) in one pass.
     */
    static long merge(List<Path> chunks, Path merged, Consumer<byte[]> seen, boolean observed, ExecutorService side,
            Path sideFile, long splitBytes) throws IOException {
        long total = 0;
        for (Path c : chunks) {
            total += Files.size(c);
        }
        byte[] split = side == null || total < splitBytes || chunks.isEmpty() ? null : splitLine(chunks);
        if (split == null) {
            List<ChunkReader> readers = new ArrayList<>();
            try (OutputStream w = new BufferedOutputStream(Files.newOutputStream(merged), IO_BUFFER)) {
                for (Path c : chunks) {
                    readers.add(new ChunkReader(Files.newInputStream(c), IO_BUFFER));
                }
                return merge(readers, w, observed ? seen : null);
            } finally {
                close(readers);
            }
        }
        long[] cut = new long[chunks.size()];
        for (int i = 0; i < cut.length; i++) {
            try (FileChannel ch = FileChannel.open(chunks.get(i))) {
                cut[i] = lowerBound(ch, split);
            }
        }
        Future<Long> upper = side.submit(() -> {
            List<ChunkReader> readers = new ArrayList<>();
            try (OutputStream w = new BufferedOutputStream(Files.newOutputStream(sideFile), IO_BUFFER)) {
                for (int i = 0; i < cut.length; i++) {
                    FileChannel ch = FileChannel.open(chunks.get(i));
                    ch.position(cut[i]);
                    readers.add(new ChunkReader(Channels.newInputStream(ch), IO_BUFFER));
                }
                return merge(readers, w, null);
            } finally {
                close(readers);
            }
        });
        long n;
        List<ChunkReader> readers = new ArrayList<>();
        try (OutputStream w = new BufferedOutputStream(Files.newOutputStream(merged), IO_BUFFER)) {
            try {
                for (int i = 0; i < cut.length; i++) {
                    readers.add(new ChunkReader(Files.newInputStream(chunks.get(i)), IO_BUFFER, cut[i]));
                }
                n = merge(readers, w, observed ? seen : null);
            } finally {
                close(readers);
            }
            long m = await(upper);
            if (observed) {
                try (ChunkReader r = new ChunkReader(Files.newInputStream(sideFile), IO_BUFFER)) {
                    for (byte[] l = r.next(); l != null; l = r.next()) {
                        seen.accept(l);
                    }
                }
            }
            w.flush();
            Files.copy(sideFile, w);
            n += m;
        } finally {
            Files.deleteIfExists(sideFile);
        }
        return n;
    }

    /**
     * One k-way merge of {@code readers} into {@code w}, dropping repeats; the number of lines
     * written. Lines are compared and written where the readers hold them; only {@code seen}, when
     * not null, gets each written line as an array of its own.
     */
    static long merge(List<ChunkReader> readers, OutputStream w, Consumer<byte[]> seen) throws IOException {
        LineHeap heap = new LineHeap(readers);
        long n = 0;
        byte[] prev = new byte[256];
        int prevLength = -1;
        for (ChunkReader r = heap.least(); r != null; r = heap.least()) {
            byte[] b = r.buffer();
            int s = r.start();
            int len = r.length();
            if (prevLength != len || !Arrays.equals(b, s, s + len, prev, 0, len)) {
                int withEnd = r.lengthWithEnd();
                w.write(b, s, withEnd);
                if (withEnd == len) {
                    w.write('\n');
                }
                if (seen != null) {
                    seen.accept(Arrays.copyOfRange(b, s, s + len));
                }
                n++;
                if (prev.length < len) {
                    prev = new byte[Math.max(len, 2 * prev.length)];
                }
                System.arraycopy(b, s, prev, 0, len);
                prevLength = len;
            }
            heap.pop();
        }
        return n;
    }

    /** The byte-weighted median of lines sampled at even intervals of every chunk. */
    static byte[] splitLine(List<Path> chunks) throws IOException {
        List<byte[]> lines = new ArrayList<>();
        List<Long> weights = new ArrayList<>();
        long total = 0;
        for (Path c : chunks) {
            try (FileChannel ch = FileChannel.open(c, StandardOpenOption.READ)) {
                long size = ch.size();
                total += size;
                for (int q = 1; q <= SAMPLES; q++) {
                    long start = lineStart(ch, size * q / (SAMPLES + 1));
                    if (start < size) {
                        lines.add(line(ch, start));
                        weights.add(size / (SAMPLES + 1));
                    }
                }
            }
        }
        Integer[] order = new Integer[lines.size()];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        Arrays.sort(order, (a, b) -> NtLines.ORDER.compare(lines.get(a), lines.get(b)));
        long acc = 0;
        for (Integer i : order) {
            acc += weights.get(i);
            if (2 * acc >= total) {
                return lines.get(i);
            }
        }
        return order.length == 0 ? null : lines.get(order[order.length - 1]);
    }

    /** The offset of the first line of the sorted chunk not below {@code key} (the size when none is). */
    static long lowerBound(FileChannel ch, byte[] key) throws IOException {
        long size = ch.size();
        long lo = 0;
        long hi = size;
        while (lo < hi) {
            long mid = (lo + hi) >>> 1;
            long s = lineStart(ch, mid);
            if (s >= size || NtLines.ORDER.compare(line(ch, s), key) >= 0) {
                hi = mid;
            } else {
                lo = mid + 1;
            }
        }
        return lineStart(ch, lo);
    }

    /** The first line start at or after {@code x}. */
    private static long lineStart(FileChannel ch, long x) throws IOException {
        if (x == 0) {
            return 0;
        }
        ByteBuffer b = ByteBuffer.allocate(4096);
        long p = x - 1;
        long size = ch.size();
        while (p < size) {
            b.clear();
            int n = ch.read(b, p);
            if (n <= 0) {
                break;
            }
            for (int i = 0; i < n; i++) {
                if (b.get(i) == '\n') {
                    return p + i + 1;
                }
            }
            p += n;
        }
        return size;
    }

    /** The line starting at {@code start}, without its line end. */
    private static byte[] line(FileChannel ch, long start) throws IOException {
        ByteBuffer b = ByteBuffer.allocate(4096);
        byte[] acc = NO_LINE;
        long p = start;
        while (true) {
            b.clear();
            int n = ch.read(b, p);
            if (n <= 0) {
                return acc;
            }
            for (int i = 0; i < n; i++) {
                if (b.get(i) == '\n') {
                    byte[] out = Arrays.copyOf(acc, acc.length + i);
                    b.get(0, out, acc.length, i);
                    return out;
                }
            }
            byte[] more = Arrays.copyOf(acc, acc.length + n);
            b.get(0, more, acc.length, n);
            acc = more;
            p += n;
        }
    }

    private static long await(Future<Long> f) throws IOException {
        try {
            return f.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while merging the output", e);
        } catch (java.util.concurrent.ExecutionException e) {
            Throwable c = e.getCause();
            if (c instanceof IOException io) {
                throw io;
            }
            if (c instanceof RuntimeException re) {
                throw re;
            }
            throw new IOException("cannot merge the output: " + c, c);
        }
    }

    private static void close(List<ChunkReader> readers) throws IOException {
        for (ChunkReader r : readers) {
            r.close();
        }
    }
}
