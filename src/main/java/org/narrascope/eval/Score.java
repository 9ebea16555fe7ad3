package org.narrascope.eval;

import java.util.Locale;

/** Precision, recall and F1 from counts, printed the same way by every evaluation. */
public record Score(int truePositives, int predicted, int gold) {

    public double precision() {
        return predicted == 0 ? (gold == 0 ? 1 : 0) : truePositives / (double) predicted;
    }

    public double recall() {
        return gold == 0 ? 1 : truePositives / (double) gold;
    }

    public double f1() {
        double p = precision();
        double r = recall();
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }

    /** {@code label  P  R  F1  (tp/predicted, tp/gold)}. */
    public String row(String label) {
        return String.format(Locale.ROOT, "%-44s %6.3f %6.3f %6.3f   (%d/%d, %d/%d)", label, precision(), recall(), f1(),
                truePositives, predicted, truePositives, gold);
    }

    public static String header(String what) {
        return String.format(Locale.ROOT, "%-44s %6s %6s %6s", what, "P", "R", "F1");
    }
}
