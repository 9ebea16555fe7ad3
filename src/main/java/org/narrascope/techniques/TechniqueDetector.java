package org.narrascope.techniques;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.narrascope.learn.CueLexicon;
import org.narrascope.learn.FeatureSpace;
import org.narrascope.learn.LabelPrototypes;
import org.narrascope.learn.LabelTexts;
import org.narrascope.learn.LinearModel;
import org.narrascope.learn.VoiceSigns;
import org.narrascope.nlp.SentenceEmbeddings;
import smile.util.SparseArray;

/**
 * Finds the persuasion techniques of each paragraph. With a trained model (shipped, or written
 * by {@code narrascope train techniques}) it applies its logistic regressions; without one it
 * works zero-shot: a paragraph has a technique when it is close to the technique's description
 * or examples, or somewhat close and holding one of its cue phrases.
 */
public final class TechniqueDetector {

    public static final String SHIPPED_MODEL = LinearModel.trainedFile(SentenceEmbeddings.LANGUAGE);
    /** Zero-shot: similarity that is enough on its own, and the lower one that a cue phrase backs up. */
    static final double ZERO_SHOT_SIMILARITY = 0.45;
    static final double ZERO_SHOT_WITH_CUE = 0.15;
    private static final int SHAPE = 6;

    /** A technique found in a paragraph with its score (probability, or similarity zero-shot). */
    public record Scored(String technique, double score) {
    }

    private final List<String> techniques;
    private final LabelPrototypes prototypes;
    private final CueLexicon cues;
    private final FeatureSpace space;
    private final LinearModel model;

    private TechniqueDetector(LinearModel model) {
        LabelTexts descriptions = LabelTexts.resource(TechniqueDetector.class, "techniques.tsv");
        techniques = descriptions.labels();
        prototypes = new LabelPrototypes(descriptions, techniques);
        cues = shippedCues(techniques);
        space = new FeatureSpace(SentenceEmbeddings.DIMENSIONS + 2 * techniques.size() + SHAPE + AuthorityAttribution.FEATURES, 13);
        this.model = model == null ? null : model.requireLayout(space);
    }


    /** The shipped cue phrases of {@code techniques}. */
    static CueLexicon shippedCues(List<String> techniques) {
        return new CueLexicon(LabelTexts.resource(TechniqueDetector.class, "cues.tsv"), techniques);
    }

    /** The shipped techniques, in file order. */
    static List<String> shippedTechniques() {
        return LabelTexts.resource(TechniqueDetector.class, "techniques.tsv").labels();
    }

    private TechniqueDetector(TechniqueDetector loaded, LinearModel model) {
        techniques = loaded.techniques;
        prototypes = loaded.prototypes;
        cues = loaded.cues;
        space = loaded.space;
        this.model = model == null ? null : model.requireLayout(space);
    }

    /** The shipped English model when there is one, else zero-shot. */
    public static TechniqueDetector standard() {
        return new TechniqueDetector(LinearModel.shipped(TechniqueDetector.class, SHIPPED_MODEL));
    }

    /**
     * The same descriptions and cues with the model shipped for {@code language} (ISO 639-1); null
     * when none is: zero-shot reads English only.
     */
    public TechniqueDetector forLanguage(String language) {
        LinearModel shipped = LinearModel.shipped(TechniqueDetector.class, LinearModel.trainedFile(language));
        return shipped == null ? null : withModel(shipped);
    }

    public static TechniqueDetector zeroShot() {
        return new TechniqueDetector(null);
    }

    /** The same descriptions and cues (already embedded) with another model; null for zero-shot. */
    public TechniqueDetector withModel(LinearModel model) {
        return new TechniqueDetector(this, model);
    }

    public List<String> techniques() {
        return techniques;
    }

    public FeatureSpace space() {
        return space;
    }

    public CueLexicon cues() {
        return cues;
    }

