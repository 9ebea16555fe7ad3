package org.narrascope.reuse;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Monotone sentence alignment for paraphrases and translations: a similarity matrix over sentence
 * pairs (embeddings for English pairs, shared content words within a language, shared anchors in
 * any language), then dynamic programming for the order-preserving matching of greatest total
 * similarity. Matched sentences close to each other form passages.
 */
final class SentenceAligner {

    /** Pairs below this similarity are never matched. */
    static final double MIN_SIMILARITY = 0.45;
    /** Matched sentences at most this many sentences apart on both sides belong to one passage. */
    static final int MAX_SENTENCE_GAP = 4;
    /**
     * Only an article's first sentences are aligned: a book-length text would otherwise cost a
     * similarity matrix (and embeddings) in proportion to its length squared.
     */
    static final int MAX_ALIGNED_SENTENCES = 400;
    /** Cosine of unrelated sentences on the same topic stays below this; paraphrases rise well above. */
    static final double COSINE_FLOOR = 0.62;
    /** Within one language, shared names alone are weaker evidence than shared meaning or wording. */
    static final double SAME_LANGUAGE_ANCHOR_WEIGHT = 0.8;

    /** Matched sentences aFrom..aTo in a and bFrom..bTo in b (inclusive), with their mean similarity. */
    record Stretch(int aFrom, int aTo, int bFrom, int bTo, double score, int pairs) {
    }

    private final SentenceEncoder encoder;

    SentenceAligner(SentenceEncoder encoder) {
        this.encoder = encoder;
    }

    List<Stretch> align(ArticleProfile a, ArticleProfile b) {
        double[][] sim = similarities(a, b);
        int n = sim.length;
        int m = n == 0 ? 0 : sim[0].length;
        double[][] best = new double[n + 1][m + 1];
        for (int i = 1; i <= n; i++) {
            for (int j = 1; j <= m; j++) {
                double skip = Math.max(best[i - 1][j], best[i][j - 1]);
                double s = sim[i - 1][j - 1];
                best[i][j] = s >= MIN_SIMILARITY ? Math.max(skip, best[i - 1][j - 1] + s) : skip;
            }
        }
        List<int[]> pairs = new ArrayList<>();
        for (int i = n, j = m; i > 0 && j > 0; ) {
            double s = sim[i - 1][j - 1];
            if (s >= MIN_SIMILARITY && best[i][j] == best[i - 1][j - 1] + s) {
                pairs.add(0, new int[] {i - 1, j - 1});
                i--;
                j--;
            } else if (best[i][j] == best[i - 1][j]) {
                i--;
            } else {
                j--;
            }
        }
        fillImpliedPairs(pairs, sim);
        List<Stretch> out = new ArrayList<>();
        int start = 0;
        for (int k = 1; k <= pairs.size(); k++) {
            boolean breaks = k == pairs.size() || !continues(pairs.get(k - 1), pairs.get(k));
            if (breaks) {
                double total = 0;
                for (int q = start; q < k; q++) total += sim[pairs.get(q)[0]][pairs.get(q)[1]];
                out.add(new Stretch(pairs.get(start)[0], pairs.get(k - 1)[0], pairs.get(start)[1], pairs.get(k - 1)[1],
                        total / (k - start), k - start));
                start = k;
            }
        }
        return out;
    }

    /**
     * The next matched pair continues a passage when the sentences skipped on each side are few and
     * about as many: the skipped ones are most likely rendered too, in words that did not match.
     */
    private static boolean continues(int[] previous, int[] next) {
        int gapA = next[0] - previous[0];
        int gapB = next[1] - previous[1];
        return gapA <= MAX_SENTENCE_GAP && gapB <= MAX_SENTENCE_GAP && Math.abs(gapA - gapB) <= 1;
    }

    /**
     * Between two matched pairs with the same small gap on both sides, the sentences in the gap are
     * aligned too (a sentence with no name or number in a translation has nothing to match on).
     */
    private static void fillImpliedPairs(List<int[]> pairs, double[][] sim) {
        for (int k = pairs.size() - 1; k > 0; k--) {
            int[] prev = pairs.get(k - 1);
            int[] next = pairs.get(k);
            int gap = next[0] - prev[0];
            if (gap > 1 && gap == next[1] - prev[1] && gap <= MAX_SENTENCE_GAP) {
                for (int g = gap - 1; g >= 1; g--) pairs.add(k, new int[] {prev[0] + g, prev[1] + g});
            }
        }
    }

