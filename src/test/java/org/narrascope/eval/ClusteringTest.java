package org.narrascope.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

/** B-cubed: a grouping is scored per item, so one big wrong merge costs every item in it. */
class ClusteringTest {

    @Test
    void bCubedOfAMergeAndASplit() {
        List<List<String>> gold = List.of(List.of("a", "b", "c"), List.of("d"));
        // a and b found together, c alone, d wrongly with them: precision of a, b, d is 2/3, 2/3, 1/3
        double[] score = Clustering.bCubed(gold, List.of(List.of("a", "b", "d"), List.of("c")));

        assertThat(score[0]).isCloseTo((2 / 3.0 + 2 / 3.0 + 1 + 1 / 3.0) / 4, within(1e-9));
        assertThat(score[1]).isCloseTo((2 / 3.0 + 2 / 3.0 + 1 / 3.0 + 1) / 4, within(1e-9));
    }

    @Test
    void anItemNoGroupHoldsStandsAlone() {
        double[] score = Clustering.bCubed(List.of(List.of("a", "b")), List.of());

        assertThat(score).containsExactly(new double[] {1, 0.5, 2 / 3.0}, within(1e-9));
    }
}
