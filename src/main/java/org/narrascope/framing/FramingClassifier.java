package org.narrascope.framing;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.narrascope.learn.CueLexicon;
import org.narrascope.learn.FeatureSpace;
import org.narrascope.learn.LabelPrototypes;
import org.narrascope.learn.LabelTexts;
import org.narrascope.learn.LabelWeights;
import org.narrascope.learn.LinearModel;
import org.narrascope.model.Span;
import org.narrascope.nlp.SentenceEmbeddings;
import org.narrascope.nlp.TokenEmbeddings;
import smile.util.SparseArray;

/**
 * How an article casts an actor: protagonist, antagonist or innocent, and the fine roles under
 * that. It reads the sentences around the actor's mentions with the actor's name replaced by
 * "X" (so the judgement is about the framing, not the name alone), compares them with the role
 * descriptions, counts role cue words, and, when a trained model is present, applies its
 * logistic regressions: the main role with the highest probability, then the fine roles of that
 * main role that reach their threshold (at least the most probable one).
 */
public final class FramingClassifier {

    public static final String SHIPPED_MODEL = LinearModel.trainedFile(SentenceEmbeddings.LANGUAGE);
    /** Placeholder the role descriptions use for the actor. */
    static final String ACTOR = "X";
    private static final int CONTEXT_CHARS = 400;
    private static final int WINDOW_WORDS = 12;
    /** Probability a second fine role needs. */
    static final double SECOND_ROLE = 0.5;

    /** One actor in one article: the article text and the spans of the actor's mentions. */
    public record Mentions(String text, List<Span> spans) {
    }

    /** A role judgement; {@code evidence} are the sentences read. */
    public record Role(String main, List<String> fine, double score, List<Span> evidence) {
    }

    /** What the classifier reads of one actor. */
    public record Features(SparseArray vector, double[] similarity, int[] cues, List<Span> evidence) {
    }

    private final RoleInventory roles;
    private final LabelPrototypes prototypes;
    private final CueLexicon cues;
    private final FeatureSpace space;
    private final LinearModel model;

    private FramingClassifier(LinearModel model) {
        roles = RoleInventory.shipped();
        prototypes = new LabelPrototypes(roles.descriptions(), roles.fineRoles());
        cues = new CueLexicon(LabelTexts.resource(FramingClassifier.class, "cues.tsv"), roles.mainRoles());
        space = new FeatureSpace(2 * SentenceEmbeddings.DIMENSIONS + roles.fineRoles().size() + 2 * roles.mainRoles().size(), 12);
        this.model = model == null ? null : model.requireLayout(space);
    }

    private FramingClassifier(FramingClassifier loaded, LinearModel model) {
        roles = loaded.roles;
        prototypes = loaded.prototypes;
        cues = loaded.cues;
        space = loaded.space;
        this.model = model == null ? null : model.requireLayout(space);
    }

    public static FramingClassifier standard() {
        return new FramingClassifier(LinearModel.shipped(FramingClassifier.class, SHIPPED_MODEL));
    }

    public static FramingClassifier zeroShot() {
        return new FramingClassifier(null);
    }

    /** The same role descriptions and cues (already embedded) with another model; null for zero-shot. */
    public FramingClassifier withModel(LinearModel model) {
        return new FramingClassifier(this, model);
    }

    public RoleInventory roles() {
        return roles;
    }

    public FeatureSpace space() {
        return space;
    }

    /** Labels a model learns: the main roles and the fine roles. */
    public List<String> labels() {
        List<String> out = new ArrayList<>(roles.mainRoles());
        out.addAll(roles.fineRoles());
        return out;
    }

