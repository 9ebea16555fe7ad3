package org.narrascope.eval;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** B-cubed precision, recall and F1 of a grouping of items against gold groups. */
final class Clustering {

    private Clustering() {
    }

    /**
     * For each gold item, the share of its predicted group that shares its gold group (precision)
     * and the reverse (recall), averaged; an item no predicted group holds stands alone.
     */
    static double[] bCubed(Collection<? extends Collection<String>> gold, Collection<? extends Collection<String>> predicted) {
        Map<String, Set<String>> goldOf = groupOf(gold);
        Map<String, Set<String>> predictedOf = groupOf(predicted);
        double p = 0, r = 0;
        for (var g : goldOf.entrySet()) {
            Set<String> mine = predictedOf.getOrDefault(g.getKey(), Set.of(g.getKey()));
            long both = mine.stream().filter(g.getValue()::contains).count();
            p += both / (double) mine.size();
            r += both / (double) g.getValue().size();
        }
        int n = goldOf.size();
        if (n == 0) return new double[] {0, 0, 0};
        p /= n;
        r /= n;
        return new double[] {p, r, p + r == 0 ? 0 : 2 * p * r / (p + r)};
    }

    private static Map<String, Set<String>> groupOf(Collection<? extends Collection<String>> groups) {
        Map<String, Set<String>> out = new HashMap<>();
        for (Collection<String> g : groups) {
            Set<String> members = Set.copyOf(g);
            members.forEach(m -> out.put(m, members));
        }
        return out;
    }

    static List<List<String>> singletons(Collection<String> items) {
        return items.stream().map(List::of).toList();
    }
}
