package org.narrascope.eval;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.narrascope.learn.Example;
import org.narrascope.learn.Folds;
import org.narrascope.learn.LinearModel;
import org.narrascope.narratives.NarrativeClassifier;
import org.narrascope.narratives.NarrativeExamples;
import org.narrascope.narratives.Taxonomy;
import org.narrascope.semeval.NarrativeData;

/**
 * Narratives per article on the SemEval-2025 Task 10 subtask-2 training data: the always-"Other"
 * baseline, zero-shot classification, and the trained classifier by k-fold cross-validation over
 * articles. The task's metric is samples-averaged F1, at the narrative and subnarrative level.
 */
public final class NarrativeEvaluation {

    private NarrativeEvaluation() {
    }

    public static void run(Path benchmarks, String language, int k, double lambda, PrintWriter out) throws IOException {
        List<NarrativeData.Document> documents = NarrativeData.labelled(benchmarks.resolve("semeval2025-t10").resolve(language));
        out.printf("SemEval-2025 Task 10 subtask 2 (%s): %d articles, %d labelled Other%n", language, documents.size(),
                documents.stream().filter(d -> d.narratives().contains(Taxonomy.OTHER)).count());
        long started = System.nanoTime();
        NarrativeClassifier zeroShot = NarrativeClassifier.zeroShot(Taxonomy.shipped());
        List<NarrativeClassifier.Document> features = NarrativeExamples.features(zeroShot, documents);
        List<Example> examples = NarrativeExamples.examples(documents, features);
        out.printf("features: %.1f s%n", (System.nanoTime() - started) / 1e9);

        LabelSetScore[] baseline = {new LabelSetScore(), new LabelSetScore()};
        LabelSetScore[] zero = {new LabelSetScore(), new LabelSetScore()};
        LabelSetScore[] trained = {new LabelSetScore(), new LabelSetScore()};
        for (int i = 0; i < documents.size(); i++) {
            add(baseline, documents.get(i), List.of());
            add(zero, documents.get(i), zeroShot.decide(features.get(i)));
        }
        int[] folds = Folds.assign(examples, k, 7);
        for (int f = 0; f < k; f++) {
            LinearModel model = NarrativeExamples.train(zeroShot, Folds.select(examples, folds, f, false), lambda, language, Map.of());
            NarrativeClassifier classifier = zeroShot.withModel(model);
            for (int i = 0; i < documents.size(); i++) if (folds[i] == f) add(trained, documents.get(i), classifier.decide(features.get(i)));
        }
        out.println();
        out.printf("%-44s %12s %15s%n", "samples-F1", "narratives", "subnarratives");
        row(out, "baseline: always Other", baseline);
        row(out, "zero-shot (descriptions and examples)", zero);
        row(out, "trained, " + k + "-fold cross-validation", trained);
        out.println();
        trained[0].printPerLabel(out, "trained, per narrative");
        out.printf("%ntotal %.1f s%n", (System.nanoTime() - started) / 1e9);
    }

    private static void add(LabelSetScore[] score, NarrativeData.Document d, List<NarrativeClassifier.Found> found) {
        score[0].add(d.narratives(), NarrativeExamples.narratives(found));
        score[1].add(d.subnarratives(), NarrativeExamples.subnarratives(found));
    }

    private static void row(PrintWriter out, String label, LabelSetScore[] s) {
        out.printf(Locale.ROOT, "%-44s %12.3f %15.3f%n", label, s[0].samplesF1(), s[1].samplesF1());
    }
}
