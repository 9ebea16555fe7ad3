package org.narrascope.techniques;

import java.util.ArrayList;
import java.util.List;
import org.narrascope.TextParagraphs;
import org.narrascope.learn.CueLexicon;
import org.narrascope.model.Article;
import org.narrascope.model.Span;
import org.narrascope.model.Technique;
import org.narrascope.nlp.SentenceEmbeddings;

/** The techniques stage of an analysis: techniques per paragraph of each English article, located by their cue phrases where present. */
public final class Techniques {

    private Techniques() {
    }

    public static List<Technique> find(List<Article> articles, TechniqueDetector detector) {
        List<Article> read = articles.stream().filter(a -> SentenceEmbeddings.LANGUAGE.equals(a.language())).toList();
        List<TextParagraphs.Split> split = read.stream().map(a -> TextParagraphs.split(a.text())).toList();
        List<List<List<TechniqueDetector.Scored>>> found = detector.detect(split.stream().map(TextParagraphs.Split::texts).toList());
        List<Technique> out = new ArrayList<>();
        for (int a = 0; a < read.size(); a++) {
            Article article = read.get(a);
            for (int p = 0; p < split.get(a).spans().size(); p++) {
                Span paragraph = split.get(a).spans().get(p);
                for (TechniqueDetector.Scored s : found.get(a).get(p)) {
                    List<CueLexicon.Hit> cues = detector.cues().find(s.technique(), article.text(), paragraph.start(), paragraph.end());
                    if (cues.isEmpty()) out.add(new Technique(article.id(), s.technique(), paragraph, s.score()));
                    for (CueLexicon.Hit h : cues) out.add(new Technique(article.id(), s.technique(), h.span(), s.score()));
                }
            }
        }
        return out;
    }
}
