package org.narrascope.narratives;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.narrascope.learn.Example;
import org.narrascope.learn.LinearModel;
import org.narrascope.learn.OneVsRest;
import org.narrascope.semeval.NarrativeData;

/** SemEval-2025 subtask-2 documents as training examples; training; and labels in the task's two columns. */
public final class NarrativeExamples {

    /** L2 strength, chosen by cross-validation on the English training data. */
    public static final double LAMBDA = 1.0;

    private NarrativeExamples() {
    }

    public static List<NarrativeClassifier.Document> features(NarrativeClassifier classifier, List<NarrativeData.Document> documents) {
        return classifier.features(documents.stream().map(NarrativeData.Document::title).toList(),
                documents.stream().map(NarrativeData.Document::paragraphs).toList());
    }

    public static List<Example> examples(List<NarrativeData.Document> documents, List<NarrativeClassifier.Document> features) {
        List<Example> out = new ArrayList<>();
        for (int i = 0; i < documents.size(); i++) {
            Set<String> labels = new LinkedHashSet<>(documents.get(i).narratives());
            labels.addAll(documents.get(i).subnarratives());
            // "Other" is learnt as a label of its own: the model says when an article pushes none of them
            if (labels.size() > 1) labels.remove(Taxonomy.OTHER);
            out.add(new Example(documents.get(i).id(), features.get(i).vector(), labels));
        }
        return out;
    }

    public static LinearModel train(NarrativeClassifier classifier, List<Example> examples, double lambda, String language, Map<String, String> about) {
        List<String> labels = new ArrayList<>(classifier.taxonomy().labels());
        labels.add(Taxonomy.OTHER);
        return OneVsRest.fit("narratives", language, classifier.space(), examples, labels, lambda, 20261123L, about);
    }

    /** The narrative column of the task: the narratives found, or {@code Other}. */
    public static Set<String> narratives(List<NarrativeClassifier.Found> found) {
        Set<String> out = new LinkedHashSet<>();
        for (NarrativeClassifier.Found f : found) if (f.parent() == null) out.add(f.label());
        if (out.isEmpty()) out.add(Taxonomy.OTHER);
        return out;
    }

    /** The subnarrative column of the task: the subnarratives found, or {@code Other}. */
    public static Set<String> subnarratives(List<NarrativeClassifier.Found> found) {
        Set<String> out = new LinkedHashSet<>();
        for (NarrativeClassifier.Found f : found) if (f.parent() != null) out.add(f.label());
        if (out.isEmpty()) out.add(Taxonomy.OTHER);
        return out;
    }
}
