package org.narrascope.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** The eval commands as a user runs them: figures on stdout, a missing data folder as one line on stderr. */
class EvalCommandTest {

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        CommandLine cli = new CommandLine(new Narrascope());
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));
        return cli.execute(args);
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
