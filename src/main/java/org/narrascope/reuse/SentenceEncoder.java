package org.narrascope.reuse;

import java.util.ArrayList;
import org.narrascope.nlp.SentenceEmbeddings;
import java.util.List;
import java.util.Map;
import java.util.Collections;
import java.util.LinkedHashMap;

/**
 * Sentence vectors for reuse: each article's sentence vectors are computed once and kept, since an
 * article is compared with several others.
 */
final class SentenceEncoder {

    static final String LANGUAGE = SentenceEmbeddings.LANGUAGE;
    private static final int LEAD_CHARS = 1500;

    /** Articles whose sentence vectors are kept: enough for candidates sorted by article, bounded in memory. */
    static final int CACHED_ARTICLES = 2000;

    private final Map<String, float[][]> sentences = Collections.synchronizedMap(new LinkedHashMap<>(256, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, float[][]> eldest) {
            return size() > CACHED_ARTICLES;
        }
    });

    static boolean supports(ArticleProfile p) {
        return LANGUAGE.equals(p.language());
    }

    /** One vector for the article: its opening, where the story is told in brief. */
    float[] lead(ArticleProfile p) {
        String text = p.article.text();
        return SentenceEmbeddings.embed(text.length() > LEAD_CHARS ? text.substring(0, LEAD_CHARS) : text);
    }

    /** Unit vectors, one per sentence that sentence alignment looks at. */
    float[][] sentences(ArticleProfile p) {
        float[][] cached = sentences.get(p.id());
        if (cached != null) return cached;
        List<String> texts = new ArrayList<>();
        for (int s = 0; s < SentenceAligner.aligned(p); s++) texts.add(p.sentenceText(s));
        float[][] out = SentenceEmbeddings.embed(texts);
        sentences.put(p.id(), out);
        return out;
    }

    static float cosine(float[] a, float[] b) {
        return SentenceEmbeddings.cosine(a, b);
    }
}
