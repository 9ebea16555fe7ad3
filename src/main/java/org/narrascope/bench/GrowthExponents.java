package org.narrascope.bench;

import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;

/** How running time grows with corpus size between measured sizes: 1.0 is linear, 2.0 is all pairs. */
final class GrowthExponents {

    private GrowthExponents() {
    }

    /** One line per two consecutive {@code {size, seconds}} rows: log time ratio over log size ratio. */
    static void print(List<double[]> rows, PrintWriter out) {
        for (int i = 1; i < rows.size(); i++) {
            double[] a = rows.get(i - 1);
            double[] b = rows.get(i);
            out.printf(Locale.ROOT, "growth exponent %d -> %d: %.2f%n", (long) a[0], (long) b[0], Math.log(b[1] / a[1]) / Math.log(b[0] / a[0]));
        }
    }
}
