package org.narrascope.techniques;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.narrascope.DataFile;
import org.narrascope.TextParagraphs;
import org.narrascope.learn.CueLexicon;
import org.narrascope.learn.FeatureSpace;
import org.narrascope.learn.LabelWeights;
import org.narrascope.learn.LinearModel;
import org.narrascope.learn.OneVsRest;
import org.narrascope.model.Span;
import org.narrascope.nlp.SentenceEmbeddings;
import org.narrascope.nlp.TokenEmbeddings;
import org.narrascope.semeval.SpanOverlap;
import smile.classification.LogisticRegression;

/**
 * Where in a paragraph the persuasion is: a word-level tagger (is this word inside a propaganda
 * span?) over each word's contextual vector from the sentence encoder and the mean vector of the
 * words around it, trained on the SemEval-2020 Task 11 span data. Consecutive tagged words,
 * bridged over one untagged word, make a span. Techniques are not told apart here: the paragraph
 * classifier names them, the tagger says which words carry them.
 */
public final class SpanTagger {

    public static final String SHIPPED_MODEL = "spans-en.json";
    static final String LABEL = "propaganda";
    /** L2 strength, chosen by cross-validation on the span data. */
    public static final double LAMBDA = 1;
    /** Words on each side whose mean vector is the word's context. */
    private static final int CONTEXT = 2;
    /** The word's vector, its neighbours' mean vector, whether a cue phrase covers it, whether it is a function word. */
    private static final int DIMENSIONS = 2 * SentenceEmbeddings.DIMENSIONS + 2;
    private static final List<String> TECHNIQUES = TechniqueDetector.shippedTechniques();
    private static final CueLexicon CUES = TechniqueDetector.shippedCues(TECHNIQUES);
    /** A fifth of the training articles choose the probability cut. */
    private static final int VALIDATION_SHARE = 5;

    /** One word of a text, whether it is a function word, and what the tagger reads of it. */
    public record TaggedWord(Span span, boolean function, float[] features) {
    }

    /** A training word: its article, the word, and whether it lies inside a gold span. */
    public record Example(String article, TaggedWord word, boolean inside) {
    }


    private final LabelWeights weights;

    private SpanTagger(LinearModel model) {
        this.weights = model.label(LABEL);
        if (weights == null) throw new IllegalArgumentException("not a span-tagger model: no '" + LABEL + "' label");
        if (model.space().dense() != DIMENSIONS) {
            throw new IllegalArgumentException("span-tagger model of another version (" + model.space().dense() + " features, not "
                    + DIMENSIONS + "): rebuild it with narrascope train spans");
        }
    }

    /** The shipped model, or null when the jar has none. */
    public static SpanTagger standard() {
        LinearModel model = LinearModel.shipped(SpanTagger.class, SHIPPED_MODEL);
        return model == null ? null : new SpanTagger(model);
    }

    public static SpanTagger of(LinearModel model) {
        return new SpanTagger(model);
    }

    /** The words of {@code text[start, end)} with their features; spans are offsets into {@code text}. */
    public static List<TaggedWord> words(String text, int start, int end) {
        List<TokenEmbeddings.Word> words = TokenEmbeddings.shared().words(text.substring(start, end));
        List<Span> cues = new ArrayList<>();
        for (String technique : TECHNIQUES) CUES.find(technique, text, start, end).forEach(h -> cues.add(h.span()));
        int d = SentenceEmbeddings.DIMENSIONS;
        List<TaggedWord> out = new ArrayList<>(words.size());
        for (int i = 0; i < words.size(); i++) {
            float[] x = new float[DIMENSIONS];
            System.arraycopy(words.get(i).vector(), 0, x, 0, d);
            int from = Math.max(0, i - CONTEXT), to = Math.min(words.size() - 1, i + CONTEXT);
            for (int j = from; j <= to; j++) {
                if (j == i) continue;
                float[] v = words.get(j).vector();
                for (int k = 0; k < d; k++) x[d + k] += v[k] / (to - from);
            }
            Span span = new Span(start + words.get(i).start(), start + words.get(i).end());
            boolean function = DataFile.FUNCTION_WORDS.contains(text.substring(span.start(), span.end()).toLowerCase(Locale.ROOT));
            x[2 * d] = cues.stream().anyMatch(c -> c.start() < span.end() && span.start() < c.end()) ? 1 : 0;
            x[2 * d + 1] = function ? 1 : 0;
            out.add(new TaggedWord(span, function, x));
        }
        return out;
    }

    /** The words of each paragraph of {@code text}, in order. */
    public static List<List<TaggedWord>> paragraphs(String text) {
        return TextParagraphs.of(text).stream().map(p -> words(text, p.start(), p.end())).toList();
    }

    /** The propaganda spans among {@code words} (as {@link #words} gives them). */
    public List<Span> tag(List<TaggedWord> words) {
        boolean[] in = new boolean[words.size()];
        for (int i = 0; i < in.length; i++) in[i] = weights.probability(words.get(i).features()) >= weights.threshold();
        return spans(words, in, true);
    }

