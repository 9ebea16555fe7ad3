package org.narrascope.eval;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.narrascope.learn.Example;
import org.narrascope.learn.Folds;
import org.narrascope.learn.LinearModel;
import org.narrascope.semeval.TechniqueData;
import org.narrascope.techniques.TechniqueDetector;
import org.narrascope.techniques.TechniqueExamples;

/**
 * Persuasion techniques per paragraph on the SemEval-2023 Task 3 training data: the most-frequent-
 * technique baseline, the zero-shot detector, and the trained detector by k-fold cross-validation
 * over articles. The task's metric is micro-F1 over (paragraph, technique) pairs.
 */
public final class TechniqueEvaluation {

    private TechniqueEvaluation() {
    }

    public static void run(Path benchmarks, String language, int k, double lambda, PrintWriter out) throws IOException {
        Path dir = benchmarks.resolve("semeval2023-t3").resolve(language);
        List<TechniqueData.Paragraph> paragraphs = TechniqueData.labelled(dir);
        out.printf("SemEval-2023 Task 3 subtask 3 (%s): %d paragraphs of %d articles, %d technique labels%n", language,
                paragraphs.size(), paragraphs.stream().map(TechniqueData.Paragraph::article).distinct().count(),
                paragraphs.stream().mapToInt(p -> p.techniques().size()).sum());
        long started = System.nanoTime();
        TechniqueDetector zeroShot = TechniqueDetector.zeroShot();
        List<TechniqueDetector.Paragraph> features = TechniqueExamples.features(zeroShot, paragraphs);
        List<Example> examples = TechniqueExamples.examples(paragraphs, features);
        out.printf("features: %.1f s%n", (System.nanoTime() - started) / 1e9);

        String frequent = mostFrequent(paragraphs);
        LabelSetScore baseline = new LabelSetScore();
        for (TechniqueData.Paragraph p : paragraphs) baseline.add(p.techniques(), Set.of(frequent));

        LabelSetScore zero = new LabelSetScore();
        for (int i = 0; i < paragraphs.size(); i++) zero.add(paragraphs.get(i).techniques(), names(zeroShot.decide(features.get(i))));

        LabelSetScore trained = new LabelSetScore();
        int[] folds = Folds.assign(examples, k, 7);
        for (int f = 0; f < k; f++) {
            LinearModel model = TechniqueExamples.train(zeroShot, Folds.select(examples, folds, f, false), lambda, language, Map.of());
            for (int j = 0; j < examples.size(); j++) {
                if (folds[j] == f) trained.add(examples.get(j).labels(), new LinkedHashSet<>(model.predict(examples.get(j).features())));
            }
        }
        out.println();
        out.printf("%-44s %8s %8s %8s%n", "micro-F1 over (paragraph, technique)", "P", "R", "F1");
        row(out, "baseline: always " + frequent, baseline);
        row(out, "zero-shot (descriptions + cues)", zero);
        row(out, "trained, " + k + "-fold cross-validation", trained);
        out.println();
        trained.printPerLabel(out, "trained, per technique");
        out.printf("%ntotal %.1f s%n", (System.nanoTime() - started) / 1e9);
    }

    static void row(PrintWriter out, String label, LabelSetScore s) {
        Score m = s.micro();
        out.printf(java.util.Locale.ROOT, "%-44s %8.3f %8.3f %8.3f%n", label, m.precision(), m.recall(), m.f1());
    }

    private static Set<String> names(List<TechniqueDetector.Scored> scored) {
        return scored.stream().map(TechniqueDetector.Scored::technique).collect(Collectors.toCollection(LinkedHashSet::new));
    }

    private static String mostFrequent(List<TechniqueData.Paragraph> paragraphs) {
        Map<String, Long> counts = paragraphs.stream().flatMap(p -> p.techniques().stream())
                .collect(Collectors.groupingBy(t -> t, Collectors.counting()));
        return counts.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse("none");
    }
}
