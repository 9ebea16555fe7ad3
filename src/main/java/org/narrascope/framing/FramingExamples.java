package org.narrascope.framing;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.narrascope.learn.Example;
import org.narrascope.learn.LinearModel;
import org.narrascope.learn.OneVsRest;
import org.narrascope.semeval.FramingData;

/** SemEval-2025 subtask-1 mentions as training examples, and training. */
public final class FramingExamples {

    /** L2 strength, chosen by cross-validation on the English training data. */
    public static final double LAMBDA = 0.3;

    private FramingExamples() {
    }

    public static List<FramingClassifier.Features> features(FramingClassifier classifier, List<FramingData.Mention> mentions) {
        return classifier.features(mentions.stream().map(m -> new FramingClassifier.Mentions(m.text(), List.of(m.span()))).toList());
    }

    public static List<Example> examples(List<FramingData.Mention> mentions, List<FramingClassifier.Features> features) {
        List<Example> out = new ArrayList<>();
        for (int i = 0; i < mentions.size(); i++) {
            Set<String> labels = new LinkedHashSet<>(mentions.get(i).fineRoles());
            labels.add(mentions.get(i).mainRole());
            out.add(new Example(mentions.get(i).article(), features.get(i).vector(), labels));
        }
        return out;
    }

    public static LinearModel train(FramingClassifier classifier, List<Example> examples, double lambda, String language, Map<String, String> about) {
        return OneVsRest.fit("framing", language, classifier.space(), examples, classifier.labels(), lambda, 20261123L, about);
    }
}
