package org.narrascope.narratives;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.narrascope.learn.FeatureSpace;
import org.narrascope.learn.LabelPrototypes;
import org.narrascope.learn.LabelWeights;
import org.narrascope.learn.LinearModel;
import org.narrascope.learn.VoiceSigns;
import org.narrascope.nlp.SentenceEmbeddings;
import smile.util.SparseArray;

/**
 * The narratives an article pushes, each with the paragraph that shows it best. A trained model
 * (shipped, or written by {@code narrascope train narratives}) decides the labels it knows;
 * labels it does not know (a user's own taxonomy) and everything when no model is present are
 * decided zero-shot, by how close the article's best paragraphs come to the label's description
 * and examples. A subnarrative is only given under its narrative.
 */
public final class NarrativeClassifier {

    public static final String SHIPPED_MODEL = LinearModel.trainedFile(SentenceEmbeddings.LANGUAGE);
    /** Zero-shot: mean similarity of the article's best paragraphs that a label must reach. */
    static final double ZERO_SHOT_NARRATIVE = 0.52;
    static final double ZERO_SHOT_SUBNARRATIVE = 0.55;
    /** Paragraphs read per article: the story is told by then, and long pages stay cheap. */
    static final int MAX_PARAGRAPHS = 60;
    private static final int BEST = 2;
    static final int MAX_NARRATIVES = 3;

    /** A narrative found in an article; {@code paragraph} is the index of its best evidence. */
    public record Found(String label, String parent, double score, int paragraph) {
    }

    /** What the classifier reads of an article: the model's vector, and per label its similarity and best paragraph. */
    public record Document(SparseArray vector, double[] similarity, int[] evidence) {
    }

    private final Taxonomy taxonomy;
    private final LabelPrototypes prototypes;
    private final FeatureSpace space;
    private final LinearModel model;
    private final List<String> shippedLabels;

    private NarrativeClassifier(Taxonomy taxonomy, LinearModel model) {
        this.taxonomy = taxonomy;
        this.prototypes = new LabelPrototypes(taxonomy.texts(), taxonomy.labels());
        this.shippedLabels = Taxonomy.shipped().labels();
        // the model's features cover the shipped labels only, so a user's taxonomy does not shift them
        this.space = new FeatureSpace(SentenceEmbeddings.DIMENSIONS + shippedLabels.size() + VoiceSigns.FEATURES, 12);
        this.model = model == null ? null : model.requireLayout(space);
    }

    private NarrativeClassifier(NarrativeClassifier loaded, LinearModel model) {
        this.taxonomy = loaded.taxonomy;
        this.prototypes = loaded.prototypes;
        this.shippedLabels = loaded.shippedLabels;
        this.space = loaded.space;
        this.model = model == null ? null : model.requireLayout(space);
    }

    public static NarrativeClassifier standard(Taxonomy taxonomy) {
        return new NarrativeClassifier(taxonomy, LinearModel.shipped(NarrativeClassifier.class, SHIPPED_MODEL));
    }

    /**
     * A classifier with the model shipped for {@code language} (ISO 639-1); null when none is. A
     * user's own labels are left out: they are found zero-shot, which reads English only.
     */
    public NarrativeClassifier forLanguage(String language) {
        LinearModel shipped = LinearModel.shipped(NarrativeClassifier.class, LinearModel.trainedFile(language));
        if (shipped == null) return null;
        return (taxonomy.labels().equals(shippedLabels) ? this : zeroShot(Taxonomy.shipped())).withModel(shipped);
    }

    public static NarrativeClassifier zeroShot(Taxonomy taxonomy) {
        return new NarrativeClassifier(taxonomy, null);
    }

    /** The same taxonomy (already embedded) with another model; null for zero-shot. */
    public NarrativeClassifier withModel(LinearModel model) {
        return new NarrativeClassifier(this, model);
    }

    public Taxonomy taxonomy() {
        return taxonomy;
    }

    public FeatureSpace space() {
        return space;
    }

