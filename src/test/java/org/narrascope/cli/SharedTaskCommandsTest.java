package org.narrascope.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.narrascope.Fixtures;
import org.narrascope.framing.RoleInventory;
import org.narrascope.learn.LinearModel;
import org.narrascope.model.Span;
import org.narrascope.narratives.Taxonomy;
import org.narrascope.techniques.SpanTagger;
import org.narrascope.techniques.SpanTechniques;

/**
 * {@code train}, {@code semeval} and {@code eval framing|narratives|techniques} as a user runs them,
 * on a small SemEval-format corpus written for these tests (fixtures/semeval).
 */
class SharedTaskCommandsTest {

    private static final Path BENCHMARKS = Fixtures.folder("semeval");
    private static final Path TECHNIQUE_ARTICLES = BENCHMARKS.resolve("semeval2023-t3/en/train-articles-subtask-3");
    private static final Path DOCUMENTS = BENCHMARKS.resolve("semeval2025-t10/EN/raw-documents");

    @TempDir
    Path dir;

    private final Cli cli = new Cli();

    @Test
    void trainedTechniqueModelIsWrittenAndUsedBySemEvalOutput() throws IOException {
        Path model = dir.resolve("techniques.json");
        assertThat(cli.run("train", "techniques", "--benchmarks", BENCHMARKS.toString(), "--out", model.toString())).isZero();
        assertThat(cli.out.toString()).contains("wrote " + model, "labels learnt");

        Path out = dir.resolve("pred.txt");
        assertThat(cli.run("semeval", "techniques", "--documents", TECHNIQUE_ARTICLES.toString(), "--model", model.toString(),
                "--out", out.toString())).isZero();

        List<String> lines = Files.readAllLines(out);
        assertThat(lines).hasSize(24); // 6 articles x 4 paragraph lines; the blank lines between them get none
        assertThat(lines).allMatch(l -> l.matches("900[1-6]\t[1357]\t[A-Za-z_,-]*"));
        long loadedOnLoadedLines = lines.stream().filter(l -> l.contains("\t1\t") && l.contains("Loaded_Language")).count();
        long loadedOnPlainLines = lines.stream().filter(l -> (l.contains("\t3\t") || l.contains("\t7\t")) && l.contains("Loaded_Language")).count();
        assertThat(loadedOnLoadedLines).isGreaterThanOrEqualTo(5);
        assertThat(loadedOnPlainLines).isLessThanOrEqualTo(1);
    }

    @Test
    void aModelOfAnotherTaskIsRefused() throws IOException {
        Path model = dir.resolve("narratives.json");
        assertThat(cli.run("train", "narratives", "--benchmarks", BENCHMARKS.toString(), "--out", model.toString())).isZero();

        assertThat(cli.run("semeval", "techniques", "--documents", TECHNIQUE_ARTICLES.toString(), "--model", model.toString(),
                "--out", dir.resolve("pred.txt").toString())).isEqualTo(1);
        assertThat(cli.err.toString().strip()).isEqualTo("error: " + model + " is a narratives model, not a techniques model");
        assertThat(dir.resolve("pred.txt")).doesNotExist();
    }

    @Test
    void zeroShotTechniquesNeedNoModel() throws IOException {
        Path docs = Files.createDirectories(dir.resolve("docs"));
        Files.writeString(docs.resolve("article1.txt"), "What a barbaric, shameful and horrific decision by the council.\n\n"
                + "The ferry timetable will change on the first of the month.\n");
        Path out = dir.resolve("pred.txt");

        assertThat(cli.run("semeval", "techniques", "--documents", docs.toString(), "--zero-shot", "--out", out.toString())).isZero();

        List<String> lines = Files.readAllLines(out);
        assertThat(lines).hasSize(2);
        assertThat(lines.get(0)).startsWith("1\t1\t").contains("Loaded_Language");
        assertThat(lines.get(1)).isEqualTo("1\t3\t");
    }

    @Test
    void aStrayInvalidByteInADocumentDoesNotStopTheRun() throws IOException {
        Path docs = Files.createDirectories(dir.resolve("docs"));
        Files.write(docs.resolve("article2.txt"), new byte[] {'O', 'k', (byte) 0xC3, '.', '\n'});
        Path out = dir.resolve("pred.txt");

        assertThat(cli.run("semeval", "techniques", "--documents", docs.toString(), "--zero-shot", "--out", out.toString())).isZero();
        assertThat(Files.readAllLines(out)).containsExactly("2\t1\t");
    }

