package org.unkg.rdf;

import java.io.IOException;
import java.io.OutputStream;
import java.util.Arrays;

/**
 * The sort buffer of {@link SortedGraphWriter}: lines copied into one byte array that is reused
 * from chunk to chunk, indexed by (offset, length) pairs packed in a {@code long[]}, sorted in
 * byte order by a merge sort on that index. One array instead of one object per line keeps the
 * collector's work and the old generation independent of how many triples a build writes: the
 * buffered lines are not garbage to be found later, they are overwritten by the next chunk.
 * Not thread-safe (the writer synchronizes).
 */
final class LineArena {
    private static final int FIRST_CAPACITY = 1 << 16;
    private static final int INDEX_BYTES = 16;

    private final int maxBytes;
    private byte[] bytes = new byte[FIRST_CAPACITY];
    private int used;
    private long[] index = new long[1024];
    private long[] scratch = new long[0];
    private int lines;

    /** An arena that grows up to {@code maxBytes} (a single longer line still fits, alone). */
    LineArena(int maxBytes) {
        this.maxBytes = Math.max(1, maxBytes);
    }

    int lines() {
        return lines;
    }

    boolean isEmpty() {
        return lines == 0;
    }

    /**
     * Whether a line of {@code length} bytes fits without passing the bound, counting the index
     * and the sort's scratch index (16 bytes a line); always true when empty.
     */
    boolean fits(int length) {
        return lines == 0 || (long) used + length + INDEX_BYTES * (lines + 1L) <= maxBytes;
    }

    /** Copies {@code length} bytes of {@code src} from {@code from} in, as one line; the caller checked {@link #fits}. */
    void add(byte[] src, int from, int length) {
        int need = used + length;
        if (need > bytes.length) {
            long grown = Math.max(need, Math.min((long) maxBytes, 2L * bytes.length));
            bytes = Arrays.copyOf(bytes, (int) grown);
        }
        System.arraycopy(src, from, bytes, used, length);
        if (lines == index.length) {
            index = Arrays.copyOf(index, lines * 2);
        }
        index[lines++] = LineSort.ref(used, length);
        used = need;
    }

    /** Sorts the lines, writes each distinct one followed by a line end, and empties the arena. */
    void writeSorted(OutputStream out) throws IOException {
        if (scratch.length < lines) {
            scratch = new long[index.length];
        }
        LineSort.sort(bytes, index, scratch, 0, lines);
        long prev = -1;
        for (int i = 0; i < lines; i++) {
            long r = index[i];
            if (prev < 0 || LineSort.compare(bytes, prev, r) != 0) {
                out.write(bytes, LineSort.offset(r), LineSort.length(r));
                out.write('\n');
            }
            prev = r;
        }
        used = 0;
        lines = 0;
    }
}
