package org.narrascope.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.narrascope.Fixtures;

/** {@code narrascope analyze} as a user runs it: exit codes, console output, and the files it leaves. */
class AnalyzeCommandTest {

    @TempDir
    Path dir;

    private final Cli cli = new Cli();

    /** The named fixtures copied into one input folder. */
    private Path inputs(String... fixtures) {
        Path in = dir.resolve("in");
        for (String f : fixtures) Fixtures.copy(f, in);
        return in;
    }

    @Test
    void deepAnalysisResolvesPronounsToTheirEntityAndPrintsItsThroughput() throws IOException {
        Path in = dir.resolve("voss.txt");
        String text = "Harbour Minister Clara Voss visited the flooded docks of Tarnby on Monday. "
                + "She said the repairs would take a year and cost more than the port earns. Voss also promised compensation to the fishermen.";
        Files.writeString(in, text);
        Path outDir = dir.resolve("deep");

        assertThat(cli.run("analyze", in.toString(), "--deep", "--no-embeddings", "--no-report", "--out", outDir.toString())).isZero();

        assertThat(cli.out.toString()).containsPattern("CoreNLP \\(deep, with coreference\\) annotated 1 English article in [\\d.]+ s: \\d+ articles/minute");
        JsonNode json = new ObjectMapper().readTree(outDir.resolve("analysis.json").toFile());
        String article = json.get("articles").get(0).get("text").asText();
        List<String> vossMentions = new ArrayList<>();
        for (JsonNode e : json.get("entities")) {
            if (!e.get("name").asText().equals("Clara Voss")) continue;
            for (JsonNode m : e.get("mentions")) vossMentions.add(article.substring(m.get("span").get(0).asInt(), m.get("span").get(1).asInt()));
        }
        assertThat(vossMentions).contains("She", "Voss");
    }

    @Test
    void writesAnalysisJsonPerContractAndReport() throws IOException {
        Path in = inputs("lone-byline.txt", "page.html");
        Path outDir = dir.resolve("out");

        int code = cli.run("analyze", in.toString(), "--out", outDir.toString());

        assertThat(code).isZero();
        assertThat(cli.out.toString()).contains("Analysed 2 articles from 2 sources; 0 inputs skipped.");
        JsonNode json = new ObjectMapper().readTree(outDir.resolve("analysis.json").toFile());
        assertThat(json.get("schema").asText()).isEqualTo("narrascope/analysis@1");
        for (String stage : new String[] {"reuse", "families", "entities", "roles", "claims", "events", "questions", "narratives", "techniques", "skipped"}) {
            assertThat(json.get(stage).isArray()).as(stage).isTrue();
        }
        JsonNode article = json.get("articles").get(0);
        for (String field : new String[] {"id", "source", "title", "byline", "outlet", "published", "language", "words", "text"}) {
            assertThat(article.has(field)).as(field).isTrue();
        }
        assertThat(article.get("id").isTextual()).isTrue();
        assertThat(article.get("words").asInt()).isPositive();
        assertThat(Files.readString(outDir.resolve("report.html"))).contains("Ferry operators strike for third week");
    }

    @Test
    void rolesNarrativesAndTechniquesAreInJsonWithSpansIntoTheTextAndMarkedInTheReport() throws IOException {
        Path in = Fixtures.copy("loaded-oped.txt", dir.resolve("in"));
        Path outDir = dir.resolve("out");

        assertThat(cli.run("analyze", in.toString(), "--out", outDir.toString())).isZero();

        JsonNode json = new ObjectMapper().readTree(outDir.resolve("analysis.json").toFile());
        assertThat(json.get("stages").get("built").toString()).contains("\"roles\"", "\"narratives\"", "\"techniques\"");
        String text = json.get("articles").get(0).get("text").asText();
        JsonNode techniques = json.get("techniques");
        assertThat(techniques.size()).isPositive();
        for (JsonNode t : techniques) {
            int start = t.get("span").get(0).asInt();
            int end = t.get("span").get(1).asInt();
            assertThat(start).isLessThan(end);
            assertThat(end).isLessThanOrEqualTo(text.length());
            assertThat(t.get("score").asDouble()).isBetween(0.0, 1.0);
        }
        assertThat(techniques.findValuesAsText("technique")).contains("Loaded_Language");
        JsonNode roles = json.get("roles");
        assertThat(roles.size()).isPositive();
        for (JsonNode r : roles) {
            assertThat(r.get("role").asText()).isIn("protagonist", "antagonist", "innocent");
            assertThat(r.get("fine").size()).isPositive();
            assertThat(r.get("evidence").size()).isPositive();
        }
        assertThat(json.get("narratives").isArray()).isTrue();
        String report = Files.readString(outDir.resolve("report.html"));
        assertThat(report).contains("Persuasion techniques", "Roles", "Narratives", "<mark title=\"Loaded Language\">");
    }

