package org.narrascope.techniques;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.narrascope.DataFile;
import org.narrascope.learn.Example;
import org.narrascope.learn.FeatureSpace;
import org.narrascope.learn.LabelWeights;
import org.narrascope.learn.LinearModel;
import org.narrascope.learn.OneVsRest;
import org.narrascope.model.Span;
import org.narrascope.nlp.SentenceEmbeddings;
import smile.util.SparseArray;

/**
 * Which technique a marked span uses: one-vs-rest logistic regressions over the mean contextual
 * vector of the span's words, the mean of their neighbours' vectors, its length and its words,
 * trained on the technique-labelled spans of SemEval-2020 Task 11 (14 techniques). In an analysis
 * it tells apart the techniques the paragraph classifier found: each tagged span is given the one it
 * most likely shows, instead of every technique of its paragraph.
 */
public final class SpanTechniques {

    public static final String SHIPPED_MODEL = "span-techniques-en.json";
    /** L2 strength, as for the paragraph classifier. */
    public static final double LAMBDA = 0.5;
    private static final int D = SentenceEmbeddings.DIMENSIONS;
    private static final FeatureSpace SPACE = new FeatureSpace(2 * D + 1, 12);
    /** Each 2020 technique and the 2023 techniques it stands for. */
    private static final Map<String, List<String>> AS_2023 = new LinkedHashMap<>();

    static {
        for (String line : DataFile.lines(SpanTechniques.class, "ptc2020-techniques.tsv")) {
            String[] cols = line.split("\t");
            AS_2023.put(cols[0].strip(), List.of(cols[1].strip().split("\\s*,\\s*")));
        }
    }

    private final LinearModel model;

    private SpanTechniques(LinearModel model) {
        if (model.space().dense() != SPACE.dense()) {
            throw new IllegalArgumentException("span-technique model of another version: rebuild it with narrascope train spans");
        }
        this.model = model;
    }

    public static SpanTechniques of(LinearModel model) {
        return new SpanTechniques(model);
    }

    /** The shipped model, or null when the jar has none. */
    public static SpanTechniques standard() {
        LinearModel model = LinearModel.shipped(SpanTechniques.class, SHIPPED_MODEL);
        return model == null ? null : new SpanTechniques(model);
    }

    /** The 2020 techniques the span data is labelled with, in the mapping file's order. */
    public static List<String> labels() {
        return List.copyOf(AS_2023.keySet());
    }

    /** What the classifier reads of {@code span}: the words of {@code words} (as the tagger reads them) inside it. */
    public static SparseArray features(String text, Span span, List<SpanTagger.TaggedWord> words) {
        double[] dense = new double[SPACE.dense()];
        int n = 0;
        for (SpanTagger.TaggedWord w : words) {
            if (w.span().end() <= span.start() || w.span().start() >= span.end()) continue;
            float[] x = w.features();
            for (int d = 0; d < 2 * D; d++) dense[d] += x[d];
            n++;
        }
        if (n > 0) for (int d = 0; d < 2 * D; d++) dense[d] /= n;
        dense[2 * D] = Math.log1p(n) / 4;
        return SPACE.vector(dense, FeatureSpace.words(text.substring(span.start(), span.end())));
    }

    /** A training example: a gold span of {@code article} and its techniques. */
    public static Example example(String article, SparseArray features, Set<String> techniques) {
        return new Example(article, features, techniques);
    }

    public static LinearModel train(List<Example> examples, double lambda, Map<String, String> about) {
        return OneVsRest.fit("span-techniques", SentenceEmbeddings.LANGUAGE, SPACE, examples, labels(), lambda, 7, about);
    }

    /** The 2020 techniques, the likeliest first. */
    public List<String> ranked(SparseArray x) {
        List<LabelWeights> labels = new ArrayList<>(model.labels());
        Map<String, Double> p = new LinkedHashMap<>();
        labels.forEach(w -> p.put(w.label(), w.probability(x)));
        return p.keySet().stream().sorted((a, b) -> Double.compare(p.get(b), p.get(a))).toList();
    }

    /**
     * Of {@code found} (2023 techniques of the span's paragraph), the one the span most likely shows;
     * null when the model knows none of them.
     */
    public String among(SparseArray x, Collection<String> found) {
        String best = null;
        double top = -1;
        for (LabelWeights w : model.labels()) {
            double p = w.probability(x);
            for (String t : AS_2023.getOrDefault(w.label(), List.of())) {
                if (found.contains(t) && p > top) {
                    top = p;
                    best = t;
                }
            }
        }
        return best;
    }

    /** The 2023 techniques some 2020 technique stands for: those a span can be given. */
    static Set<String> known() {
        Set<String> out = new LinkedHashSet<>();
        AS_2023.values().forEach(out::addAll);
        return out;
    }

    /** Gold spans of SemEval-2020 Task 11 technique classification, with their features. */
    public static List<Example> examples(String article, String text, List<SpanTagger.TaggedWord> words, Map<Span, Set<String>> gold) {
        List<Example> out = new ArrayList<>();
        gold.forEach((span, techniques) -> out.add(example(article, features(text, span, words), techniques)));
        return out;
    }
}
