package org.narrascope.reuse;

import java.util.Arrays;
import java.util.function.Consumer;

/**
 * An inverted index built by sorting: each entry packs a key hash (high bits) with an article index
 * (low {@value #DOC_BITS} bits). Sorting groups articles by key without a hash map per key, which
 * keeps memory flat at millions of entries.
 */
final class PostingGroups {

    static final int DOC_BITS = 24;
    private static final long DOC_MASK = (1L << DOC_BITS) - 1;

    private long[] entries = new long[1024];
    private int size;

    static long entry(long keyHash, int doc) {
        if (doc > DOC_MASK) throw new IllegalArgumentException("too many articles for one run: " + doc);
        return (keyHash & ~DOC_MASK) | doc;
    }

    synchronized void add(long[] batch, int count) {
        if (size + count > entries.length) entries = Arrays.copyOf(entries, Math.max(entries.length * 2, size + count));
        System.arraycopy(batch, 0, entries, size, count);
        size += count;
    }

    /**
     * Calls {@code group} with the distinct articles of every key held by 2 to {@code maxArticles}
     * articles; more common keys say nothing about reuse and are passed over.
     */
    void forEachGroup(int maxArticles, Consumer<int[]> group) {
        long[] sorted = Arrays.copyOf(entries, size);
        Arrays.parallelSort(sorted);
        int[] docs = new int[maxArticles + 1];
        int i = 0;
        while (i < sorted.length) {
            long key = sorted[i] & ~DOC_MASK;
            int n = 0;
            int j = i;
            boolean tooCommon = false;
            for (; j < sorted.length && (sorted[j] & ~DOC_MASK) == key; j++) {
                int doc = (int) (sorted[j] & DOC_MASK);
                if (n > 0 && docs[n - 1] == doc) continue;
                if (n == maxArticles) {
                    tooCommon = true;
                    continue;
                }
                docs[n++] = doc;
            }
            if (!tooCommon && n >= 2) group.accept(Arrays.copyOf(docs, n));
            i = j;
        }
    }
}
