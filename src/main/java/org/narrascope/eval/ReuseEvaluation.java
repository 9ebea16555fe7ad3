package org.narrascope.eval;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.narrascope.eval.PlantedCorpus.GoldLink;
import org.narrascope.model.ReuseKind;
import org.narrascope.model.ReuseLink;
import org.narrascope.model.StoryFamily;
import org.narrascope.reuse.ReuseDetector;

/**
 * Scores the reuse stage on a planted corpus: links per kind (a predicted link counts for its kind
 * only when the planted pair has that kind), links of any kind, story families as pairs of
 * articles placed together, and recall for each way of planting.
 */
public final class ReuseEvaluation {

    private ReuseEvaluation() {
    }

    public static void run(PlantedCorpus.Corpus corpus, ReuseDetector detector, PrintWriter out) {
        long started = System.nanoTime();
        ReuseDetector.Result result = detector.detect(corpus.articles());
        double seconds = (System.nanoTime() - started) / 1e9;

        Map<String, GoldLink> gold = new HashMap<>();
        for (GoldLink g : corpus.links()) gold.put(key(g.original(), g.derived()), g);
        Map<String, ReuseLink> predicted = new HashMap<>();
        for (ReuseLink l : result.links()) predicted.put(key(l.a(), l.b()), l);

        out.printf("Planted corpus: %d articles, %d planted links; %d candidate pairs aligned in %.1f s.%n%n",
                corpus.articles().size(), gold.size(), result.candidates(), seconds);
        out.println(Score.header("links"));
        for (ReuseKind kind : ReuseKind.values()) {
            int tp = 0, pred = 0, g = 0;
            for (ReuseLink l : result.links()) {
                if (l.kind() != kind) continue;
                pred++;
                GoldLink match = gold.get(key(l.a(), l.b()));
                if (match != null && match.kind() == kind) tp++;
            }
            for (GoldLink gl : corpus.links()) if (gl.kind() == kind) g++;
            out.println(new Score(tp, pred, g).row(kind.label()));
        }
        int anyTp = (int) predicted.keySet().stream().filter(gold::containsKey).count();
        out.println(new Score(anyTp, predicted.size(), gold.size()).row("any kind (link found)"));
        out.println(familyScore(corpus, result.families()).row("story families (pairs placed together)"));

        out.println();
        out.println(String.format("%-60s %7s %7s", "recall by way of planting", "found", "kind ok"));
        Map<String, int[]> byWay = new LinkedHashMap<>();
        for (GoldLink g : corpus.links()) {
            int[] c = byWay.computeIfAbsent(g.way(), w -> new int[3]);
            c[0]++;
            ReuseLink l = predicted.get(key(g.original(), g.derived()));
            if (l != null) c[1]++;
            if (l != null && l.kind() == g.kind()) c[2]++;
        }
        byWay.forEach((way, c) -> out.println(String.format("%-60s %7.3f %7.3f", way + " (" + c[0] + ")", c[1] / (double) c[0], c[2] / (double) c[0])));

        out.println();
        out.println("kind confusion (planted -> predicted):");
        Map<String, Integer> confusion = new TreeMap<>();
        for (GoldLink g : corpus.links()) {
            ReuseLink l = predicted.get(key(g.original(), g.derived()));
            confusion.merge(g.kind().label() + " -> " + (l == null ? "none" : l.kind().label()), 1, Integer::sum);
        }
        for (ReuseLink l : result.links()) {
            if (!gold.containsKey(key(l.a(), l.b()))) confusion.merge("none -> " + l.kind().label(), 1, Integer::sum);
        }
        confusion.forEach((k, v) -> out.printf("  %-32s %d%n", k, v));
        List<String> falsePositives = new ArrayList<>();
        for (ReuseLink l : result.links()) {
            if (!gold.containsKey(key(l.a(), l.b()))) falsePositives.add(l.a() + " ~ " + l.b() + " " + l.kind().label() + " " + l.score());
        }
        if (!falsePositives.isEmpty()) {
            out.println();
            out.println("unplanted links (first 15):");
            falsePositives.stream().limit(15).forEach(f -> out.println("  " + f));
        }
        out.flush();
    }

    /** Pair-counting precision and recall of families: two articles together in both, or not. */
    static Score familyScore(PlantedCorpus.Corpus corpus, List<StoryFamily> families) {
        Set<String> goldPairs = new HashSet<>();
        for (GoldLink g : corpus.links()) goldPairs.add(key(g.original(), g.derived()));
        Set<String> predictedPairs = new HashSet<>();
        for (StoryFamily f : families) {
            List<String> ids = f.articles();
            for (int i = 0; i < ids.size(); i++) for (int j = i + 1; j < ids.size(); j++) predictedPairs.add(key(ids.get(i), ids.get(j)));
        }
        int tp = (int) predictedPairs.stream().filter(goldPairs::contains).count();
        return new Score(tp, predictedPairs.size(), goldPairs.size());
    }

    static String key(String a, String b) {
        return a.compareTo(b) < 0 ? a + "\u0000" + b : b + "\u0000" + a;
    }
}