    @Test
    void anArticleInALanguageWithoutAModelGetsNoNarrativesOrTechniques() throws IOException {
        // (that a language with a model is read by it: NarrativeClassifierTest, TechniqueDetectorTest)
        Path in = inputs("languages/porto-novo-cheias.txt", "languages/madrid-huelga.txt");
        Path outDir = dir.resolve("out");

        assertThat(cli.run("analyze", in.toString(), "--out", outDir.toString())).isZero();

        JsonNode json = new ObjectMapper().readTree(outDir.resolve("analysis.json").toFile());
        String portuguese = null, spanish = null;
        for (JsonNode a : json.get("articles")) {
            if (a.get("language").asText().equals("pt")) portuguese = a.get("id").asText();
            if (a.get("language").asText().equals("es")) spanish = a.get("id").asText();
        }
        assertThat(portuguese).isNotNull();
        assertThat(spanish).isNotNull();
        assertThat(json.get("narratives").findValuesAsText("article")).doesNotContain(spanish);
        assertThat(json.get("techniques").findValuesAsText("article")).doesNotContain(spanish);
    }

    @Test
    void aUsersOwnTaxonomyIsLookedForBesideTheShippedOnes() throws IOException {
        Path in = Fixtures.copy("loaded-oped.txt", dir.resolve("in"));
        Path taxonomy = Files.writeString(dir.resolve("harbours.tsv"), String.join("\n",
                "HARB: Harbour boards betray their towns\tHarbour boards break their promises of flood defences and leave the towns they serve exposed.",
                "HARB: Harbour boards betray their towns\tThe board promised a flood barrier years ago and has delivered nothing but excuses.",
                "HARB: Harbour boards betray their towns\tFamilies by the water lost their homes while the harbour board paid consultants.") + "\n");
        Path outDir = dir.resolve("out");

        assertThat(cli.run("analyze", in.toString(), "--out", outDir.toString(), "--taxonomy", taxonomy.toString())).isZero();

        JsonNode json = new ObjectMapper().readTree(outDir.resolve("analysis.json").toFile());
        String text = json.get("articles").get(0).get("text").asText();
        JsonNode mine = null;
        for (JsonNode n : json.get("narratives")) if (n.get("label").asText().startsWith("HARB: ")) mine = n;
        assertThat(mine).isNotNull();
        assertThat(mine.get("parent").isNull()).isTrue();
        JsonNode evidence = mine.get("evidence").get(0);
        assertThat(text.substring(evidence.get(0).asInt(), evidence.get(1).asInt())).contains("flood barrier");
    }

    @Test
    void aMalformedTaxonomyIsACommandLineMistake() throws IOException {
        Path in = Fixtures.copy("loaded-oped.txt", dir.resolve("in"));
        Path taxonomy = Files.writeString(dir.resolve("bad.tsv"), "no tab on this line\n");

        assertThat(cli.run("analyze", in.toString(), "--out", dir.resolve("out").toString(), "--taxonomy", taxonomy.toString())).isEqualTo(2);
        assertThat(cli.err.toString()).contains("--taxonomy: " + taxonomy + ": expected 'label<TAB>text', got: no tab on this line");
        assertThat(dir.resolve("out")).doesNotExist();
    }

