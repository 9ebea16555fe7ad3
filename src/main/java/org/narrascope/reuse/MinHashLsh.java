package org.narrascope.reuse;

import java.util.List;
import java.util.stream.IntStream;

/**
 * Candidates for lexical reuse: MinHash signatures of content-word shingles, banded for
 * locality-sensitive hashing. Signatures are taken over overlapping windows of each article rather
 * than the whole text, so a trimmed copy or a copied passage inside a longer article collides with
 * its source as surely as a full copy does.
 */
final class MinHashLsh {

    static final int BANDS = 16;
    static final int ROWS = 4;
    static final int WINDOW = 40;
    static final int STEP = 20;
    /** A band bucket shared by more articles than this is a stock phrase, not reuse. */
    static final int MAX_BUCKET = 40;

    private static final long[] SEEDS = IntStream.range(0, BANDS * ROWS)
            .mapToLong(i -> Hashing.mix(0x9E3779B97F4A7C15L * (i + 1))).toArray();

    private MinHashLsh() {
    }

    static void addCandidates(List<ArticleProfile> profiles, CandidateSet out) {
        PostingGroups buckets = new PostingGroups();
        IntStream.range(0, profiles.size()).parallel().forEach(doc -> {
            ArticleProfile p = profiles.get(doc);
            int words = p.content.length;
            if (words < ArticleProfile.SHINGLE + 2) return;
            int windows = Math.max(1, (words - WINDOW + STEP - 1) / STEP + 1);
            long[] batch = new long[windows * BANDS];
            int n = 0;
            for (int w = 0; w < windows; w++) {
                int from = Math.min(w * STEP, Math.max(0, words - WINDOW));
                long[] signature = signature(p.shingles(from, Math.min(words, from + WINDOW)));
                if (signature == null) continue;
                for (int band = 0; band < BANDS; band++) {
                    long key = band;
                    for (int r = 0; r < ROWS; r++) key = Hashing.mix(key * 31 + signature[band * ROWS + r]);
                    batch[n++] = PostingGroups.entry(key, doc);
                }
            }
            buckets.add(batch, n);
        });
        buckets.forEachGroup(MAX_BUCKET, docs -> {
            for (int i = 0; i < docs.length; i++) {
                for (int j = i + 1; j < docs.length; j++) out.add(docs[i], docs[j]);
            }
        });
    }

    static long[] signature(long[] shingles) {
        if (shingles.length == 0) return null;
        long[] sig = new long[SEEDS.length];
        java.util.Arrays.fill(sig, Long.MAX_VALUE);
        for (long s : shingles) {
            for (int k = 0; k < SEEDS.length; k++) {
                long h = Hashing.mix(s ^ SEEDS[k]);
                if (h < sig[k]) sig[k] = h;
            }
        }
        return sig;
    }
}
