package org.narrascope.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The bench commands as a user runs them: a row per size, the baseline where asked for, the growth between sizes. */
class BenchCommandTest {

    private final Cli cli = new Cli();

    @Test
    void eventBenchmarkTimesEachSizeAndTheAllPairsBaselineUpToItsLimit() {
        assertThat(cli.run("bench", "events", "--articles", "40,80", "--baseline-up-to", "40")).isZero();
        assertThat(cli.out.toString()).contains("articles/s", "all-pairs s")
                .containsPattern("(?m)^\\s+40\\s+\\d+\\.\\d{2}\\s+\\d+\\s+\\d+\\s+\\d+\\.\\d{2}\\s+\\d+\\.\\dx$")
                .containsPattern("(?m)^\\s+80\\s+\\d+\\.\\d{2}\\s+\\d+\\s+\\d+\\s+skipped\\s+-$")
                .containsPattern("(?m)^growth exponent 40 -> 80: ");
    }
}
