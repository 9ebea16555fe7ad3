package org.narrascope.reuse;

import dev.langchain4j.data.embedding.Embedding;
import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.langchain4j.model.embedding.onnx.allminilml6v2q.AllMiniLmL6V2QuantizedEmbeddingModel;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Collections;
import java.util.LinkedHashMap;

/**
 * English sentence embeddings from the ONNX all-MiniLM-L6-v2 model shipped in a Maven jar (no
 * download at run time). Loaded once per process; each article's sentence vectors are computed
 * once and kept, since an article is compared with several others.
 */
final class SentenceEncoder {

    /** The only language the shipped model was trained on. */
    static final String LANGUAGE = "en";
    private static final int LEAD_CHARS = 1500;

    private static volatile EmbeddingModel model;

    /** Articles whose sentence vectors are kept: enough for candidates sorted by article, bounded in memory. */
    static final int CACHED_ARTICLES = 2000;

    private final Map<String, float[][]> sentences = Collections.synchronizedMap(new LinkedHashMap<>(256, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, float[][]> eldest) {
            return size() > CACHED_ARTICLES;
        }
    });

    static EmbeddingModel model() {
        if (model == null) {
            synchronized (SentenceEncoder.class) {
                if (model == null) model = new AllMiniLmL6V2QuantizedEmbeddingModel();
            }
        }
        return model;
    }

    static boolean supports(ArticleProfile p) {
        return LANGUAGE.equals(p.language());
    }

    /** One vector for the article: its opening, where the story is told in brief. */
    float[] lead(ArticleProfile p) {
        String text = p.article.text();
        return normalized(model().embed(text.length() > LEAD_CHARS ? text.substring(0, LEAD_CHARS) : text).content().vector());
    }

    /** Unit vectors, one per sentence that sentence alignment looks at. */
    float[][] sentences(ArticleProfile p) {
        float[][] cached = sentences.get(p.id());
        if (cached != null) return cached;
        List<TextSegment> segments = new ArrayList<>();
        for (int s = 0; s < SentenceAligner.aligned(p); s++) segments.add(TextSegment.from(p.sentenceText(s)));
        List<Embedding> vectors = segments.isEmpty() ? List.of() : model().embedAll(segments).content();
        float[][] out = new float[vectors.size()][];
        for (int i = 0; i < out.length; i++) out[i] = normalized(vectors.get(i).vector());
        sentences.put(p.id(), out);
        return out;
    }

    static float cosine(float[] a, float[] b) {
        float dot = 0;
        for (int i = 0; i < a.length; i++) dot += a[i] * b[i];
        return dot;
    }

    private static float[] normalized(float[] v) {
        double norm = 0;
        for (float x : v) norm += x * x;
        norm = Math.sqrt(norm);
        if (norm == 0) return v;
        float[] out = new float[v.length];
        for (int i = 0; i < v.length; i++) out[i] = (float) (v[i] / norm);
        return out;
    }
}