    /**
     * Runs of tagged words ({@code in}) as spans of the text, with or without bridging one untagged
     * word between two tagged ones; a run of function words alone ("of the") is no span.
     */
    static List<Span> spans(List<TaggedWord> words, boolean[] in, boolean bridge) {
        List<Span> out = new ArrayList<>();
        int i = 0;
        while (i < in.length) {
            if (!in[i]) {
                i++;
                continue;
            }
            int last = i;
            int j = i + 1;
            while (j < in.length && (in[j] || (bridge && j + 1 < in.length && in[j + 1]))) {
                if (in[j]) last = j;
                j++;
            }
            boolean content = false;
            for (int k = i; k <= last; k++) content |= !words.get(k).function();
            if (content) out.add(new Span(words.get(i).span().start(), words.get(last).span().end()));
            i = j;
        }
        return out;
    }

    /** Training examples: every word of an article's paragraphs, inside when it overlaps a gold span. */
    public static List<Example> examples(String article, List<List<TaggedWord>> paragraphs, List<Span> gold) {
        List<Example> out = new ArrayList<>();
        for (List<TaggedWord> words : paragraphs) {
            for (TaggedWord w : words) {
                boolean inside = gold.stream().anyMatch(g -> g.start() < w.span().end() && w.span().start() < g.end());
                out.add(new Example(article, w, inside));
            }
        }
        return out;
    }

    /**
     * One L2-regularised logistic regression over every word. The probability cut is the one whose
     * spans score best by the task's overlap F1 on a fifth of the articles, predicted by a model
     * fitted on the rest (one held-out part, not k folds: each fit reads hundreds of thousands of words).
     */
    public static LinearModel train(List<Example> examples, double lambda, Map<String, String> about) {
        Set<String> articles = new TreeSet<>();
        examples.forEach(e -> articles.add(e.article()));
        List<String> ordered = new ArrayList<>(articles);
        Set<String> validation = new TreeSet<>();
        for (int i = 0; i < ordered.size(); i++) if (i % VALIDATION_SHARE == 0) validation.add(ordered.get(i));
        List<Example> fitPart = examples.stream().filter(e -> !validation.contains(e.article())).toList();
        List<Example> held = examples.stream().filter(e -> validation.contains(e.article())).toList();
        double threshold = 0.5;
        if (!held.isEmpty() && !fitPart.isEmpty()) {
            LabelWeights probe = fit(fitPart, lambda, 0.5);
            double[] p = new double[held.size()];
            for (int i = 0; i < p.length; i++) p[i] = probe.probability(held.get(i).word().features());
            threshold = OneVsRest.bestThreshold(t -> overlapF1(held, p, t));
        }
        Map<String, String> info = new LinkedHashMap<>(about);
        info.put("examples", String.valueOf(examples.size()));
        info.put("lambda", String.valueOf(lambda));
        return new LinearModel("spans", SentenceEmbeddings.LANGUAGE, new FeatureSpace(DIMENSIONS, 0), info, List.of(fit(examples, lambda, threshold)));
    }

    /** How well the bridged spans of words with probability {@code p} at least {@code cut} match the gold spans (runs of inside words), by overlap F1. */
    private static double overlapF1(List<Example> held, double[] p, double cut) {
        SpanOverlap score = new SpanOverlap();
        int from = 0;
        while (from < held.size()) {
            int to = from;
            while (to < held.size() && held.get(to).article().equals(held.get(from).article())) to++;
            List<Example> article = held.subList(from, to);
            List<TaggedWord> words = article.stream().map(Example::word).toList();
            boolean[] predicted = new boolean[words.size()], gold = new boolean[words.size()];
            for (int i = 0; i < predicted.length; i++) {
                predicted[i] = p[from + i] >= cut;
                gold[i] = article.get(i).inside();
            }
            score.add(spans(words, predicted, true), spans(words, gold, false));
            from = to;
        }
        return score.f1();
    }

    private static LabelWeights fit(List<Example> examples, double lambda, double threshold) {
        long inside = examples.stream().filter(Example::inside).count();
        if (inside == 0 || inside == examples.size()) {
            return new LabelWeights(LABEL, inside == 0 ? -10 : 10, threshold, new float[DIMENSIONS]);
        }
        double[][] x = new double[examples.size()][];
        int[] y = new int[examples.size()];
        for (int i = 0; i < x.length; i++) {
            float[] f = examples.get(i).word().features();
            x[i] = new double[f.length];
            for (int k = 0; k < f.length; k++) x[i][k] = f[k];
            y[i] = examples.get(i).inside() ? 1 : 0;
        }
        double[] w = LogisticRegression.binomial(x, y, new LogisticRegression.Options(lambda, 1E-4, 200)).coefficients();
        float[] weights = new float[DIMENSIONS];
        for (int k = 0; k < DIMENSIONS; k++) weights[k] = (float) w[k];
        // Smile keeps the intercept after the feature weights
        return new LabelWeights(LABEL, w[DIMENSIONS], threshold, weights);
    }
}
