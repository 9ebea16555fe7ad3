package org.narrascope.learn;

import smile.util.SparseArray;

/**
 * A trained one-label classifier: logistic regression weights over a {@link FeatureSpace}, stored
 * sparsely (features it never saw have weight 0), and the probability above which the label is
 * given, chosen on held-out data.
 */
public record LabelWeights(String label, double bias, double threshold, int[] index, float[] weight) {

    public double probability(SparseArray x) {
        double z = bias;
        int j = 0;
        // both sides are sorted by feature index
        for (SparseArray.Entry e : x) {
            while (j < index.length && index[j] < e.index()) j++;
            if (j == index.length) break;
            if (index[j] == e.index()) z += weight[j] * e.value();
        }
        return 1 / (1 + Math.exp(-z));
    }
}
