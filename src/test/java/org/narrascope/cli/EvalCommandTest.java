package org.narrascope.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The eval commands as a user runs them: figures on stdout, a missing data folder as one line on stderr. */
class EvalCommandTest {

    private final Cli cli = new Cli();

    @Test
    void ingestEvaluationPrintsPrecisionRecallAndF1PerField() {
        assertThat(cli.run("eval", "ingest")).isZero();
        assertThat(cli.out.toString()).contains("Pasted pages: 16", "P      R     F1")
                .containsPattern("(?m)^title\\s+\\d\\.\\d{3}\\s+\\d\\.\\d{3}\\s+\\d\\.\\d{3}")
                .containsPattern("(?m)^page furniture removed");
    }

    @Test
    void claimsEvaluationScoresTheTuningAndHeldOutPartsAndListsTuningErrors() {
        assertThat(cli.run("eval", "claims")).isZero();
        String out = cli.out.toString();
        assertThat(out).containsPattern("(?m)^tuning part \\(.*learnt without each article's event\\): 154 articles")
                .containsPattern("(?m)^held-out part \\(.*\\): 5 articles")
                .containsPattern("(?m)^claims \\(type \\+ speaker \\+ stance right\\)\\s+\\d\\.\\d{3}");
        String errors = out.substring(out.indexOf("Errors in the tuning part"));
        // the held-out articles are 17.txt to 21.txt; none of their errors is printed
        assertThat(errors).containsPattern("(?m)^(missed|wrong|extra) +\\d\\d\\.txt: ").doesNotContainPattern("(?m)^(missed|wrong|extra) +(?:1[7-9]|2[01])\\.txt: ");
    }

    @Test
    void missingBenchmarksAreOneLineNotAStackTrace() {
        assertThat(cli.run("eval", "reuse", "--benchmarks", "no/such/folder")).isEqualTo(1);
        assertThat(cli.err.toString().strip()).startsWith("error: no benchmarks folder at").doesNotContain("\tat ");
    }

    @Test
    void eventsEvaluationWithoutTheBenchmarksSaysWhereItLooked() {
        assertThat(cli.run("eval", "events", "--benchmarks", "no/such/folder")).isEqualTo(1);
        assertThat(cli.err.toString().strip()).startsWith("error: no benchmarks folder at").contains("train-articles").doesNotContain("\tat ");
    }
}
