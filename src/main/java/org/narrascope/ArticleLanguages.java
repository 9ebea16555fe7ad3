package org.narrascope;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.narrascope.model.Article;

/** For stages whose model depends on the language: the articles of each language apart, and their findings put back in article order. */
public final class ArticleLanguages {

    private ArticleLanguages() {
    }

    /** The articles of each language, languages in the order first met, articles in their own order. */
    public static Map<String, List<Article>> group(List<Article> articles) {
        Map<String, List<Article>> out = new LinkedHashMap<>();
        for (Article a : articles) out.computeIfAbsent(a.language(), k -> new ArrayList<>()).add(a);
        return out;
    }

    /** Sorts findings by the position of their article in {@code articles} (stable within one article). */
    public static <T> void sortByArticle(List<T> findings, List<Article> articles, Function<T, String> articleId) {
        Map<String, Integer> position = new HashMap<>();
        for (int i = 0; i < articles.size(); i++) position.putIfAbsent(articles.get(i).id(), i);
        findings.sort(Comparator.comparingInt(f -> position.getOrDefault(articleId.apply(f), Integer.MAX_VALUE)));
    }
}