    public List<Features> features(List<Mentions> actors) {
        List<String> contexts = new ArrayList<>();
        List<List<Span>> evidence = new ArrayList<>();
        List<List<String>> windows = new ArrayList<>();
        List<float[]> actorVectors = new ArrayList<>();
        for (Mentions m : actors) {
            float[] actorVector = new float[SentenceEmbeddings.DIMENSIONS];
            StringBuilder context = new StringBuilder();
            List<Span> read = new ArrayList<>();
            List<String> window = new ArrayList<>();
            for (Span s : m.spans()) {
                Span sentence = sentence(m.text(), s);
                if (read.contains(sentence)) continue;
                read.add(sentence);
                float[] v = TokenEmbeddings.shared().span(m.text().substring(sentence.start(), sentence.end()), s.start() - sentence.start(), s.end() - sentence.start());
                for (int d = 0; d < v.length; d++) actorVector[d] += v[d];
                String before = m.text().substring(sentence.start(), s.start());
                String after = m.text().substring(s.end(), sentence.end());
                context.append(before).append(ACTOR).append(after).append(' ');
                List<String> left = FeatureSpace.words(before);
                List<String> right = FeatureSpace.words(after);
                for (String w : left.subList(Math.max(0, left.size() - WINDOW_WORDS), left.size())) window.add("<" + w);
                for (String w : right.subList(0, Math.min(WINDOW_WORDS, right.size()))) window.add(">" + w);
                for (String w : FeatureSpace.words(m.text().substring(s.start(), s.end()))) window.add("=" + w);
            }
            contexts.add(context.toString().strip());
            evidence.add(read);
            windows.add(window);
            actorVectors.add(SentenceEmbeddings.unit(actorVector));
        }
        float[][] vectors = SentenceEmbeddings.embed(contexts);
        List<Features> out = new ArrayList<>();
        List<String> mains = roles.mainRoles();
        for (int i = 0; i < actors.size(); i++) {
            double[] sim = prototypes.similarity(vectors[i]);
            int[] cueCounts = cues.counts(contexts.get(i));
            double[] dense = new double[space.dense()];
            int d = 0;
            for (float x : vectors[i]) dense[d++] = x;
            for (float x : actorVectors.get(i)) dense[d++] = x;
            for (double s : sim) dense[d++] = s;
            for (int c : cueCounts) dense[d++] = Math.log1p(c);
            for (String main : mains) dense[d++] = best(sim, main);
            List<String> words = new ArrayList<>(windows.get(i));
            words.addAll(FeatureSpace.words(contexts.get(i)));
            out.add(new Features(space.vector(dense, words), sim, cueCounts, evidence.get(i)));
        }
        return out;
    }

    /** The sentence around a span, bounded so one run-on paragraph does not stand for a sentence. */
    static Span sentence(String text, Span s) {
        int start = s.start();
        int floor = Math.max(0, s.start() - CONTEXT_CHARS);
        while (start > floor && !boundary(text, start - 1)) start--;
        int end = s.end();
        int ceiling = Math.min(text.length(), s.end() + CONTEXT_CHARS);
        while (end < ceiling && !boundary(text, end)) end++;
        if (end < text.length() && text.charAt(end) != '\n') end++;
        while (start < s.start() && Character.isWhitespace(text.charAt(start))) start++;
        return new Span(start, end);
    }

    private static boolean boundary(String text, int i) {
        char c = text.charAt(i);
        if (c == '\n') return true;
        return (c == '.' || c == '!' || c == '?') && (i + 1 >= text.length() || Character.isWhitespace(text.charAt(i + 1)));
    }

    private double best(double[] sim, String main) {
        double best = 0;
        List<String> fine = roles.fineRoles();
        for (int f = 0; f < fine.size(); f++) if (roles.mainOf().get(fine.get(f)).equals(main)) best = Math.max(best, sim[f]);
        return best;
    }

    public Role decide(Features f) {
        Map<String, Double> main = new LinkedHashMap<>();
        Map<String, Double> fine = new LinkedHashMap<>();
        List<String> mains = roles.mainRoles();
        List<String> fines = roles.fineRoles();
        if (model != null) {
            for (String m : mains) main.put(m, probability(m, f));
            for (String r : fines) fine.put(r, probability(r, f));
        } else {
            // zero-shot: closeness to the role descriptions, nudged by cue words near the actor
            for (int m = 0; m < mains.size(); m++) main.put(mains.get(m), best(f.similarity(), mains.get(m)) + 0.02 * Math.min(3, f.cues()[m]));
            for (int r = 0; r < fines.size(); r++) fine.put(fines.get(r), f.similarity()[r]);
        }
        String chosen = main.entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow().getKey();
        List<String> under = new ArrayList<>(roles.fineRoles(chosen));
        under.sort(Comparator.comparingDouble((String r) -> fine.get(r)).reversed());
        // most actors have one fine role: a second only when the model is sure of it
        List<String> given = new ArrayList<>(List.of(under.get(0)));
        for (String r : under.subList(1, under.size())) {
            LabelWeights w = model == null ? null : model.label(r);
            if (w != null && fine.get(r) >= Math.max(w.threshold(), SECOND_ROLE)) given.add(r);
        }
        double total = main.values().stream().mapToDouble(Double::doubleValue).sum();
        return new Role(chosen, given, model == null || total == 0 ? main.get(chosen) : main.get(chosen) / total, f.evidence());
    }

    private double probability(String label, Features f) {
        LabelWeights w = model.label(label);
        return w == null ? 0 : w.probability(f.vector());
    }
}
