package org.narrascope.nlp;

import dev.langchain4j.data.embedding.Embedding;
import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.langchain4j.model.embedding.onnx.allminilml6v2q.AllMiniLmL6V2QuantizedEmbeddingModel;
import java.util.ArrayList;
import java.util.List;

/**
 * English sentence embeddings from the ONNX all-MiniLM-L6-v2 model shipped in a Maven jar (no
 * download at run time), loaded once per process and shared by every stage that compares meaning.
 */
public final class SentenceEmbeddings {

    /** The only language the shipped model was trained on. */
    public static final String LANGUAGE = "en";
    /** Length of every vector. */
    public static final int DIMENSIONS = 384;

    private static volatile EmbeddingModel model;

    private SentenceEmbeddings() {
    }

    public static EmbeddingModel model() {
        if (model == null) {
            synchronized (SentenceEmbeddings.class) {
                if (model == null) model = new AllMiniLmL6V2QuantizedEmbeddingModel();
            }
        }
        return model;
    }

    /** One unit vector per text, in order. */
    public static float[][] embed(List<String> texts) {
        if (texts.isEmpty()) return new float[0][];
        List<TextSegment> segments = new ArrayList<>(texts.size());
        for (String t : texts) segments.add(TextSegment.from(readable(t)));
        List<Embedding> vectors;
        try {
            vectors = model().embedAll(segments).content();
        } catch (RuntimeException e) {
            // one text the tokenizer cannot take fails the whole batch: embed one by one and give that one a zero vector
            float[][] out = new float[texts.size()][];
            for (int i = 0; i < out.length; i++) out[i] = embed(texts.get(i));
            return out;
        }
        float[][] out = new float[vectors.size()][];
        for (int i = 0; i < out.length; i++) out[i] = unit(vectors.get(i).vector());
        return out;
    }

    /** A unit vector, or zeros for a text the model cannot read. */
    public static float[] embed(String text) {
        try {
            return unit(model().embed(readable(text)).content().vector());
        } catch (RuntimeException e) {
            return new float[DIMENSIONS];
        }
    }

    private static String readable(String text) {
        return text.isBlank() ? "." : text;
    }

    /** Dot product; the cosine for unit vectors. */
    public static float cosine(float[] a, float[] b) {
        float dot = 0;
        for (int i = 0; i < a.length; i++) dot += a[i] * b[i];
        return dot;
    }

    public static float[] unit(float[] v) {
        double norm = 0;
        for (float x : v) norm += x * x;
        norm = Math.sqrt(norm);
        if (norm == 0) return v;
        float[] out = new float[v.length];
        for (int i = 0; i < v.length; i++) out[i] = (float) (v[i] / norm);
        return out;
    }
}
