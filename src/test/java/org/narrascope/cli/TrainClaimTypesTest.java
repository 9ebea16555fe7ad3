package org.narrascope.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.narrascope.learn.LabelWeights;
import org.narrascope.learn.LinearModel;

/** {@code train claim-types} as a user runs it on their own annotated claims. */
class TrainClaimTypesTest {

    private static final String[] TOWNS = {"Tervik", "Osterlund", "Maddow", "Kesselby"};
    private static final String[] DAYS = {"Monday", "Tuesday", "Thursday", "Friday"};

    private final Cli cli = new Cli();

    @Test
    void learnsFromAnAnnotatedCorpusAndWritesTheModel(@TempDir Path dir) throws IOException {
        Path articles = Files.createDirectories(dir.resolve("articles"));
        StringBuilder claims = new StringBuilder();
        for (int i = 1; i <= 4; i++) {
            String town = TOWNS[i - 1];
            String blame = "Mayor Ines Calloway said soldiers from Drummerland shelled the market in " + town + ".";
            String plain = "Mayor Ines Calloway said the market would reopen on " + DAYS[i - 1] + ".";
            Files.writeString(articles.resolve(i + ".txt"), "Market shelled in " + town + "\n\n" + blame + " " + plain + "\n");
            claims.append(claims.isEmpty() ? "" : ",").append(gold(i, blame, "accusation")).append(',').append(gold(i, plain, "statement"));
        }
        Files.writeString(dir.resolve("gold.json"), "{\"entities\": [], \"questions\": [], \"claims\": [" + claims
                + "], \"events\": [{\"event\": \"Tervik market shelling\", \"articles\": [\"articles/1.txt\", \"articles/2.txt\", \"articles/3.txt\", \"articles/4.txt\"]}]}");
        Path model = dir.resolve("claim-types.json");

        assertThat(cli.run("train", "claim-types", "--gold", dir.resolve("gold.json").toString(), "--out", model.toString())).isZero();

        assertThat(cli.out.toString()).containsPattern("wrote .*claim-types\\.json: \\d+ labels learnt");
        LinearModel written = LinearModel.read(model);
        assertThat(written.task()).isEqualTo("claim-types");
        // every label with three examples or more: both types, and the one stance the annotators gave
        assertThat(written.labels()).extracting(LabelWeights::label).containsExactly("accusation", "statement", "reports");
        assertThat(written.about().get("trainedOn")).contains("8 claims on gold sentences");
    }

    @Test
    void aMissingGoldFileIsOneLine(@TempDir Path dir) {
        assertThat(cli.run("train", "claim-types", "--gold", dir.resolve("none.json").toString(), "--out", dir.resolve("m.json").toString())).isEqualTo(1);
        assertThat(cli.err.toString().strip()).startsWith("error: no gold file at").doesNotContain("\tat ");
    }

    private static String gold(int article, String sentence, String type) {
        return "{\"file\": \"articles/" + article + ".txt\", \"sentence\": \"" + sentence + "\", \"speaker\": \"Ines Calloway\", \"stance\": \"reports\", \"type\": \""
                + type + "\"}";
    }
}
