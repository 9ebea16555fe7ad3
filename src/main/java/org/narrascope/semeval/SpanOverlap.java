package org.narrascope.semeval;

import java.util.List;
import org.narrascope.model.Span;

/**
 * The SemEval-2020 Task 11 span-identification metric, summed over a corpus: each predicted span
 * earns the share of its characters inside gold spans (precision), each gold span the share of it
 * covered by predicted spans (recall).
 */
public final class SpanOverlap {

    private double precision;
    private double recall;
    private int predicted;
    private int gold;

    /** Adds one article's predicted and gold spans. */
    public void add(List<Span> predictedSpans, List<Span> goldSpans) {
        for (Span s : predictedSpans) precision += covered(s, goldSpans) / (double) Math.max(1, s.end() - s.start());
        for (Span g : goldSpans) recall += covered(g, predictedSpans) / (double) Math.max(1, g.end() - g.start());
        predicted += predictedSpans.size();
        gold += goldSpans.size();
    }

    /** Characters of {@code s} inside any of {@code others}. */
    private static int covered(Span s, List<Span> others) {
        boolean[] in = new boolean[s.end() - s.start()];
        for (Span o : others) for (int i = Math.max(s.start(), o.start()); i < Math.min(s.end(), o.end()); i++) in[i - s.start()] = true;
        int n = 0;
        for (boolean b : in) if (b) n++;
        return n;
    }

    public double precision() {
        return predicted == 0 ? 0 : precision / predicted;
    }

    public double recall() {
        return gold == 0 ? 0 : recall / gold;
    }

    public double f1() {
        double p = precision(), r = recall();
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }

    public int predicted() {
        return predicted;
    }
}
