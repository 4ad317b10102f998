package org.unkg.rdf;

import java.io.IOException;
import java.util.List;

/**
 * The k-way merge of sorted chunks: a binary min-heap of chunk numbers keyed by each chunk's
 * current line (byte order), with nothing allocated per line but the lines the readers return.
 * Equal lines come out one after another (the caller drops the repeats).
 */
final class LineHeap {
    private final ChunkReader[] readers;
    private final byte[][] head;
    private final int[] heap;
    private int size;

    LineHeap(List<ChunkReader> chunks) throws IOException {
        readers = chunks.toArray(new ChunkReader[0]);
        head = new byte[readers.length][];
        heap = new int[readers.length];
        for (int i = 0; i < readers.length; i++) {
            head[i] = readers[i].next();
            if (head[i] != null) {
                heap[size++] = i;
            }
        }
        for (int i = size / 2 - 1; i >= 0; i--) {
            down(i);
        }
    }

    /** The least line left, or null when every chunk is read. */
    byte[] next() throws IOException {
        if (size == 0) {
            return null;
        }
        int r = heap[0];
        byte[] out = head[r];
        head[r] = readers[r].next();
        if (head[r] == null) {
            heap[0] = heap[--size];
        }
        if (size > 0) {
            down(0);
        }
        return out;
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
        return NtLines.ORDER.compare(head[a], head[b]) < 0;
    }
}
