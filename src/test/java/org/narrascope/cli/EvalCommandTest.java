package org.narrascope.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Tag;
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
    void claimsEvaluationScoresEachHeldOutPartBesideTheGoldButListsOnlyTuningErrors(@TempDir Path dir) throws IOException {
        article(dir, "01.txt", "Ferry sinks off Kelbar", "The Kelbar Coast Guard said the ferry Morrow sank on Thursday.");
        article(dir, "02.txt", "Mill fire in Ostrava Vale", "Fire crews said the mill at Ostrava Vale burned for six hours.");
        article(dir.resolve("held-out"), "31.txt", "Bridge closed in Tamsk", "City engineers said the Tamsk bridge was closed on Monday.");
        article(dir.resolve("held-out-2"), "41.txt", "Flood in Varro", "The mayor of Varro said 40 homes were flooded.");
        gold(dir, responsibilityClaim("01.txt", "The Kelbar Coast Guard said the ferry Morrow sank on Thursday.")
                + "," + responsibilityClaim("02.txt", "Fire crews said the mill at Ostrava Vale burned for six hours."), "01.txt", "02.txt");
        gold(dir.resolve("held-out"), responsibilityClaim("31.txt", "City engineers said the Tamsk bridge was closed on Monday."), "31.txt");
        gold(dir.resolve("held-out-2"), responsibilityClaim("41.txt", "The mayor of Varro said 40 homes were flooded."), "41.txt");

        assertThat(cli.run("eval", "claims", "--gold", dir.resolve("gold.json").toString())).isZero();
        String out = cli.out.toString();
        assertThat(out).containsPattern("(?m)^tuning part \\(.*learnt without each article's event\\): 2 articles")
                .containsPattern("(?m)^held-out part \\(.*held-out/gold.json\\): 1 articles")
                .containsPattern("(?m)^held-out part \\(.*held-out-2/gold.json\\): 1 articles");
        String errors = out.substring(out.indexOf("Errors in the tuning part"));
        assertThat(errors).containsPattern("(?m)^wrong +01\\.txt: responsibility asserts by the article -> statement reports")
                .containsPattern("(?m)^wrong +02\\.txt: responsibility asserts by the article -> statement reports")
                .doesNotContain("31.txt", "41.txt");
    }

    private static void article(Path part, String file, String title, String text) throws IOException {
        Files.createDirectories(part.resolve("articles"));
        Files.writeString(part.resolve("articles").resolve(file), title + "\n\n" + text + "\n");
    }

    /** A gold claim the system cannot get right: its sentence is a plain report that names no one responsible. */
    private static String responsibilityClaim(String file, String sentence) {
        return """
                {"file": "articles/%s", "sentence": "%s", "speaker": null, "stance": "asserts", "type": "responsibility"}""".formatted(file, sentence);
    }

    /** A gold.json whose claims are {@code claims} and whose articles are each their own event. */
    private static void gold(Path part, String claims, String... files) throws IOException {
        StringBuilder events = new StringBuilder();
        for (String file : files) {
            events.append(events.isEmpty() ? "" : ",").append("""
                    {"event": "event of %1$s", "articles": ["articles/%1$s"]}""".formatted(file));
        }
        Files.writeString(part.resolve("gold.json"), """
                {"entities": [], "claims": [%s], "questions": [], "events": [%s]}
                """.formatted(claims, events));
    }

    /** The shipped gold as it stands: slow (fold models trained over all the tuning articles), so run with {@code -Pcorpus}. */
    @Test
    @Tag("corpus")
    void claimsEvaluationScoresTheTuningAndHeldOutPartsAndListsTuningErrors() {
        assertThat(cli.run("eval", "claims")).isZero();
        String out = cli.out.toString();
        assertThat(out).containsPattern("(?m)^tuning part \\(.*learnt without each article's event\\): 190 articles")
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
