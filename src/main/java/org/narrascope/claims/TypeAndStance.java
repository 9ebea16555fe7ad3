package org.narrascope.claims;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;
import org.narrascope.learn.Example;
import org.narrascope.learn.FeatureSpace;
import org.narrascope.learn.LabelWeights;
import org.narrascope.learn.LinearModel;
import org.narrascope.learn.OneVsRest;
import org.narrascope.model.Claim;
import org.narrascope.nlp.SentenceEmbeddings;
import smile.util.SparseArray;

/**
 * A second opinion on each claim's type and stance, learnt from the hand-annotated claims ({@code narrascope
 * train claim-types}). The extractor's rules find a claim and read it from its cue; whether a speaker's account
 * of a deed is a plain statement or an accusation, or whether the article takes it up or puts it at a distance,
 * depends on the whole sentence, which a model over its words and its embedding reads better. The rules' reading is among the
 * model's inputs. A claim takes the type the model prefers unless another claim on the sentence already has it
 * (the rules give one sentence several claims of different types on purpose), and the stance it is clearly surer of.
 * A claim the model reads as {@link #NO_CLAIM}, like those the rules find on sentences the annotators left without a
 * claim ("The interview has been edited for length."), is dropped.
 */
public final class TypeAndStance implements UnaryOperator<List<Claim>> {

    public static final List<String> TYPES = List.of("responsibility", "accusation", "denial", "statement", "quantity", "place", "time", "other");
    private static final Set<String> BLAME = Set.of("responsibility", "accusation", "denial");
    public static final List<String> STANCES = List.of("asserts", "reports", "denies", "questions");
    /**
     * Dense inputs: the rules' type, the stance, whether there is a speaker entity, a speaker named by no entity, a subject and an
     * object, and the sentence's embedding, which tells a charge from a plain account where the two share few words.
     */
    public static final FeatureSpace SPACE = new FeatureSpace(TYPES.size() + STANCES.size() + 4 + SentenceEmbeddings.DIMENSIONS, 14);
    /** The embedding's weight beside the unit-length word vector (of 0.25, 0.5, 1 and 3, 0.5 did best out of fold). */
    private static final double EMBEDDING_WEIGHT = 0.5;
    /**
     * The L2 penalty. Out of fold on the 202 tuning articles 0.1 gave a few more right claims than 0.3 in all, but fewer on
     * two of the six groups of articles, the sparsest gold among them, so 0.3 stays.
     */
    public static final double LAMBDA = 0.3;
    /** A stance is changed only when the model is this much surer of another: a wrong stance turns a report into the article's own word. */
    static final double STANCE_MARGIN = 0.2;
    /** The least probability of a further type on a claim's sentence: an extra claim that is wrong costs precision. */
    static final double FURTHER_TYPE = 0.5;
    /** The label of a claim found on a sentence the annotators gave no claim. */
    public static final String NO_CLAIM = "none";
    /** The least probability of {@link #NO_CLAIM} that drops a claim: a right claim dropped costs recall. */
    static final double DROP = 0.5;
    public static final String SHIPPED_MODEL = "claim-types-en.json";

    private final LinearModel model;
    /** The probability of {@link #NO_CLAIM} from which a claim is dropped (above any probability when the model has no such label). */
    private final double dropAt;

    private TypeAndStance(LinearModel model) {
        this.model = model;
        LabelWeights none = model == null ? null : model.label(NO_CLAIM);
        this.dropAt = none == null ? 1 : Math.max(DROP, none.threshold());
    }

    /** The model shipped in the jar, read once per process; the rules' types alone when none was trained. */
    public static TypeAndStance shipped() {
        return Shipped.MODEL;
    }

    private static final class Shipped {
        static final TypeAndStance MODEL = load();

        private static TypeAndStance load() {
            LinearModel model = LinearModel.shipped(TypeAndStance.class, SHIPPED_MODEL);
            return new TypeAndStance(model == null ? null : model.requireLayout(SPACE));
        }
    }

    /** A model learnt from {@code examples} made by {@link #example}: one label for each type and each stance. */
    public static TypeAndStance train(List<Example> examples, Map<String, String> about) {
        List<String> labels = new ArrayList<>(TYPES);
        labels.addAll(STANCES);
        labels.add(NO_CLAIM);
        return new TypeAndStance(OneVsRest.fit("claim-types", "en", SPACE, examples, labels, LAMBDA, 7, about));
    }

    public LinearModel model() {
        return model;
    }

