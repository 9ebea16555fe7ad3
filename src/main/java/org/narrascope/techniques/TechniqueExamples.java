package org.narrascope.techniques;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.narrascope.learn.Example;
import org.narrascope.learn.LinearModel;
import org.narrascope.learn.OneVsRest;
import org.narrascope.semeval.TechniqueData;

/** Turns SemEval-2023 paragraphs into training examples, and trains the technique model. */
public final class TechniqueExamples {

    /** L2 strength, chosen by cross-validation on the English training data. */
    public static final double LAMBDA = 1.0;

    private TechniqueExamples() {
    }

    /** Features of each paragraph, in the order given; consecutive paragraphs of one article are read together. */
    public static List<TechniqueDetector.Paragraph> features(TechniqueDetector detector, List<TechniqueData.Paragraph> paragraphs) {
        List<List<String>> articles = new ArrayList<>();
        String current = null;
        for (TechniqueData.Paragraph p : paragraphs) {
            if (!p.article().equals(current)) {
                articles.add(new ArrayList<>());
                current = p.article();
            }
            articles.get(articles.size() - 1).add(p.text());
        }
        List<TechniqueDetector.Paragraph> out = new ArrayList<>();
        for (List<TechniqueDetector.Paragraph> article : detector.features(articles)) out.addAll(article);
        return out;
    }

    public static List<Example> examples(List<TechniqueData.Paragraph> paragraphs, List<TechniqueDetector.Paragraph> features) {
        List<Example> out = new ArrayList<>();
        for (int i = 0; i < paragraphs.size(); i++) {
            out.add(new Example(paragraphs.get(i).article(), features.get(i).vector(), paragraphs.get(i).techniques()));
        }
        return out;
    }

    public static LinearModel train(TechniqueDetector detector, List<Example> examples, double lambda, String language, Map<String, String> about) {
        return OneVsRest.fit("techniques", language, detector.space(), examples, detector.techniques(), lambda, 20261123L, about);
    }
}