    /** Features of each article given as its title and paragraphs. */
    public List<Document> features(List<String> titles, List<List<String>> paragraphs) {
        List<String> all = new ArrayList<>();
        for (int a = 0; a < titles.size(); a++) {
            all.add(titles.get(a) == null ? "" : titles.get(a));
            all.addAll(read(paragraphs.get(a)));
        }
        float[][] vectors = SentenceEmbeddings.embed(all);
        List<String> shipped = shippedLabels;
        List<Document> out = new ArrayList<>();
        int k = 0;
        for (int a = 0; a < titles.size(); a++) {
            List<String> read = read(paragraphs.get(a));
            int n = read.size() + 1;
            double[][] sims = new double[n][];
            double[] mean = new double[SentenceEmbeddings.DIMENSIONS];
            for (int i = 0; i < n; i++) {
                float[] v = vectors[k + i];
                sims[i] = prototypes.similarity(v);
                for (int d = 0; d < mean.length; d++) mean[d] += v[d] / n;
            }
            k += n;
            double[] similarity = new double[taxonomy.labels().size()];
            int[] evidence = new int[similarity.length];
            for (int l = 0; l < similarity.length; l++) {
                double[] col = new double[n];
                int best = 0;
                for (int i = 0; i < n; i++) {
                    col[i] = sims[i][l];
                    if (col[i] > col[best]) best = i;
                }
                java.util.Arrays.sort(col);
                double top = 0;
                for (int b = 0; b < Math.min(BEST, n); b++) top += col[n - 1 - b];
                similarity[l] = top / Math.min(BEST, n);
                evidence[l] = best - 1; // -1: the title
            }
            double[] dense = new double[space.dense()];
            System.arraycopy(mean, 0, dense, 0, mean.length);
            for (int s = 0; s < shipped.size(); s++) {
                int l = taxonomy.labels().indexOf(shipped.get(s));
                dense[mean.length + s] = l < 0 ? 0 : similarity[l];
            }
            System.arraycopy(VoiceSigns.shares(read), 0, dense, mean.length + shipped.size(), VoiceSigns.FEATURES);
            List<String> words = new ArrayList<>(FeatureSpace.words(all.get(k - n)));
            for (String p : read) words.addAll(FeatureSpace.words(p));
            out.add(new Document(space.vector(dense, words), similarity, evidence));
        }
        return out;
    }

    private static List<String> read(List<String> paragraphs) {
        return paragraphs.size() > MAX_PARAGRAPHS ? paragraphs.subList(0, MAX_PARAGRAPHS) : paragraphs;
    }

    /**
     * The narratives and subnarratives of one article; empty means {@link Taxonomy#OTHER}. An
     * article is about one domain (the war, the climate): labels of other domains than the
     * strongest one are dropped, and at most {@link #MAX_NARRATIVES} narratives are kept. A
     * trained model also learns "Other" itself, and wins over narratives it is surer of. Labels of
     * a user's own taxonomy are chosen apart from the shipped ones, so neither crowds out the other.
     */
    public List<Found> decide(Document d) {
        List<Found> out = new ArrayList<>(select(d, true));
        out.addAll(select(d, false));
        return out;
    }

    private List<Found> select(Document d, boolean shipped) {
        List<String> labels = taxonomy.labels();
        List<Found> narratives = new ArrayList<>();
        List<Found> subs = new ArrayList<>();
        java.util.Map<String, Double> strength = new java.util.HashMap<>();
        for (int l = 0; l < labels.size(); l++) {
            String label = labels.get(l);
            if (shippedLabels.contains(label) != shipped) continue;
            String parent = taxonomy.parent(label);
            LabelWeights w = model == null ? null : model.label(label);
            double score;
            double threshold;
            if (w != null) {
                score = w.probability(d.vector());
                threshold = w.threshold();
            } else if (model != null && shipped) {
                continue; // too rare to learn: the trained model never gives it
            } else {
                score = d.similarity()[l];
                threshold = parent == null ? ZERO_SHOT_NARRATIVE : ZERO_SHOT_SUBNARRATIVE;
            }
            if (score >= threshold) {
                (parent == null ? narratives : subs).add(new Found(label, parent, score, d.evidence()[l]));
                strength.put(label, score / threshold);
            }
        }
        Comparator<Found> strongest = Comparator.comparingDouble((Found f) -> strength.get(f.label())).reversed();
        narratives.sort(strongest);
        if (!narratives.isEmpty()) {
            String domain = domain(narratives.get(0).label());
            narratives.removeIf(n -> !domain(n.label()).equals(domain));
        }
        if (narratives.size() > MAX_NARRATIVES) narratives.subList(MAX_NARRATIVES, narratives.size()).clear();
        LabelWeights none = model == null || !shipped ? null : model.label(Taxonomy.OTHER);
        if (none != null && !narratives.isEmpty()
                && none.probability(d.vector()) / none.threshold() >= strength.get(narratives.get(0).label())) {
            return List.of(); // the model is surer the article pushes none than that it pushes its best narrative
        }
        Set<String> given = new HashSet<>();
        for (Found f : narratives) given.add(f.label());
        List<Found> out = new ArrayList<>(narratives);
        Set<String> covered = new HashSet<>();
        subs.sort(strongest);
        for (Found s : subs) {
            if (given.contains(s.parent())) {
                out.add(s);
                covered.add(s.parent());
            }
        }
        // a narrative with none of its named subnarratives has the taxonomy's catch-all one, as in the shared task
        for (Found n : narratives) {
            String other = n.label() + ": " + Taxonomy.OTHER;
            if (!covered.contains(n.label()) && taxonomy.parent(other) != null) out.add(new Found(other, n.label(), n.score(), n.paragraph()));
        }
        return out;
    }

    /** {@code URW} of {@code URW: Praise of Russia}; a label without a domain prefix is its own domain. */
    private static String domain(String label) {
        int colon = label.indexOf(':');
        return colon < 0 ? label : label.substring(0, colon);
    }
}
