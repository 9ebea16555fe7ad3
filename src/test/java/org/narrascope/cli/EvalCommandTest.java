package org.narrascope.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

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
        assertThat(out).containsPattern("(?m)^tuning part \\(.*learnt without each article's event\\): 178 articles")
                .containsPattern("(?m)^held-out part \\(.*\\): 5 articles")
                .containsPattern("(?m)^claims \\(type \\+ speaker \\+ stance right\\)\\s+\\d\\.\\d{3}");
        String errors = out.substring(out.indexOf("Errors in the tuning part"));
        // the held-out articles are 17.txt to 21.txt; none of their errors is printed
        assertThat(errors).containsPattern("(?m)^(missed|wrong|extra) +\\d\\d\\.txt: ").doesNotContainPattern("(?m)^(missed|wrong|extra) +(?:1[7-9]|2[01])\\.txt: ");
    }

    @Test
    void aClaimIsRightForTheGoldClaimOnItsSentenceItAgreesWithWhereverThatOneIsListed(@TempDir Path dir) throws IOException {
        Files.createDirectories(dir.resolve("articles"));
        Files.writeString(dir.resolve("articles/01.txt"), "Ferry sinks off Kelbar\n\n"
                + "The Kelbar Coast Guard said the ferry Morrow sank at 07:31 on Thursday, four miles south of the harbour.\n");
        String sentence = "The Kelbar Coast Guard said the ferry Morrow sank at 07:31 on Thursday, four miles south of the harbour.";
        Files.writeString(dir.resolve("gold.json"), """
                {"entities": [{"name": "Kelbar Coast Guard", "type": "organization", "forms": ["Kelbar Coast Guard"]}],
                 "claims": [
                  {"file": "articles/01.txt", "sentence": "%1$s", "speaker": "Kelbar Coast Guard", "stance": "reports", "type": "place"},
                  {"file": "articles/01.txt", "sentence": "%1$s", "speaker": "Kelbar Coast Guard", "stance": "reports", "type": "time"}],
                 "questions": [], "events": []}
                """.formatted(sentence));

        assertThat(cli.run("eval", "claims", "--gold", dir.resolve("gold.json").toString())).isZero();
        assertThat(cli.out.toString()).containsPattern("(?m)^claims \\(type \\+ speaker \\+ stance right\\).*\\(1/1, 1/2\\)")
                .contains("missed  01.txt: place reports by Kelbar Coast Guard");
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
