package org.narrascope.reuse;

/** Packing of unordered pairs of article indexes into longs, the currency of candidate search. */
final class PairSet {

    private PairSet() {
    }

    static long pack(int a, int b) {
        int lo = Math.min(a, b);
        int hi = Math.max(a, b);
        return ((long) lo << 32) | (hi & 0xffffffffL);
    }

    static int first(long pair) {
        return (int) (pair >>> 32);
    }

    static int second(long pair) {
        return (int) pair;
    }
}
