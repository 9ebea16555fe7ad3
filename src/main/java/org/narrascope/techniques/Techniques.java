package org.narrascope.techniques;

import java.util.ArrayList;
import java.util.List;
import org.narrascope.ArticleLanguages;
import org.narrascope.TextParagraphs;
import org.narrascope.learn.CueLexicon;
import org.narrascope.model.Article;
import org.narrascope.model.Span;
import org.narrascope.model.Technique;
import org.narrascope.nlp.SentenceEmbeddings;

/**
 * The techniques stage of an analysis: techniques per paragraph of each article, located by their
 * cue phrases where present, else by the words the span tagger marks in the paragraph, else the
 * whole paragraph. English articles are read by the given detector and tagger; articles in another
 * language by the model shipped for that language (spans: cue phrases or paragraphs), and not at
 * all when there is none.
 */
public final class Techniques {

    private Techniques() {
    }

    /** {@code tagger} may be null: techniques without a cue phrase then span their paragraph. */
    public static List<Technique> find(List<Article> articles, TechniqueDetector english, SpanTagger tagger) {
        List<Technique> out = new ArrayList<>();
        ArticleLanguages.group(articles).forEach((language, read) -> {
            boolean isEnglish = SentenceEmbeddings.LANGUAGE.equals(language);
            TechniqueDetector detector = isEnglish ? english : english.forLanguage(language);
            if (detector != null) out.addAll(findIn(read, detector, isEnglish ? tagger : null));
        });
        ArticleLanguages.sortByArticle(out, articles, Technique::article);
        return out;
    }

    private static List<Technique> findIn(List<Article> read, TechniqueDetector detector, SpanTagger tagger) {
        List<TextParagraphs.Split> split = read.stream().map(a -> TextParagraphs.split(a.text())).toList();
        List<List<List<TechniqueDetector.Scored>>> found = detector.detect(split.stream().map(TextParagraphs.Split::texts).toList());
        List<Technique> out = new ArrayList<>();
        for (int a = 0; a < read.size(); a++) {
            Article article = read.get(a);
            for (int p = 0; p < split.get(a).spans().size(); p++) {
                Span paragraph = split.get(a).spans().get(p);
                List<Span> tagged = null;
                for (TechniqueDetector.Scored s : found.get(a).get(p)) {
                    List<Span> spans = detector.cues().find(s.technique(), article.text(), paragraph.start(), paragraph.end())
                            .stream().map(CueLexicon.Hit::span).toList();
                    if (spans.isEmpty() && tagger != null) {
                        if (tagged == null) tagged = tagger.tag(SpanTagger.words(article.text(), paragraph.start(), paragraph.end()));
                        spans = tagged;
                    }
                    if (spans.isEmpty()) spans = List.of(paragraph);
                    for (Span span : spans) out.add(new Technique(article.id(), s.technique(), span, s.score()));
                }
            }
        }
        return out;
    }
}
