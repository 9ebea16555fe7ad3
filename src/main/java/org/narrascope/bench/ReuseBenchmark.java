package org.narrascope.bench;

import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.narrascope.model.ReuseLink;
import org.narrascope.reuse.AllPairsBaseline;
import org.narrascope.reuse.ReuseDetector;

/**
 * Times reuse detection at growing corpus sizes, with the all-pairs baseline measured in the same
 * run where it finishes, and reports the growth exponent between sizes (1.0 is linear, 2.0 is
 * all pairs).
 */
public final class ReuseBenchmark {

    private ReuseBenchmark() {
    }

    public static void run(List<Integer> sizes, int baselineUpTo, boolean embeddings, long seed, PrintWriter out) {
        out.printf(Locale.ROOT, "Reuse detection on synthetic news-shaped articles (seed %d, embeddings %s, %d cores, max heap %d MB)%n",
                seed, embeddings ? "on" : "off", Runtime.getRuntime().availableProcessors(), Runtime.getRuntime().maxMemory() >> 20);
        out.printf(Locale.ROOT, "%9s %9s %11s %11s %8s %9s %10s %12s %9s%n", "articles", "seconds", "articles/s",
                "candidates", "links", "recall", "peak MB", "all-pairs s", "speed-up");
        out.flush();
        List<double[]> rows = new ArrayList<>();
        for (int n : sizes) {
            SyntheticCorpus.Corpus corpus = new SyntheticCorpus(seed).generate(n);
            System.gc();
            resetPeaks();
            long start = System.nanoTime();
            ReuseDetector.Result result = new ReuseDetector(embeddings).detect(corpus.articles());
            double seconds = (System.nanoTime() - start) / 1e9;
            long peak = peakHeapBytes();
            double recall = recall(corpus, result.links());
            double baseline = Double.NaN;
            if (n <= baselineUpTo) {
                long t = System.nanoTime();
                AllPairsBaseline.reusingPairs(corpus.articles());
                baseline = (System.nanoTime() - t) / 1e9;
            }
            rows.add(new double[] {n, seconds});
            out.printf(Locale.ROOT, "%9d %9.2f %11.0f %11d %8d %9.3f %10d %12s %9s%n", n, seconds, n / seconds,
                    result.candidates(), result.links().size(), recall, peak >> 20,
                    Double.isNaN(baseline) ? "skipped" : String.format(Locale.ROOT, "%.2f", baseline),
                    Double.isNaN(baseline) ? "-" : String.format(Locale.ROOT, "%.1fx", baseline / seconds));
            out.flush();
        }
        for (int i = 1; i < rows.size(); i++) {
            double[] a = rows.get(i - 1);
            double[] b = rows.get(i);
            out.printf(Locale.ROOT, "growth exponent %d -> %d: %.2f%n", (long) a[0], (long) b[0],
                    Math.log(b[1] / a[1]) / Math.log(b[0] / a[0]));
        }
        out.flush();
    }

    private static double recall(SyntheticCorpus.Corpus corpus, List<ReuseLink> links) {
        Set<String> found = new HashSet<>();
        for (ReuseLink l : links) found.add(l.a() + "|" + l.b());
        long hit = corpus.planted().stream()
                .filter(p -> found.contains(p.source() + "|" + p.copy()) || found.contains(p.copy() + "|" + p.source())).count();
        return corpus.planted().isEmpty() ? 1 : hit / (double) corpus.planted().size();
    }

    private static void resetPeaks() {
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) pool.resetPeakUsage();
        }
    }

    private static long peakHeapBytes() {
        long sum = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) sum += pool.getPeakUsage().getUsed();
        }
        return sum;
    }
}
