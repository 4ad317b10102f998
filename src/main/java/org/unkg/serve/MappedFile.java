package org.unkg.serve;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;

/**
 * A read-only file mapped in segments of at most {@link #SEGMENT} bytes, read at absolute long
 * positions: one {@link java.nio.MappedByteBuffer} holds at most 2 GB, and the text index of a
 * large graph is bigger. An int, a long or a byte run that crosses the end of a segment is read
 * a byte at a time. Thread-safe: only absolute reads, nothing changes after {@link #map}.
 */
final class MappedFile {
    /** Default segment size: 1 GiB. */
    static final long SEGMENT = 1L << 30;

    private final ByteBuffer[] segments;
    private final long segment;
    private final long size;

    private MappedFile(ByteBuffer[] segments, long segment, long size) {
        this.segments = segments;
        this.segment = segment;
        this.size = size;
    }

    /** Maps all of {@code ch} in segments of {@code segment} bytes (the last one shorter). */
    static MappedFile map(FileChannel ch, long segment) throws IOException {
        if (segment < 8 || segment > Integer.MAX_VALUE) {
            throw new IllegalArgumentException("segment size " + segment);
        }
        long size = ch.size();
        int n = Math.toIntExact((size + segment - 1) / segment);
        ByteBuffer[] segments = new ByteBuffer[n];
        for (int i = 0; i < n; i++) {
            long start = i * segment;
            segments[i] = ch.map(FileChannel.MapMode.READ_ONLY, start, Math.min(segment, size - start));
        }
        return new MappedFile(segments, segment, size);
    }

    /** Length of the file. */
    long size() {
        return size;
    }

    /** The byte at {@code pos}. */
    byte get(long pos) {
        check(pos, 1);
        return segments[(int) (pos / segment)].get((int) (pos % segment));
    }

    /** The big-endian int at {@code pos}. */
    int getInt(long pos) {
        check(pos, 4);
        int o = (int) (pos % segment);
        ByteBuffer b = segments[(int) (pos / segment)];
        return o + 4 <= b.limit() ? b.getInt(o) : (int) acrossSegments(pos, 4);
    }

    /** The big-endian long at {@code pos}. */
    long getLong(long pos) {
        check(pos, 8);
        int o = (int) (pos % segment);
        ByteBuffer b = segments[(int) (pos / segment)];
        return o + 8 <= b.limit() ? b.getLong(o) : acrossSegments(pos, 8);
    }

    /** The big-endian number of {@code bytes} bytes at {@code pos}, read a byte at a time (it crosses a segment's end). */
    private long acrossSegments(long pos, int bytes) {
        long v = 0;
        for (int i = 0; i < bytes; i++) {
            v = (v << 8) | (get(pos + i) & 0xff);
        }
        return v;
    }

    /** Copies {@code dst.length} bytes from {@code pos} into {@code dst}. */
    void get(long pos, byte[] dst) {
        check(pos, dst.length);
        int done = 0;
        while (done < dst.length) {
            long at = pos + done;
            int o = (int) (at % segment);
            ByteBuffer b = segments[(int) (at / segment)];
            int n = Math.min(dst.length - done, b.limit() - o);
            b.get(o, dst, done, n);
            done += n;
        }
    }

    private void check(long pos, int length) {
        if (pos < 0 || pos + length > size) {
            throw new IndexOutOfBoundsException(pos + "+" + length + " of " + size);
        }
    }
}