    /** Claims the rules found, each with the types and stances the annotators gave it (its sentences embedded in one batch). */
    public static List<Example> examples(List<Claim> claims, List<Set<String>> goldTypesAndStances) {
        Map<String, float[]> vectorOf = embedded(claims);
        List<Example> out = new ArrayList<>(claims.size());
        for (int i = 0; i < claims.size(); i++) {
            Claim c = claims.get(i);
            out.add(new Example(c.article(), features(c, vectorOf.get(c.text())), goldTypesAndStances.get(i)));
        }
        return out;
    }

    @Override
    public List<Claim> apply(List<Claim> claims) {
        if (model == null) return claims;
        Map<String, List<String>> typesOnSentence = new HashMap<>();
        for (Claim c : claims) typesOnSentence.computeIfAbsent(c.article() + c.span(), k -> new ArrayList<>()).add(c.type());
        Map<String, float[]> vectorOf = embedded(claims);
        List<Claim> out = new ArrayList<>(claims.size());
        for (Claim c : claims) {
            Map<String, Double> p = model.probabilities(features(c, vectorOf.get(c.text())));
            if (p.getOrDefault(NO_CLAIM, 0.0) >= dropAt) continue;
            List<String> onSentence = typesOnSentence.get(c.article() + c.span());
            String type = likeliest(p, TYPES, c.type());
            if (onSentence.contains(type)) type = c.type();
            String stance = likeliest(p, STANCES, c.stance());
            if (p.getOrDefault(stance, 0.0) < p.getOrDefault(c.stance(), 0.0) + STANCE_MARGIN) stance = c.stance();
            out.add(type.equals(c.type()) && stance.equals(c.stance()) ? c : retyped(c, c.id(), type, stance));
            onSentence.add(type);
            // a sentence often makes several claims in one voice (a charge and the toll in it): each further type the model
            // gives above its threshold is one more claim
            for (LabelWeights l : model.labels()) {
                if (!TYPES.contains(l.label()) || onSentence.contains(l.label()) || p.get(l.label()) < Math.max(l.threshold(), FURTHER_TYPE)) continue;
                out.add(retyped(c, c.id() + "-" + l.label(), l.label(), stance));
                onSentence.add(l.label());
            }
        }
        return out;
    }

    /** The embedding of each claim's sentence, each distinct sentence embedded once. */
    private static Map<String, float[]> embedded(List<Claim> claims) {
        List<String> sentences = claims.stream().map(Claim::text).distinct().toList();
        float[][] vectors = SentenceEmbeddings.embed(sentences);
        Map<String, float[]> vectorOf = new HashMap<>();
        for (int i = 0; i < vectors.length; i++) vectorOf.put(sentences.get(i), vectors[i]);
        return vectorOf;
    }

    /** {@code c} read as {@code type} and {@code stance}. */
    private static Claim retyped(Claim c, String id, String type, String stance) {
        // the rules chose the subject of a statement as the first party named, not as the one blamed: it names no culprit
        String subject = BLAME.contains(type) && !BLAME.contains(c.type()) ? null : c.subject();
        return new Claim(id, c.article(), c.span(), c.text(), c.speaker(), c.speakerText(), stance, type, subject, c.object(), c.question());
    }

    private static String likeliest(Map<String, Double> p, List<String> labels, String fallback) {
        String best = fallback;
        double top = -1;
        for (String label : labels) {
            Double v = p.get(label);
            if (v != null && v > top) {
                top = v;
                best = label;
            }
        }
        return best;
    }

    private static SparseArray features(Claim c, float[] sentence) {
        double[] dense = new double[SPACE.dense()];
        int ruleType = TYPES.indexOf(c.type());
        if (ruleType >= 0) dense[ruleType] = 1;
        int stance = STANCES.indexOf(c.stance());
        if (stance >= 0) dense[TYPES.size() + stance] = 1;
        int flags = TYPES.size() + STANCES.size();
        dense[flags] = c.speaker() != null ? 1 : 0;
        dense[flags + 1] = c.speaker() == null && c.speakerText() != null ? 1 : 0;
        dense[flags + 2] = c.subject() != null ? 1 : 0;
        dense[flags + 3] = c.object() != null ? 1 : 0;
        for (int i = 0; i < sentence.length; i++) dense[flags + 4 + i] = EMBEDDING_WEIGHT * sentence[i];
        return SPACE.vector(dense, FeatureSpace.words(c.text()));
    }
}
