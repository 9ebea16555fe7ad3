package org.narrascope.reuse;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/** Pairs of articles worth aligning, with the searches that proposed each. */
final class CandidateSet {

    enum Source { MINHASH, ANCHORS, EMBEDDINGS }

    private final Map<Long, Set<Source>> pairs = new ConcurrentHashMap<>();

    void add(int a, int b, Source source) {
        if (a == b) return;
        pairs.computeIfAbsent(PairSet.pack(a, b), k -> java.util.Collections.synchronizedSet(EnumSet.noneOf(Source.class)))
                .add(source);
    }

    Map<Long, Set<Source>> pairs() {
        return pairs;
    }

    int size() {
        return pairs.size();
    }
}
