package org.narrascope.techniques;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.narrascope.ArticleLanguages;
import org.narrascope.TextParagraphs;
import org.narrascope.learn.CueLexicon;
import org.narrascope.model.Article;
import org.narrascope.model.Span;
import org.narrascope.model.Technique;
import org.narrascope.nlp.SentenceEmbeddings;

/**
 * The techniques stage of an analysis: techniques per paragraph of each article, located by their
 * cue phrases where present, else by the words the span tagger marks in the paragraph (each marked
 * span given to the technique it most likely shows), else the whole paragraph. English articles are read by the given detector and tagger; articles in another
 * language by the model shipped for that language (spans: cue phrases or paragraphs), and not at
 * all when there is none.
 */
public final class Techniques {

    private Techniques() {
    }

    /**
     * {@code tagger} may be null: techniques without a cue phrase then span their paragraph;
     * {@code spanTechniques} may be null: a paragraph's techniques then share its tagged spans.
     */
    public static List<Technique> find(List<Article> articles, TechniqueDetector english, SpanTagger tagger, SpanTechniques spanTechniques) {
        List<Technique> out = new ArrayList<>();
        ArticleLanguages.group(articles).forEach((language, read) -> {
            boolean isEnglish = SentenceEmbeddings.LANGUAGE.equals(language);
            TechniqueDetector detector = isEnglish ? english : english.forLanguage(language);
            if (detector != null) out.addAll(findIn(read, detector, isEnglish ? tagger : null, spanTechniques));
        });
        ArticleLanguages.sortByArticle(out, articles, Technique::article);
        return out;
    }

    private static List<Technique> findIn(List<Article> read, TechniqueDetector detector, SpanTagger tagger, SpanTechniques spanTechniques) {
        List<TextParagraphs.Split> split = read.stream().map(a -> TextParagraphs.split(a.text())).toList();
        List<List<List<TechniqueDetector.Scored>>> found = detector.detect(split.stream().map(TextParagraphs.Split::texts).toList());
        List<Technique> out = new ArrayList<>();
        for (int a = 0; a < read.size(); a++) {
            Article article = read.get(a);
            for (int p = 0; p < split.get(a).spans().size(); p++) {
                Span paragraph = split.get(a).spans().get(p);
                Map<String, List<Span>> located = new LinkedHashMap<>();
                List<String> unplaced = new ArrayList<>();
                for (TechniqueDetector.Scored s : found.get(a).get(p)) {
                    List<Span> cues = detector.cues().find(s.technique(), article.text(), paragraph.start(), paragraph.end())
                            .stream().map(CueLexicon.Hit::span).toList();
                    located.put(s.technique(), new ArrayList<>(cues));
                    if (cues.isEmpty()) unplaced.add(s.technique());
                }
                if (!unplaced.isEmpty() && tagger != null) placeTagged(article.text(), paragraph, unplaced, tagger, spanTechniques, located);
                for (TechniqueDetector.Scored s : found.get(a).get(p)) {
                    List<Span> spans = located.get(s.technique());
                    if (spans.isEmpty()) spans = List.of(paragraph);
                    for (Span span : spans) out.add(new Technique(article.id(), s.technique(), span, s.score()));
                }
            }
        }
        return out;
    }

    /**
     * The tagger's spans in the paragraph, each given to the technique among {@code unplaced} it most
     * likely shows; a span the span classifier cannot place goes to every technique it does not know.
     */
    static void placeTagged(String text, Span paragraph, List<String> unplaced, SpanTagger tagger, SpanTechniques spanTechniques,
                                    Map<String, List<Span>> located) {
        List<SpanTagger.TaggedWord> words = SpanTagger.words(text, paragraph.start(), paragraph.end());
        Set<String> known = SpanTechniques.known();
        for (Span tagged : tagger.tag(words)) {
            String owner = spanTechniques == null ? null : spanTechniques.among(SpanTechniques.features(text, tagged, words), unplaced);
            if (owner != null) {
                located.get(owner).add(tagged);
            } else {
                for (String t : unplaced) if (spanTechniques == null || !known.contains(t)) located.get(t).add(tagged);
            }
        }
    }
}
