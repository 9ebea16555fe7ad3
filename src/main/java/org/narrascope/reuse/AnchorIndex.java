package org.narrascope.reuse;

import java.util.Arrays;
import java.util.List;
import java.util.stream.IntStream;

/**
 * Candidates for translation and paraphrase: articles that share several consecutive pairs of
 * anchors (names, numbers, acronyms, folded across scripts and spellings). Word choice and language
 * do not matter to it; the order in which a story names things does.
 */
final class AnchorIndex {

    static final int MAX_ARTICLES_PER_KEY = 30;
    static final int MIN_SHARED_KEYS = 3;

    private AnchorIndex() {
    }

    static void addCandidates(List<ArticleProfile> profiles, CandidateSet out) {
        PostingGroups index = new PostingGroups();
        IntStream.range(0, profiles.size()).parallel().forEach(doc -> {
            long[] keys = keys(Anchors.sequence(profiles.get(doc).anchors));
            long[] batch = new long[keys.length];
            for (int i = 0; i < keys.length; i++) batch[i] = PostingGroups.entry(keys[i], doc);
            index.add(batch, batch.length);
        });
        // every co-occurrence of two articles under one key, as a packed pair; equal pairs are then counted in runs
        PairList pairs = new PairList();
        index.forEachGroup(MAX_ARTICLES_PER_KEY, docs -> {
            for (int i = 0; i < docs.length; i++) {
                for (int j = i + 1; j < docs.length; j++) pairs.add(PairSet.pack(docs[i], docs[j]));
            }
        });
        long[] sorted = pairs.sorted();
        for (int i = 0; i < sorted.length; ) {
            int j = i;
            while (j < sorted.length && sorted[j] == sorted[i]) j++;
            if (j - i >= MIN_SHARED_KEYS) out.add(PairSet.first(sorted[i]), PairSet.second(sorted[i]));
            i = j;
        }
    }

    /** Distinct hashes of consecutive anchor pairs (a repeated anchor is not paired with itself). */
    static long[] keys(List<String> sequence) {
        java.util.Set<Long> keys = new java.util.HashSet<>();
        for (int i = 0; i + 1 < sequence.size(); i++) {
            String a = sequence.get(i);
            String b = sequence.get(i + 1);
            if (a.equals(b)) continue;
            keys.add(Hashing.mix(Hashing.hash(a) * 31 + Hashing.hash(b)));
        }
        return keys.stream().mapToLong(Long::longValue).toArray();
    }

    /** Packed pairs in a growable primitive array: millions of them, without boxing. */
    private static final class PairList {
        private long[] pairs = new long[1024];
        private int size;

        void add(long pair) {
            if (size == pairs.length) pairs = Arrays.copyOf(pairs, size * 2);
            pairs[size++] = pair;
        }

        long[] sorted() {
            long[] out = Arrays.copyOf(pairs, size);
            Arrays.parallelSort(out);
            return out;
        }
    }
}
