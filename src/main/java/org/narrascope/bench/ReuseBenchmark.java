package org.narrascope.bench;

import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
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
        out.printf(Locale.ROOT, "%9s %9s %11s %11s %8s %9s %10s %14s %9s%n", "articles", "seconds", "articles/s",
                "candidates", "links", "recall", "peak MB", "all-pairs s", "speed-up");
        out.flush();
        List<double[]> rows = new ArrayList<>();
        double[] lastBaseline = null;
        for (int n : sizes) {
            SyntheticCorpus.Corpus corpus = new SyntheticCorpus(seed).generate(n);
            System.gc();
            HeapSampler sampler = HeapSampler.start();
            long start = System.nanoTime();
            ReuseDetector.Result result = new ReuseDetector(embeddings).detect(corpus.articles());
            double seconds = (System.nanoTime() - start) / 1e9;
            long peak = sampler.stop();
            double recall = recall(corpus, result.links());
            double baseline = Double.NaN;
            if (n <= baselineUpTo) {
                long t = System.nanoTime();
                AllPairsBaseline.reusingPairs(corpus.articles());
                baseline = (System.nanoTime() - t) / 1e9;
                lastBaseline = new double[] {n, baseline};
            }
            rows.add(new double[] {n, seconds});
            out.printf(Locale.ROOT, "%9d %9.2f %11.0f %11d %8d %9.3f %10d %14s %9s%n", n, seconds, n / seconds,
                    result.candidates(), result.links().size(), recall, peak >> 20,
                    Double.isNaN(baseline) ? estimate(lastBaseline, n) : String.format(Locale.ROOT, "%.2f", baseline),
                    Double.isNaN(baseline) ? "-" : String.format(Locale.ROOT, "%.1fx", baseline / seconds));
            out.flush();
        }
        GrowthExponents.print(rows, out);
        out.flush();
    }

    private static double recall(SyntheticCorpus.Corpus corpus, List<ReuseLink> links) {
        Set<String> found = new HashSet<>();
        for (ReuseLink l : links) found.add(l.a() + "|" + l.b());
        long hit = corpus.planted().stream()
                .filter(p -> found.contains(p.source() + "|" + p.copy()) || found.contains(p.copy() + "|" + p.source())).count();
        return corpus.planted().isEmpty() ? 1 : hit / (double) corpus.planted().size();
    }

    /** The all-pairs time a size would take, extrapolated quadratically from the largest size measured. */
    private static String estimate(double[] measured, int n) {
        if (measured == null) return "skipped";
        return String.format(Locale.ROOT, "~%.0f (est.)", measured[1] * Math.pow(n / measured[0], 2));
    }

    /** Peak heap in use during a run, sampled every 20 ms (garbage not yet collected included). */
    private static final class HeapSampler implements Runnable {
        private final java.lang.management.MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        private volatile boolean running = true;
        private volatile long peak;
        private Thread thread;

        static HeapSampler start() {
            HeapSampler s = new HeapSampler();
            s.thread = new Thread(s, "heap-sampler");
            s.thread.setDaemon(true);
            s.thread.start();
            return s;
        }

        @Override
        public void run() {
            while (running) {
                peak = Math.max(peak, memory.getHeapMemoryUsage().getUsed());
                try {
                    Thread.sleep(20);
                } catch (InterruptedException e) {
                    return;
                }
            }
        }

        long stop() {
            running = false;
            try {
                thread.join();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return Math.max(peak, memory.getHeapMemoryUsage().getUsed());
        }
    }
}
