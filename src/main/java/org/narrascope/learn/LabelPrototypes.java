package org.narrascope.learn;

import java.util.ArrayList;
import java.util.List;
import org.narrascope.nlp.SentenceEmbeddings;

/**
 * The embedded description and examples of each label: a text's similarity to a label is its
 * best cosine with any of them, since one label's examples often say quite different things.
 */
public final class LabelPrototypes {

    private final List<String> labels;
    private final float[][][] vectors;

    public LabelPrototypes(LabelTexts texts, List<String> labels) {
        this.labels = List.copyOf(labels);
        List<String> all = new ArrayList<>();
        for (String l : labels) all.addAll(texts.of(l));
        float[][] embedded = SentenceEmbeddings.embed(all);
        vectors = new float[labels.size()][][];
        int k = 0;
        for (int i = 0; i < labels.size(); i++) {
            int n = texts.of(labels.get(i)).size();
            vectors[i] = java.util.Arrays.copyOfRange(embedded, k, k + n);
            k += n;
        }
    }

    public List<String> labels() {
        return labels;
    }

    /** Similarity of a unit vector to each label, in label order. */
    public double[] similarity(float[] v) {
        double[] out = new double[labels.size()];
        for (int i = 0; i < out.length; i++) {
            double best = 0;
            for (float[] p : vectors[i]) best = Math.max(best, SentenceEmbeddings.cosine(v, p));
            out[i] = best;
        }
        return out;
    }
}
