package org.narrascope.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The eval commands as a user runs them: figures on stdout, a missing data folder as one line on stderr. */
class EvalCommandTest {

    private final Cli cli = new Cli();
    private final java.io.StringWriter out = cli.out;
    private final java.io.StringWriter err = cli.err;

    private int run(String... args) {
        return cli.run(args);
    }

    @Test
    void ingestEvaluationPrintsPrecisionRecallAndF1PerField() {
        assertThat(run("eval", "ingest")).isZero();
        assertThat(out.toString()).contains("Pasted pages: 16", "P      R     F1")
                .containsPattern("(?m)^title\\s+\\d\\.\\d{3}\\s+\\d\\.\\d{3}\\s+\\d\\.\\d{3}")
                .containsPattern("(?m)^page furniture removed");
    }

    @Test
    void missingBenchmarksAreOneLineNotAStackTrace() {
        assertThat(run("eval", "reuse", "--benchmarks", "no/such/folder")).isEqualTo(1);
        assertThat(err.toString().strip()).startsWith("error: no benchmarks folder at").doesNotContain("\tat ");
    }
}