    @Test
    void narrativeOutputHasTheTaskColumnsAndSubnarrativesUnderTheirNarratives() throws IOException {
        Path out = dir.resolve("narratives.txt");
        assertThat(cli.run("semeval", "narratives", "--documents", DOCUMENTS.toString(), "--out", out.toString())).isZero();

        Taxonomy taxonomy = Taxonomy.shipped();
        List<String> lines = Files.readAllLines(out);
        assertThat(lines).hasSize(6);
        for (String line : lines) {
            String[] f = line.split("\t", -1);
            assertThat(f).hasSize(3);
            Set<String> narratives = Set.of(f[1].split(";"));
            for (String n : narratives) assertThat(n.equals("Other") || taxonomy.narratives().contains(n)).as(n).isTrue();
            for (String s : f[2].split(";")) {
                assertThat(s.equals("Other") || narratives.contains(taxonomy.parent(s))).as(s).isTrue();
            }
        }
    }

    @Test
    void aUsersOwnTaxonomyWorksZeroShot() throws IOException {
        Path mine = Files.writeString(dir.resolve("port.tsv"),
                "# harbour affairs\nPORT: Harbour mismanagement\tThe harbour council hid the true cost of the flood barrier from residents.\n");
        Path out = dir.resolve("narratives.txt");

        assertThat(cli.run("semeval", "narratives", "--documents", DOCUMENTS.toString(), "--taxonomy", mine.toString(),
                "--zero-shot", "--out", out.toString())).isZero();

        assertThat(Files.readAllLines(out)).filteredOn(l -> l.startsWith("EN_T_1.txt\t")).singleElement()
                .satisfies(l -> assertThat(l.split("\t")[1]).contains("PORT: Harbour mismanagement"));
        assertThat(Files.readAllLines(out)).filteredOn(l -> l.startsWith("EN_T_6.txt\t")).singleElement()
                .satisfies(l -> assertThat(l).doesNotContain("PORT"));
    }

    @Test
    void aMalformedTaxonomyIsOneClearError() throws IOException {
        Path mine = Files.writeString(dir.resolve("bad.tsv"), "PORT: no tab here\n");

        assertThat(cli.run("semeval", "narratives", "--documents", DOCUMENTS.toString(), "--taxonomy", mine.toString(),
                "--out", dir.resolve("o.txt").toString())).isEqualTo(1);
        assertThat(cli.err.toString().strip()).isEqualTo("error: " + mine + ": expected 'label<TAB>text', got: PORT: no tab here");
        assertThat(dir.resolve("o.txt")).doesNotExist();
    }

    @Test
    void framingSkipsBadMentionRowsAndAppendsRolesToTheRest() throws IOException {
        Path mentions = Files.writeString(dir.resolve("mentions.txt"), String.join("\n",
                "EN_T_1.txt\tcouncil\t8\t14",
                "EN_T_1.txt\tcouncil\t8\t99999",
                "EN_T_9.txt\tnobody\t0\t5",
                "EN_T_5.txt\tresidents\t117\t125") + "\n");
        Path out = dir.resolve("roles.txt");

        assertThat(cli.run("semeval", "framing", "--documents", DOCUMENTS.toString(), "--mentions", mentions.toString(),
                "--out", out.toString())).isZero();

        assertThat(cli.err.toString().lines()).containsExactly(
                "skipped: mentions.txt row 2: span outside the document",
                "skipped: mentions.txt row 3: no document EN_T_9.txt");
        List<String> lines = Files.readAllLines(out);
        assertThat(lines).hasSize(2);
        assertThat(lines.get(0)).startsWith("EN_T_1.txt\tcouncil\t8\t14\t");
        RoleInventory roles = RoleInventory.shipped();
        for (String line : lines) {
            String[] f = line.split("\t");
            assertThat(f.length).isGreaterThanOrEqualTo(6);
            assertThat(roles.mainRoles()).contains(f[4]);
            for (int i = 5; i < f.length; i++) assertThat(roles.fineRoles(f[4])).contains(f[i]);
        }
    }

