package org.narrascope.reuse;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
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
        Map<Long, Integer> shared = new HashMap<>();
        index.forEachGroup(MAX_ARTICLES_PER_KEY, docs -> {
            for (int i = 0; i < docs.length; i++) {
                for (int j = i + 1; j < docs.length; j++) shared.merge(PairSet.pack(docs[i], docs[j]), 1, Integer::sum);
            }
        });
        shared.forEach((pair, count) -> {
            if (count >= MIN_SHARED_KEYS) out.add(PairSet.first(pair), PairSet.second(pair));
        });
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
}