    /** The techniques of each paragraph of each article, in order. */
    public List<List<List<Scored>>> detect(List<List<String>> articles) {
        List<List<Paragraph>> features = features(articles);
        List<List<List<Scored>>> out = new ArrayList<>();
        for (List<Paragraph> article : features) out.add(article.stream().map(this::decide).toList());
        return out;
    }

    /** The techniques of one paragraph from its features. */
    public List<Scored> decide(Paragraph p) {
        return model == null ? zeroShot(p) : trained(p);
    }

    private List<Scored> trained(Paragraph p) {
        List<Scored> out = new ArrayList<>();
        for (var l : model.labels()) {
            double prob = l.probability(p.vector);
            if (prob >= l.threshold()) out.add(new Scored(l.label(), prob));
        }
        return out;
    }

    private List<Scored> zeroShot(Paragraph p) {
        List<Scored> out = new ArrayList<>();
        for (int i = 0; i < techniques.size(); i++) {
            if (p.similarity[i] >= ZERO_SHOT_SIMILARITY || (p.cues[i] > 0 && p.similarity[i] >= ZERO_SHOT_WITH_CUE)) {
                out.add(new Scored(techniques.get(i), p.similarity[i]));
            }
        }
        return out;
    }

    /** A paragraph's features: what the model reads and what zero-shot reads. */
    public record Paragraph(SparseArray vector, double[] similarity, int[] cues) {
    }

    /** Features of every paragraph; articles are given whole since repetition is judged within one. */
    public List<List<Paragraph>> features(List<List<String>> articles) {
        List<String> all = new ArrayList<>();
        for (List<String> a : articles) all.addAll(a);
        float[][] vectors = SentenceEmbeddings.embed(all);
        List<List<Paragraph>> out = new ArrayList<>();
        int k = 0;
        for (List<String> article : articles) {
            Map<String, Integer> trigrams = trigramCounts(article);
            List<Paragraph> paragraphs = new ArrayList<>();
            for (String text : article) {
                float[] v = vectors[k++];
                double[] sim = prototypes.similarity(v);
                int[] cueCounts = cues.counts(text);
                List<String> words = FeatureSpace.words(text);
                double[] dense = new double[space.dense()];
                int d = 0;
                for (float x : v) dense[d++] = x;
                for (double s : sim) dense[d++] = s;
                for (int c : cueCounts) dense[d++] = Math.log1p(c);
                for (double s : shape(text, words, trigrams)) dense[d++] = s;
                for (int c : AuthorityAttribution.counts(words)) dense[d++] = Math.log1p(c);
                paragraphs.add(new Paragraph(space.vector(dense, words), sim, cueCounts));
            }
            out.add(paragraphs);
        }
        return out;
    }

    /** Surface signs: questions, exclamations, quotations, shouting, length, and repeated wording. */
    private static double[] shape(String text, List<String> words, Map<String, Integer> articleTrigrams) {
        int caps = 0;
        for (String w : text.split("\\s+")) if (w.length() > 2 && w.equals(w.toUpperCase(java.util.Locale.ROOT)) && w.chars().anyMatch(Character::isLetter)) caps++;
        int repeated = 0;
        for (int i = 2; i < words.size(); i++) {
            repeated = Math.max(repeated, articleTrigrams.getOrDefault(words.get(i - 2) + ' ' + words.get(i - 1) + ' ' + words.get(i), 0) - 1);
        }
        return new double[] {
            text.contains("?") ? 1 : 0,
            text.contains("!") ? 1 : 0,
            VoiceSigns.quotes(text) ? 1 : 0,
            Math.min(1, caps / 3.0),
            Math.log1p(words.size()) / 5,
            Math.log1p(repeated)
        };
    }

    private static Map<String, Integer> trigramCounts(List<String> article) {
        Map<String, Integer> counts = new HashMap<>();
        for (String p : article) {
            List<String> w = FeatureSpace.words(p);
            for (int i = 2; i < w.size(); i++) counts.merge(w.get(i - 2) + ' ' + w.get(i - 1) + ' ' + w.get(i), 1, Integer::sum);
        }
        return counts;
    }
}
