package org.narrascope.learn;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.DoubleUnaryOperator;
import java.util.stream.IntStream;
import smile.classification.LogisticRegression;
import smile.classification.SparseLogisticRegression;
import smile.data.SampleInstance;
import smile.data.SparseDataset;
import smile.util.SparseArray;

/**
 * Trains one L2-regularised logistic regression per label (Smile) and picks each label's decision
 * threshold where it maximises that label's F1 on out-of-fold predictions (4 folds over articles);
 * the final weights are then fitted on all the data.
 */
public final class OneVsRest {

    /** Labels with fewer examples are not learnt: their weights would only memorise. */
    static final int MIN_POSITIVES = 3;
    private static final int VALIDATION_FOLDS = 4;

    private OneVsRest() {
    }

    public static LinearModel fit(String task, String language, FeatureSpace space, List<Example> examples,
                                  List<String> labels, double lambda, long seed, Map<String, String> about) {
        int[] folds = Folds.assign(examples, VALIDATION_FOLDS, seed);
        LabelWeights[] out = new LabelWeights[labels.size()];
        IntStream.range(0, labels.size()).parallel().forEach(i -> {
            String label = labels.get(i);
            if (positives(examples, label) < MIN_POSITIVES) return;
            // out-of-fold probabilities for every example: each is predicted by a model that did not see its article
            double[] heldOut = new double[examples.size()];
            for (int f = 0; f < VALIDATION_FOLDS; f++) {
                List<Example> fitPart = Folds.select(examples, folds, f, false);
                LabelWeights probe = fitLabel(space, fitPart, label, lambda, 0.5);
                for (int j = 0; j < examples.size(); j++) if (folds[j] == f) heldOut[j] = probe.probability(examples.get(j).features());
            }
            out[i] = fitLabel(space, examples, label, lambda, bestThreshold(heldOut, examples, label));
        });
        List<LabelWeights> trained = new ArrayList<>();
        for (LabelWeights w : out) if (w != null) trained.add(w);
        Map<String, String> info = new LinkedHashMap<>(about);
        info.put("examples", String.valueOf(examples.size()));
        info.put("lambda", String.valueOf(lambda));
        return new LinearModel(task, language, space, info, trained);
    }

    static long positives(List<Example> examples, String label) {
        return examples.stream().filter(e -> e.labels().contains(label)).count();
    }

    private static LabelWeights fitLabel(FeatureSpace space, List<Example> examples, String label, double lambda, double threshold) {
        long positives = positives(examples, label);
        if (positives == 0) return new LabelWeights(label, -10, threshold, new float[space.dimensions()]);
        if (positives == examples.size()) return new LabelWeights(label, 10, threshold, new float[space.dimensions()]);
        List<SampleInstance<SparseArray, Integer>> data = new ArrayList<>(examples.size());
        // Smile's SparseDataset sorts the arrays it is given in place while other labels are fitted from them on other threads: copies keep the fits apart (shared, they gave a different model each run)
        for (Example e : examples) data.add(new SampleInstance<>(copy(e.features()), e.labels().contains(label) ? 1 : 0));
        SparseLogisticRegression.Binomial model = SparseLogisticRegression.binomial(
                new SparseDataset<>(data, space.dimensions()), new LogisticRegression.Options(lambda, 1E-5, 500));
        double[] w = model.coefficients();
        int p = space.dimensions();
        float[] weights = new float[p];
        for (int j = 0; j < p; j++) weights[j] = (float) w[j];
        // Smile keeps the intercept after the p feature weights
        return new LabelWeights(label, w[p], threshold, weights);
    }

    private static SparseArray copy(SparseArray x) {
        SparseArray out = new SparseArray();
        for (SparseArray.Entry e : x) out.append(e.index(), e.value());
        return out;
    }

    /** The probability cut that maximises F1 on held-out examples (ties go to the higher cut). */
    static double bestThreshold(double[] p, List<Example> validation, String label) {
        return bestThreshold(t -> {
            int tp = 0, predicted = 0, gold = 0;
            for (int i = 0; i < p.length; i++) {
                boolean yes = validation.get(i).labels().contains(label);
                if (yes) gold++;
                if (p[i] >= t) {
                    predicted++;
                    if (yes) tp++;
                }
            }
            return predicted + gold == 0 ? 0 : 2.0 * tp / (predicted + gold);
        });
    }

    /** The probability cut, on a grid from 0.05 to 0.95, where {@code scoreAt} is highest (ties go to the higher cut). */
    public static double bestThreshold(DoubleUnaryOperator scoreAt) {
        double best = 0.5;
        double bestScore = -1;
        for (double t = 0.05; t < 0.951; t += 0.025) {
            double score = scoreAt.applyAsDouble(t);
            if (score >= bestScore) {
                bestScore = score;
                best = t;
            }
        }
        return best;
    }
}