    @Test
    void withoutEmbeddingsTheStagesThatNeedThemAreNamedAsNotRun() throws IOException {
        Path in = Fixtures.copy("loaded-oped.txt", dir.resolve("in"));
        Path outDir = dir.resolve("out");

        assertThat(cli.run("analyze", in.toString(), "--out", outDir.toString(), "--no-embeddings")).isZero();

        JsonNode json = new ObjectMapper().readTree(outDir.resolve("analysis.json").toFile());
        assertThat(json.get("stages").get("notRun").toString()).isEqualTo("[\"roles\",\"narratives\",\"techniques\"]");
        assertThat(json.get("techniques").size()).isZero();
        assertThat(Files.readString(outDir.resolve("report.html"))).contains("Not run (they need the sentence-embedding model");
    }

    @Test
    void badFilesAreListedOnStderrAndInJsonAndTheRunSucceeds() throws IOException {
        Path in = dir.resolve("in");
        Fixtures.copy("lone-byline.txt", in);
        Files.createFile(in.resolve("empty.txt"));
        Files.writeString(in.resolve("broken.json"), "{\"title\": ");
        Path outDir = dir.resolve("out");

        int code = cli.run("analyze", in.toString(), "--out", outDir.toString());

        assertThat(code).isZero();
        assertThat(cli.err.toString().lines()).containsExactly(
                "skipped " + in.resolve("broken.json") + ": malformed JSON at line 1, column 11: Unexpected end-of-input within/between Object entries",
                "skipped " + in.resolve("empty.txt") + ": empty: the file has no content");
        assertThat(cli.err.toString()).doesNotContain("Exception", "\tat ");
        JsonNode skipped = new ObjectMapper().readTree(outDir.resolve("analysis.json").toFile()).get("skipped");
        assertThat(skipped).hasSize(2);
        assertThat(skipped.get(1).get("source").asText()).isEqualTo(in.resolve("empty.txt").toString());
        assertThat(skipped.get(1).get("reason").asText()).isEqualTo("empty: the file has no content");
    }

    @Test
    void strictFailsWhenAnythingIsSkipped() throws IOException {
        Path in = dir.resolve("in");
        Fixtures.copy("lone-byline.txt", in);
        Files.createFile(in.resolve("empty.txt"));

        assertThat(cli.run("analyze", in.toString(), "--out", dir.resolve("out").toString(), "--strict")).isEqualTo(1);
    }

    @Test
    void nothingReadableIsAFailureAndWritesNothing() throws IOException {
        Path in = Files.createDirectories(dir.resolve("in"));
        Files.createFile(in.resolve("empty.txt"));
        Path outDir = dir.resolve("out");

        assertThat(cli.run("analyze", in.toString(), "--out", outDir.toString())).isEqualTo(1);
        assertThat(cli.err.toString()).contains("error: no article could be read");
        assertThat(outDir.resolve("analysis.json")).doesNotExist();
    }

    @Test
    void failedRunLeavesThePreviousOutputIntact() throws IOException {
        Path in = dir.resolve("in");
        Fixtures.copy("lone-byline.txt", in);
        Path outDir = dir.resolve("out");
        cli.run("analyze", in.toString(), "--out", outDir.toString());
        String before = Files.readString(outDir.resolve("analysis.json"));

        cli.run("analyze", dir.resolve("nowhere").toString(), "--out", outDir.toString());

        assertThat(Files.readString(outDir.resolve("analysis.json"))).isEqualTo(before);
    }

    @Test
    void usageMistakesExitWithTwoAndSayWhy() {
        assertThat(cli.run("analyze", "x.txt", "--max-size", "lots")).isEqualTo(2);
        assertThat(cli.err.toString()).contains("not a size: 'lots'");
        assertThat(cli.run("analyze", "x.txt", "--languages", "en,zz")).isEqualTo(2);
        assertThat(cli.err.toString()).contains("unknown language code 'zz'");
        assertThat(cli.run("analyze")).isEqualTo(2);
    }

    @Test
    void helpExplainsInputsFormatsAndExitStatus() {
        assertThat(cli.run("analyze", "--help")).isZero();
        assertThat(cli.out.toString()).contains("--out", "--max-size", "--strict", "WARC", "JSON Lines", "Exit status");
        cli.out.getBuffer().setLength(0);
        assertThat(cli.run("--help")).isZero();
        assertThat(cli.out.toString()).contains("analyze");
    }
}
