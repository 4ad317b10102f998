package org.unkg.rdf;

import java.io.IOException;
import java.io.InputStream;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.util.Arrays;

/**
 * Reads the lines of a spilled chunk (or of its first bytes) as bytes (no decoding: the merge
 * compares bytes). {@link #advance} moves to the next line and leaves it in the reader's own
 * buffer ({@link #buffer}, {@link #start}, {@link #length}), valid until the next call: the merge
 * compares and writes lines where they were read, with no array per line (a line that crosses
 * the buffer's end is moved to its start, and the buffer grows only for a line longer than it).
 */
final class ChunkReader implements AutoCloseable {
    private static final VarHandle LONGS = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
    private static final long NEWLINES = 0x0A0A0A0A0A0A0A0AL;
    private static final long ONES = 0x0101010101010101L;
    private static final long HIGHS = 0x8080808080808080L;
    private final InputStream in;
    private byte[] buf;
    /** The current line is buf[start, end); the next starts at {@code pos}. */
    private int start;
    private int end;
    private int pos;
    private int lim;
    private boolean eof;
    /** Bytes of the stream still to be read. */
    private long remaining;

    ChunkReader(InputStream in, int bufferSize) {
        this(in, bufferSize, Long.MAX_VALUE);
    }

    /** Reads no more than {@code limit} bytes of {@code in} (a limit at a line start ends at that line). */
    ChunkReader(InputStream in, int bufferSize, long limit) {
        this.in = in;
        this.buf = new byte[Math.max(1, bufferSize)];
        this.remaining = limit;
    }

    /** Moves to the next line; false at the end (then no line is current). */
    boolean advance() throws IOException {
        start = pos;
        int scan = pos;
        while (true) {
            int nl = indexOfNewline(buf, scan, lim);
            if (nl >= 0) {
                end = nl;
                pos = nl + 1;
                return true;
            }
            if (eof) {
                end = lim;
                pos = lim;
                return start < lim; // a last line without its line end
            }
            int kept = lim - start;
            if (start > 0) {
                System.arraycopy(buf, start, buf, 0, kept);
                start = 0;
            } else if (kept == buf.length) {
                buf = Arrays.copyOf(buf, buf.length * 2);
            }
            scan = kept;
            lim = kept;
            int n = remaining <= 0 ? -1 : in.read(buf, lim, (int) Math.min(buf.length - lim, remaining));
            if (n <= 0) {
                eof = true;
            } else {
                lim += n;
                remaining -= n;
            }
        }
    }

    /**
     * The first '\n' in b[from, to), or -1: eight bytes at a time (a byte equal to '\n' is a
     * zero byte of the word XOR eight '\n's; the lowest flagged byte is the first such, little-endian).
     */
    static int indexOfNewline(byte[] b, int from, int to) {
        int i = from;
        for (; i + 8 <= to; i += 8) {
            long v = (long) LONGS.get(b, i) ^ NEWLINES;
            long zero = (v - ONES) & ~v & HIGHS;
            if (zero != 0) {
                return i + (Long.numberOfTrailingZeros(zero) >>> 3);
            }
        }
        for (; i < to; i++) {
            if (b[i] == '\n') {
                return i;
            }
        }
        return -1;
    }

    /** The buffer holding the current line. */
    byte[] buffer() {
        return buf;
    }

    /** Where the current line starts in {@link #buffer}. */
    int start() {
        return start;
    }

    /** The current line's length, without its line end. */
    int length() {
        return end - start;
    }

    /** The current line's length with its line end, when it has one (every line but a last one without). */
    int lengthWithEnd() {
        return end < lim ? end - start + 1 : end - start;
    }

    /** The next line without its '\n' (a copy), or null at the end. */
    byte[] next() throws IOException {
        return advance() ? Arrays.copyOfRange(buf, start, end) : null;
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}
