package org.unkg.rdf;

import java.util.Arrays;

/**
 * Lines held in one byte array, indexed by (offset, length) pairs packed in a {@code long}
 * (offset in the high half): their byte order, and a merge sort of an index by it. Shared by a
 * document's lines ({@link NtLines}) and the writer's sort buffer ({@link LineArena}), so neither
 * needs an object per line.
 */
final class LineSort {
    private LineSort() {
    }

    static long ref(int offset, int length) {
        return (long) offset << 32 | length;
    }

    static int offset(long r) {
        return (int) (r >>> 32);
    }

    static int length(long r) {
        return (int) r;
    }

    static int compare(byte[] bytes, long a, long b) {
        int ao = offset(a);
        int bo = offset(b);
        return Arrays.compareUnsigned(bytes, ao, ao + length(a), bytes, bo, bo + length(b));
    }

    /**
     * Sorts index[from, to) by the lines' byte order; {@code scratch} holds at least {@code to}
     * entries. A merge sort: lines that arrive as sorted runs (documents) skip most merges.
     */
    static void sort(byte[] bytes, long[] index, long[] scratch, int from, int to) {
        if (to - from <= 16) {
            for (int i = from + 1; i < to; i++) {
                long v = index[i];
                int j = i - 1;
                while (j >= from && compare(bytes, index[j], v) > 0) {
                    index[j + 1] = index[j];
                    j--;
                }
                index[j + 1] = v;
            }
            return;
        }
        int mid = (from + to) >>> 1;
        sort(bytes, index, scratch, from, mid);
        sort(bytes, index, scratch, mid, to);
        if (compare(bytes, index[mid - 1], index[mid]) <= 0) {
            return;
        }
        System.arraycopy(index, from, scratch, from, mid - from);
        int i = from;
        int j = mid;
        int k = from;
        while (i < mid && j < to) {
            index[k++] = compare(bytes, scratch[i], index[j]) <= 0 ? scratch[i++] : index[j++];
        }
        while (i < mid) {
            index[k++] = scratch[i++];
        }
    }
}
