package org.unkg.rdf;

import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;

/** Reads the lines of a spilled chunk (or of its first bytes) as bytes (no decoding: the merge compares bytes). */
final class ChunkReader implements AutoCloseable {
    private final InputStream in;
    private final byte[] buf;
    private int pos;
    private int lim;
    /** Bytes of the stream still to be read. */
    private long remaining;

    ChunkReader(InputStream in, int bufferSize) {
        this(in, bufferSize, Long.MAX_VALUE);
    }

    /** Reads no more than {@code limit} bytes of {@code in} (a limit at a line start ends at that line). */
    ChunkReader(InputStream in, int bufferSize, long limit) {
        this.in = in;
        this.buf = new byte[bufferSize];
        this.remaining = limit;
    }

    /** The next line without its '\n', or null at the end. */
    byte[] next() throws IOException {
        byte[] acc = null;
        int accLen = 0;
        while (true) {
            if (pos >= lim) {
                lim = remaining <= 0 ? -1 : in.read(buf, 0, (int) Math.min(buf.length, remaining));
                pos = 0;
                if (lim > 0) {
                    remaining -= lim;
                }
                if (lim <= 0) {
                    lim = 0;
                    return acc == null ? null : Arrays.copyOf(acc, accLen);
                }
            }
            int i = pos;
            while (i < lim && buf[i] != '\n') {
                i++;
            }
            int len = i - pos;
            if (i < lim) {
                byte[] line;
                if (acc == null) {
                    line = Arrays.copyOfRange(buf, pos, i);
                } else {
                    line = Arrays.copyOf(acc, accLen + len);
                    System.arraycopy(buf, pos, line, accLen, len);
                }
                pos = i + 1;
                return line;
            }
            if (acc == null) {
                acc = new byte[Math.max(256, len * 2)];
            } else if (accLen + len > acc.length) {
                acc = Arrays.copyOf(acc, Math.max(acc.length * 2, accLen + len));
            }
            System.arraycopy(buf, pos, acc, accLen, len);
            accLen += len;
            pos = lim;
        }
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}
