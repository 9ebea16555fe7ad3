package org.narrascope.nlp;

import edu.stanford.nlp.pipeline.CoreDocument;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.narrascope.model.Article;

/**
 * The CoreNLP annotation of each English article of a run, made once (in parallel) and shared by
 * the stages that read it (entities, claims). Other languages have none: the models are English.
 */
public final class Annotations {

    public static final String LANGUAGE = "en";

    private final Map<String, CoreDocument> byArticle;

    private Annotations(Map<String, CoreDocument> byArticle) {
        this.byArticle = byArticle;
    }

    public static Annotations of(List<Article> articles) {
        Map<String, CoreDocument> docs = new ConcurrentHashMap<>();
        articles.parallelStream().filter(a -> LANGUAGE.equals(a.language()))
                .forEach(a -> docs.put(a.id(), NlpPipeline.annotate(a.text())));
        return new Annotations(docs);
    }

    /** The annotation of an article, or null when its language has no models. */
    public CoreDocument of(Article article) {
        return byArticle.get(article.id());
    }
}