    double[][] similarities(ArticleProfile a, ArticleProfile b) {
        boolean sameLanguage = a.language().equals(b.language());
        boolean embed = SentenceEncoder.supports(a) && SentenceEncoder.supports(b) && encoder != null;
        float[][] va = embed ? encoder.sentences(a) : null;
        float[][] vb = embed ? encoder.sentences(b) : null;
        List<Set<String>> anchorsA = anchorsPerSentence(a);
        List<Set<String>> anchorsB = anchorsPerSentence(b);
        List<Set<Long>> wordsA = sameLanguage ? wordsPerSentence(a) : null;
        List<Set<Long>> wordsB = sameLanguage ? wordsPerSentence(b) : null;
        double[][] sim = new double[aligned(a)][aligned(b)];
        for (int i = 0; i < sim.length; i++) {
            for (int j = 0; j < sim[i].length; j++) {
                double s = anchorSimilarity(anchorsA.get(i), anchorsB.get(j));
                if (sameLanguage) s = Math.max(s * SAME_LANGUAGE_ANCHOR_WEIGHT, dice(wordsA.get(i), wordsB.get(j)));
                if (embed) s = Math.max(s, (SentenceEncoder.cosine(va[i], vb[j]) - COSINE_FLOOR) / (1 - COSINE_FLOOR));
                if (!sameLanguage) s *= lengthAgreement(a, i, b, j);
                sim[i][j] = Math.min(1, s);
            }
        }
        return sim;
    }

    static int aligned(ArticleProfile p) {
        return Math.min(p.sentences(), MAX_ALIGNED_SENTENCES);
    }

    /** A sentence and its translation have comparable lengths; very different lengths halve the similarity. */
    private static double lengthAgreement(ArticleProfile a, int i, ArticleProfile b, int j) {
        double la = a.sentenceEndChar(i) - a.sentenceStartChar(i);
        double lb = b.sentenceEndChar(j) - b.sentenceStartChar(j);
        double ratio = Math.max(la, lb) / Math.max(1, Math.min(la, lb));
        return ratio <= 2 ? 1 : 0.5;
    }

    /** Dice over shared anchors, discounted when fewer than two are shared: one name in common proves little. */
    static double anchorSimilarity(Set<String> a, Set<String> b) {
        if (a.isEmpty() || b.isEmpty()) return 0;
        int shared = 0;
        for (String x : a) if (b.contains(x)) shared++;
        return 2.0 * shared / (a.size() + b.size()) * Math.min(1, shared / 2.0);
    }

    private static <T> double dice(Set<T> a, Set<T> b) {
        if (a.isEmpty() || b.isEmpty()) return 0;
        int shared = 0;
        for (T x : a) if (b.contains(x)) shared++;
        return 2.0 * shared / (a.size() + b.size());
    }

    private static List<Set<String>> anchorsPerSentence(ArticleProfile p) {
        List<Set<String>> out = new ArrayList<>();
        for (int s = 0; s < aligned(p); s++) {
            Set<String> set = new HashSet<>();
            for (int t = p.sentenceTokens[s]; t < p.sentenceTokens[s + 1]; t++) if (p.anchors[t] != null) set.add(p.anchors[t]);
            out.add(set);
        }
        return out;
    }

    private static List<Set<Long>> wordsPerSentence(ArticleProfile p) {
        List<Set<Long>> out = new ArrayList<>();
        int c = 0;
        for (int s = 0; s < aligned(p); s++) {
            Set<Long> set = new HashSet<>();
            int to = p.sentenceTokens[s + 1];
            while (c < p.content.length && p.content[c] < p.sentenceTokens[s]) c++;
            for (int k = c; k < p.content.length && p.content[k] < to; k++) set.add(p.contentHashes[k]);
            out.add(set);
        }
        return out;
    }
}
