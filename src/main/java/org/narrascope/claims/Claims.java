package org.narrascope.claims;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import org.narrascope.model.Article;
import org.narrascope.model.Claim;
import org.narrascope.model.Entity;
import org.narrascope.nlp.Annotations;

/** The claims stage: who says what, in each annotated article, speakers and subjects as entities. */
public final class Claims {

    private Claims() {
    }

    /** The claims of every article; an article the extractor fails on stops the run (for tests and evaluations). */
    public static List<Claim> find(List<Article> articles, Annotations annotations, List<Entity> entities) {
        return find(articles, annotations, entities, problem -> {
            throw new IllegalStateException(problem);
        });
    }

    /**
     * The claims of every article; an article the extractor fails on (a parse it cannot follow) is told to
     * {@code problems}, naming its file and why, and the others keep theirs. The articles are read twice: the second
     * time knowing whom the first reading found blamed anywhere in the corpus.
     */
    public static List<Claim> find(List<Article> articles, Annotations annotations, List<Entity> entities, Consumer<String> problems) {
        ClaimExtractor extractor = new ClaimExtractor(new EntityIndex(entities, articles));
        List<Claim> first = read(articles, annotations, extractor, Set.of(), problems);
        // a second reading knows whom the whole corpus blames: a party blamed in one article defends itself in another
        Set<String> blamed = ClaimExtractor.blamedAndDenying(first);
        return blamed.isEmpty() || articles.size() < 2 ? first : read(articles, annotations, extractor, blamed, problem -> { });
    }

    private static List<Claim> read(List<Article> articles, Annotations annotations, ClaimExtractor extractor, Set<String> blamed,
                                    Consumer<String> problems) {
        List<Claim> out = new ArrayList<>();
        for (Article article : articles) {
            var doc = annotations.of(article);
            if (doc == null) continue;
            try {
                out.addAll(extractor.claims(article, doc, blamed));
            } catch (RuntimeException e) {
                problems.accept("claims: none read from " + article.source() + ": " + e);
            }
        }
        return out;
    }
}
