package org.narrascope.reuse;

import java.util.Arrays;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.IntStream;
import org.narrascope.model.Article;

/**
 * The brute-force way to find lexical reuse, kept as the baseline that benchmarks measure candidate
 * search against: compare the shingle sets of every pair of articles.
 */
public final class AllPairsBaseline {

    /** Share of the smaller shingle set found in the other that counts as reuse. */
    public static final double MIN_CONTAINMENT = 0.3;

    private AllPairsBaseline() {
    }

    /** Number of pairs whose shingle containment reaches {@link #MIN_CONTAINMENT}. */
    public static long reusingPairs(List<Article> articles) {
        long[][] sets = articles.parallelStream().map(a -> {
            ArticleProfile p = new ArticleProfile(a);
            long[] s = p.shingles(0, p.content.length);
            Arrays.sort(s);
            return Arrays.stream(s).distinct().toArray();
        }).toArray(long[][]::new);
        AtomicLong found = new AtomicLong();
        IntStream.range(0, sets.length).parallel().forEach(i -> {
            for (int j = i + 1; j < sets.length; j++) {
                int small = Math.min(sets[i].length, sets[j].length);
                if (small > 0 && shared(sets[i], sets[j]) >= MIN_CONTAINMENT * small) found.incrementAndGet();
            }
        });
        return found.get();
    }

    private static int shared(long[] a, long[] b) {
        int i = 0, j = 0, n = 0;
        while (i < a.length && j < b.length) {
            if (a[i] < b[j]) i++;
            else if (a[i] > b[j]) j++;
            else {
                n++;
                i++;
                j++;
            }
        }
        return n;
    }
}
