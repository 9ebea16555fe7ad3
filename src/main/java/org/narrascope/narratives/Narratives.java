package org.narrascope.narratives;

import java.util.ArrayList;
import java.util.List;
import org.narrascope.ArticleLanguages;
import org.narrascope.TextParagraphs;
import org.narrascope.model.Article;
import org.narrascope.model.Narrative;
import org.narrascope.model.Span;
import org.narrascope.nlp.SentenceEmbeddings;

/**
 * The narratives stage of an analysis: narratives of each article, each with its best paragraph as
 * evidence. English articles are read by the given classifier; articles in another language by
 * the model shipped for that language, and not at all when there is none.
 */
public final class Narratives {

    private Narratives() {
    }

    public static List<Narrative> find(List<Article> articles, NarrativeClassifier english) {
        List<Narrative> out = new ArrayList<>();
        ArticleLanguages.group(articles).forEach((language, read) -> {
            NarrativeClassifier classifier = SentenceEmbeddings.LANGUAGE.equals(language) ? english : english.forLanguage(language);
            if (classifier != null) out.addAll(findIn(read, classifier));
        });
        ArticleLanguages.sortByArticle(out, articles, Narrative::article);
        return out;
    }

    private static List<Narrative> findIn(List<Article> read, NarrativeClassifier classifier) {
        List<TextParagraphs.Split> split = read.stream().map(a -> TextParagraphs.split(a.text())).toList();
        List<NarrativeClassifier.Document> features = classifier.features(read.stream().map(Article::title).toList(),
                split.stream().map(TextParagraphs.Split::texts).toList());
        List<Narrative> out = new ArrayList<>();
        for (int a = 0; a < read.size(); a++) {
            for (NarrativeClassifier.Found f : classifier.decide(features.get(a))) {
                // evidence -1 is the title, which is not part of the text
                List<Span> evidence = f.paragraph() < 0 ? List.of() : List.of(split.get(a).spans().get(f.paragraph()));
                out.add(new Narrative(read.get(a).id(), f.label(), f.parent(), f.score(), evidence));
            }
        }
        return out;
    }
}
