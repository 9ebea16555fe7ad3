package org.narrascope.nlp;

import edu.stanford.nlp.pipeline.CoreDocument;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.narrascope.model.Article;

/**
 * The CoreNLP annotation of each English article of a run, made once (in parallel) and shared by
 * the stages that read it (entities, claims), and how long it took. Other languages have none:
 * the models are English.
 */
public final class Annotations {

    public static final String LANGUAGE = "en";

    private final Map<String, CoreDocument> byArticle;
    private final boolean deep;
    private final long loadNanos;
    private final long nanos;

    private Annotations(Map<String, CoreDocument> byArticle, boolean deep, long loadNanos, long nanos) {
        this.byArticle = byArticle;
        this.deep = deep;
        this.loadNanos = loadNanos;
        this.nanos = nanos;
    }

    public static Annotations of(List<Article> articles) {
        return of(articles, false);
    }

    /** @param deep add coreference (slower): pronouns and descriptions point at the names they stand for */
    public static Annotations of(List<Article> articles, boolean deep) {
        long loading = System.nanoTime();
        boolean any = articles.stream().anyMatch(a -> LANGUAGE.equals(a.language()));
        if (any) NlpPipeline.load(deep);
        long start = System.nanoTime();
        Map<String, CoreDocument> docs = new ConcurrentHashMap<>();
        articles.parallelStream().filter(a -> LANGUAGE.equals(a.language()))
                .forEach(a -> docs.put(a.id(), NlpPipeline.annotate(a.text(), deep)));
        return new Annotations(docs, deep, start - loading, System.nanoTime() - start);
    }

    /** The annotation of an article, or null when its language has no models. */
    public CoreDocument of(Article article) {
        return byArticle.get(article.id());
    }

    /** "CoreNLP (fast) annotated 21 English articles in 6.2 s: 203 articles/minute (models loaded in 4.1 s)". */
    public String throughput() {
        double seconds = nanos / 1e9;
        return String.format(Locale.ROOT, "CoreNLP (%s) annotated %d English article%s in %.1f s: %.0f articles/minute (models loaded in %.1f s)",
                deep ? "deep, with coreference" : "fast", byArticle.size(), byArticle.size() == 1 ? "" : "s", seconds,
                seconds == 0 ? 0 : byArticle.size() / seconds * 60, loadNanos / 1e9);
    }
}
