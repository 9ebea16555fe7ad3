package org.narrascope.narratives;

import java.util.ArrayList;
import java.util.List;
import org.narrascope.TextParagraphs;
import org.narrascope.model.Article;
import org.narrascope.model.Narrative;
import org.narrascope.model.Span;
import org.narrascope.nlp.SentenceEmbeddings;

/** The narratives stage of an analysis: narratives of each English article, each with its best paragraph as evidence. */
public final class Narratives {

    private Narratives() {
    }

    public static List<Narrative> find(List<Article> articles, NarrativeClassifier classifier) {
        List<Article> read = articles.stream().filter(a -> SentenceEmbeddings.LANGUAGE.equals(a.language())).toList();
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
