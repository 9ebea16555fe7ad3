package org.narrascope.eval;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.narrascope.framing.FramingClassifier;
import org.narrascope.framing.FramingExamples;
import org.narrascope.learn.Example;
import org.narrascope.learn.Folds;
import org.narrascope.learn.LinearModel;
import org.narrascope.semeval.FramingData;

/**
 * Entity framing on the SemEval-2025 Task 10 subtask-1 training data: the always-Antagonist
 * baseline (with the most frequent antagonist fine role), zero-shot, and the trained classifier by
 * k-fold cross-validation over articles. The task's metrics: exact match ratio of the fine-role
 * set (EMR) and main-role accuracy.
 */
public final class FramingEvaluation {

    private FramingEvaluation() {
    }

    public static void run(Path benchmarks, String language, int k, double lambda, PrintWriter out) throws IOException {
        List<String> rejected = new ArrayList<>();
        List<FramingData.Mention> mentions = FramingData.labelled(benchmarks.resolve("semeval2025-t10").resolve(language), rejected);
        out.printf("SemEval-2025 Task 10 subtask 1 (%s): %d mentions in %d articles%s%n", language, mentions.size(),
                mentions.stream().map(FramingData.Mention::article).distinct().count(),
                rejected.isEmpty() ? "" : " (" + rejected.size() + " rows whose span is not in the document left out)");
        long started = System.nanoTime();
        FramingClassifier zeroShot = FramingClassifier.zeroShot();
        List<FramingClassifier.Features> features = FramingExamples.features(zeroShot, mentions);
        List<Example> examples = FramingExamples.examples(mentions, features);

        String frequentFine = mentions.stream().filter(m -> m.mainRole().equals("Antagonist")).flatMap(m -> m.fineRoles().stream())
                .collect(Collectors.groupingBy(r -> r, Collectors.counting())).entrySet().stream()
                .max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse("");
        Tally baseline = new Tally();
        Tally zero = new Tally();
        Tally trained = new Tally();
        for (int i = 0; i < mentions.size(); i++) {
            baseline.add(mentions.get(i), new FramingClassifier.Role("Antagonist", List.of(frequentFine), 1, List.of()));
            zero.add(mentions.get(i), zeroShot.decide(features.get(i)));
        }
        int[] folds = Folds.assign(examples, k, 7);
        for (int f = 0; f < k; f++) {
            LinearModel model = FramingExamples.train(zeroShot, Folds.select(examples, folds, f, false), lambda, language, Map.of());
            FramingClassifier classifier = zeroShot.withModel(model);
            for (int i = 0; i < mentions.size(); i++) if (folds[i] == f) trained.add(mentions.get(i), classifier.decide(features.get(i)));
        }
        out.println();
        out.printf("%-50s %14s %8s%n", "", "main-role acc", "EMR");
        baseline.row(out, "baseline: always Antagonist, " + frequentFine);
        zero.row(out, "zero-shot (role descriptions + cues)");
        trained.row(out, "trained, " + k + "-fold cross-validation");
        out.printf("%ntotal %.1f s%n", (System.nanoTime() - started) / 1e9);
    }

    private static final class Tally {
        int n;
        int main;
        int exact;

        void add(FramingData.Mention gold, FramingClassifier.Role predicted) {
            n++;
            if (gold.mainRole().equals(predicted.main())) main++;
            if (new HashSet<>(gold.fineRoles()).equals(new HashSet<>(predicted.fine()))) exact++;
        }

        void row(PrintWriter out, String label) {
            out.printf(Locale.ROOT, "%-50s %14.3f %8.3f%n", label, main / (double) n, exact / (double) n);
        }
    }
}
