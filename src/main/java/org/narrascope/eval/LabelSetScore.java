package org.narrascope.eval;

import java.io.PrintWriter;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Scores predicted label sets against gold ones the ways the shared tasks do: micro-averaged F1
 * over (item, label) pairs and samples-averaged F1 (the mean of each item's F1); per label as well.
 */
public final class LabelSetScore {

    private int items;
    private double samplesF1;
    private int tp;
    private int predicted;
    private int gold;
    private final Map<String, int[]> perLabel = new TreeMap<>();

    public void add(Set<String> goldLabels, Set<String> predictedLabels) {
        items++;
        Set<String> both = new HashSet<>(goldLabels);
        both.retainAll(predictedLabels);
        tp += both.size();
        predicted += predictedLabels.size();
        gold += goldLabels.size();
        int sum = goldLabels.size() + predictedLabels.size();
        samplesF1 += sum == 0 ? 1 : 2.0 * both.size() / sum;
        for (String l : goldLabels) perLabel.computeIfAbsent(l, k -> new int[3])[2]++;
        for (String l : predictedLabels) perLabel.computeIfAbsent(l, k -> new int[3])[1]++;
        for (String l : both) perLabel.get(l)[0]++;
    }

    public Score micro() {
        return new Score(tp, predicted, gold);
    }

    public double samplesF1() {
        return items == 0 ? 0 : samplesF1 / items;
    }

    public void printPerLabel(PrintWriter out, String what) {
        out.println(Score.header(what));
        perLabel.forEach((label, c) -> out.println(new Score(c[0], c[1], c[2]).row(label)));
    }
}
