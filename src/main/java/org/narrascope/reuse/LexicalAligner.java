package org.narrascope.reuse;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Seed-and-extend alignment of shared wording, as text-reuse tools for newspaper archives do: exact
 * matches of content-word trigrams are the seeds, seeds on one diagonal grow into runs, and runs
 * that follow each other in both texts with small gaps (edits, dropped words) join into passages.
 */
final class LexicalAligner {

    static final int SEED = 3;
    /** Runs shorter than this many content words are chance, not reuse. */
    static final int MIN_RUN_WORDS = 4;
    /** Largest edit gap, in content words on either side, that a passage bridges. */
    static final int MAX_GAP = 15;
    static final int MIN_PASSAGE_WORDS = 6;
    /** A seed repeated this often inside one article is a refrain, not an anchor for alignment. */
    private static final int MAX_SEED_REPEATS = 4;

    /** Aligned stretches in content-word positions [aFrom, aTo) and [bFrom, bTo). */
    record Stretch(int aFrom, int aTo, int bFrom, int bTo, int matchedA, int matchedB) {
        double score() {
            return (matchedA + matchedB) / (double) ((aTo - aFrom) + (bTo - bFrom));
        }
    }

    private record Run(int a, int b, int words) {
    }

    private LexicalAligner() {
    }

    static List<Stretch> align(ArticleProfile a, ArticleProfile b) {
        List<Run> runs = withoutEchoes(runs(a.contentHashes, b.contentHashes));
        runs.sort(Comparator.comparingInt(Run::b).thenComparingInt(Run::a));
        List<Stretch> out = new ArrayList<>();
        BitSet coveredA = new BitSet();
        BitSet coveredB = new BitSet();
        int aFrom = -1, aTo = 0, bFrom = 0, bTo = 0;
        for (Run r : runs) {
            boolean continues = aFrom >= 0 && r.a() >= aFrom && r.a() - aTo <= MAX_GAP && r.b() - bTo <= MAX_GAP
                    && r.a() + r.words() > aTo - MAX_GAP;
            if (!continues) {
                if (aFrom >= 0) close(out, aFrom, aTo, bFrom, bTo, coveredA, coveredB);
                aFrom = r.a();
                aTo = r.a();
                bFrom = r.b();
                bTo = r.b();
                coveredA.clear();
                coveredB.clear();
            }
            aTo = Math.max(aTo, r.a() + r.words());
            bTo = Math.max(bTo, r.b() + r.words());
            coveredA.set(r.a(), r.a() + r.words());
            coveredB.set(r.b(), r.b() + r.words());
        }
        if (aFrom >= 0) close(out, aFrom, aTo, bFrom, bTo, coveredA, coveredB);
        return out;
    }

    /**
     * Keeps each stretch of either text in one run: a phrase that an article repeats matches itself
     * elsewhere too, and those echoes are dropped, longest runs first.
     */
    private static List<Run> withoutEchoes(List<Run> runs) {
        List<Run> bySize = new ArrayList<>(runs);
        bySize.sort(Comparator.comparingInt(Run::words).reversed());
        BitSet usedA = new BitSet();
        BitSet usedB = new BitSet();
        List<Run> kept = new ArrayList<>();
        for (Run r : bySize) {
            if (overlaps(usedA, r.a(), r.a() + r.words()) || overlaps(usedB, r.b(), r.b() + r.words())) continue;
            usedA.set(r.a(), r.a() + r.words());
            usedB.set(r.b(), r.b() + r.words());
            kept.add(r);
        }
        return kept;
    }

    /** More than a third of [from, to) already belongs to a kept passage. */
    private static boolean overlaps(BitSet used, int from, int to) {
        return used.get(from, to).cardinality() * 3 > (to - from);
    }

    private static void close(List<Stretch> out, int aFrom, int aTo, int bFrom, int bTo, BitSet coveredA, BitSet coveredB) {
        int matchedA = coveredA.cardinality();
        int matchedB = coveredB.cardinality();
        if (Math.min(matchedA, matchedB) >= MIN_PASSAGE_WORDS) out.add(new Stretch(aFrom, aTo, bFrom, bTo, matchedA, matchedB));
    }

    /** Maximal diagonal runs of matching seeds, as (position in a, position in b, words covered). */
    private static List<Run> runs(long[] a, long[] b) {
        Map<Long, List<Integer>> seedsA = new HashMap<>();
        for (int i = 0; i + SEED <= a.length; i++) seedsA.computeIfAbsent(seed(a, i), k -> new ArrayList<>(1)).add(i);
        Map<Integer, int[]> open = new HashMap<>(); // diagonal -> {aStart, bStart, lastA}
        List<Run> runs = new ArrayList<>();
        for (int j = 0; j + SEED <= b.length; j++) {
            List<Integer> hits = seedsA.get(seed(b, j));
            if (hits == null || hits.size() > MAX_SEED_REPEATS) continue;
            for (int i : hits) {
                int diagonal = i - j;
                int[] run = open.get(diagonal);
                if (run != null && run[2] == i - 1) {
                    run[2] = i;
                } else {
                    if (run != null) addRun(runs, run);
                    open.put(diagonal, new int[] {i, j, i});
                }
            }
        }
        open.values().forEach(run -> addRun(runs, run));
        return runs;
    }

    private static void addRun(List<Run> runs, int[] run) {
        int words = run[2] - run[0] + SEED;
        if (words >= MIN_RUN_WORDS) runs.add(new Run(run[0], run[1], words));
    }

    private static long seed(long[] hashes, int at) {
        long h = 0;
        for (int k = 0; k < SEED; k++) h = Hashing.mix(h * 31 + hashes[at + k]);
        return h;
    }

    /**
     * Share of the words (all words, not only content words) in the two stretches that sit inside an
     * identical word trigram on the other side: 1.0 for a verbatim copy, lower with each edit.
     */
    static double identity(ArticleProfile a, int aFromToken, int aToToken, ArticleProfile b, int bFromToken, int bToToken) {
        Set<Long> gramsA = trigrams(a.tokens, aFromToken, aToToken);
        Set<Long> gramsB = trigrams(b.tokens, bFromToken, bToToken);
        int covered = coveredWords(b.tokens, bFromToken, bToToken, gramsA) + coveredWords(a.tokens, aFromToken, aToToken, gramsB);
        int total = (aToToken - aFromToken) + (bToToken - bFromToken);
        return total == 0 ? 0 : covered / (double) total;
    }

    private static Set<Long> trigrams(Tokens t, int from, int to) {
        Set<Long> grams = new HashSet<>();
        for (int i = from; i + 3 <= to; i++) grams.add(trigram(t, i));
        return grams;
    }

    private static int coveredWords(Tokens t, int from, int to, Set<Long> other) {
        BitSet covered = new BitSet();
        for (int i = from; i + 3 <= to; i++) if (other.contains(trigram(t, i))) covered.set(i, i + 3);
        return covered.cardinality();
    }

    private static long trigram(Tokens t, int i) {
        return Hashing.mix(Hashing.mix(t.word[i] * 31 + t.word[i + 1]) * 31 + t.word[i + 2]);
    }
}