    @Test
    void evaluationsPrintBaselineZeroShotAndCrossValidatedFigures() {
        assertThat(cli.run("eval", "techniques", "--benchmarks", BENCHMARKS.toString(), "--folds", "2")).isZero();
        assertThat(cli.out.toString()).contains("6 articles", "baseline: always Doubt", "zero-shot", "trained, 2-fold cross-validation");

        assertThat(cli.run("eval", "narratives", "--benchmarks", BENCHMARKS.toString(), "--folds", "2")).isZero();
        assertThat(cli.out.toString()).contains("6 articles, 2 labelled Other", "baseline: always Other");

        assertThat(cli.run("eval", "framing", "--benchmarks", BENCHMARKS.toString(), "--folds", "2")).isZero();
        assertThat(cli.out.toString()).contains("9 mentions in 4 articles", "baseline: always Antagonist, ");

        assertThat(cli.run("eval", "spans", "--benchmarks", BENCHMARKS.toString(), "--folds", "2")).isZero();
        assertThat(cli.out.toString()).contains("6 articles, 18 gold spans", "baseline: every paragraph", "word tagger (trained, 2 folds)",
                "baseline: the most frequent technique", "span classifier (trained, 2 folds)");
    }

    @Test
    void trainedSpanTaggerMarksTheLoadedWordsOfANewParagraph() throws IOException {
        Path model = dir.resolve("spans.json");
        assertThat(cli.run("train", "spans", "--benchmarks", BENCHMARKS.toString(), "--out", model.toString())).isZero();
        assertThat(cli.out.toString()).contains("wrote " + model, "1 labels learnt");

        SpanTagger tagger = SpanTagger.of(LinearModel.read(model));
        String text = "The market hall reopened on Monday with forty stalls. The barbaric, shameful thugs have betrayed every decent citizen.";
        List<Span> spans = tagger.tag(SpanTagger.words(text, 0, text.length()));

        assertThat(spans).isNotEmpty();
        assertThat(spans).allMatch(s -> s.start() >= text.indexOf("The barbaric"), "no span in the plain first sentence");
        assertThat(spans).anyMatch(s -> text.substring(s.start(), s.end()).contains("shameful"));
    }

    @Test
    void trainedSpanTechniquesTellNameCallingFromLoadedWords() throws IOException {
        Path model = dir.resolve("span-techniques.json");
        assertThat(cli.run("train", "span-techniques", "--benchmarks", BENCHMARKS.toString(), "--out", model.toString())).isZero();
        assertThat(cli.out.toString()).contains("wrote " + model, "3 labels learnt");

        SpanTechniques classifier = SpanTechniques.of(LinearModel.read(model));
        String text = "The so-called analysts at the bureau praised the monstrous, vile and shameful plan.";
        List<SpanTagger.TaggedWord> words = SpanTagger.words(text, 0, text.length());
        Span label = new Span(text.indexOf("so-called"), text.indexOf(" at the"));
        Span loaded = new Span(text.indexOf("monstrous"), text.indexOf(" plan"));

        assertThat(classifier.ranked(SpanTechniques.features(text, label, words)).get(0)).isEqualTo("Name_Calling,Labeling");
        assertThat(classifier.ranked(SpanTechniques.features(text, loaded, words)).get(0)).isEqualTo("Loaded_Language");
        assertThat(classifier.among(SpanTechniques.features(text, label, words), List.of("Loaded_Language", "Name_Calling-Labeling")))
                .as("given as the 2023 technique the paragraph was found to use").isEqualTo("Name_Calling-Labeling");
    }

    @Test
    void missingTrainingDataIsOneLineAndStatusOne() {
        assertThat(cli.run("eval", "techniques", "--benchmarks", dir.resolve("nowhere").toString())).isEqualTo(1);
        assertThat(cli.err.toString().strip()).startsWith("error: no such file or folder: ").contains("nowhere").doesNotContain("Exception");

        assertThat(cli.run("train", "spans", "--benchmarks", dir.resolve("nowhere").toString(), "--out", dir.resolve("m.json").toString())).isEqualTo(1);
        assertThat(cli.err.toString()).contains("error: no such file or folder: ");
        assertThat(dir.resolve("m.json")).doesNotExist();
    }
}
