package org.unkg.rdf;

import java.io.IOException;
import java.util.Arrays;
import java.util.List;

/**
 * The k-way merge of sorted chunks: a binary min-heap of chunk numbers keyed by each chunk's
 * current line (byte order), compared where the readers hold them, with nothing allocated per
 * line. Equal lines come out one after another (the caller drops the repeats).
 */
final class LineHeap {
    private final ChunkReader[] readers;
    private final int[] heap;
    private int size;

    LineHeap(List<ChunkReader> chunks) throws IOException {
        readers = chunks.toArray(new ChunkReader[0]);
        heap = new int[readers.length];
        for (int i = 0; i < readers.length; i++) {
            if (readers[i].advance()) {
                heap[size++] = i;
            }
        }
        for (int i = size / 2 - 1; i >= 0; i--) {
            down(i);
        }
    }

    /** The reader holding the least line left (its current line), or null when every chunk is read. */
    ChunkReader least() {
        return size == 0 ? null : readers[heap[0]];
    }

    /** Moves the reader of the least line to its next line (the least line is no longer readable). */
    void pop() throws IOException {
        if (!readers[heap[0]].advance()) {
            heap[0] = heap[--size];
        }
        if (size > 0) {
            down(0);
        }
    }

    private void down(int i) {
        int x = heap[i];
        while (true) {
            int c = 2 * i + 1;
            if (c >= size) {
                break;
            }
            if (c + 1 < size && less(heap[c + 1], heap[c])) {
                c++;
            }
            if (!less(heap[c], x)) {
                break;
            }
            heap[i] = heap[c];
            i = c;
        }
        heap[i] = x;
    }

    private boolean less(int a, int b) {
        ChunkReader x = readers[a];
        ChunkReader y = readers[b];
        return Arrays.compareUnsigned(x.buffer(), x.start(), x.start() + x.length(),
                y.buffer(), y.start(), y.start() + y.length()) < 0;
    }
}
