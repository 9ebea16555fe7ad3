package org.narrascope.reuse;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/** Pairs of articles worth aligning, packed as longs; the searches add to it from several threads. */
final class CandidateSet {

    private final Set<Long> pairs = ConcurrentHashMap.newKeySet();

    void add(int a, int b) {
        if (a != b) pairs.add(PairSet.pack(a, b));
    }

    Set<Long> pairs() {
        return pairs;
    }

    int size() {
        return pairs.size();
    }
}
