package org.narrascope.learn;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import smile.util.SparseArray;

/**
 * A trained one-label classifier: logistic regression weights, one per feature of a
 * {@link FeatureSpace}, and the probability above which the label is given, chosen on held-out data.
 */
public record LabelWeights(String label, double bias, double threshold,
                           @JsonSerialize(using = PackedFloats.Writer.class)
                           @JsonDeserialize(using = PackedFloats.Reader.class) float[] weights) {

    /** The probability of a vector given in full (every feature of the space, in order). */
    public double probability(float[] x) {
        double z = bias;
        for (int i = 0; i < x.length && i < weights.length; i++) z += weights[i] * x[i];
        return 1 / (1 + Math.exp(-z));
    }

    public double probability(SparseArray x) {
        double z = bias;
        for (SparseArray.Entry e : x) if (e.index() < weights.length) z += weights[e.index()] * e.value();
        return 1 / (1 + Math.exp(-z));
    }
}
