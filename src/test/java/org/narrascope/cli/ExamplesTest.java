package org.narrascope.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The README's first command, on the bundled examples: every file in every format is read. */
class ExamplesTest {

    @TempDir
    Path out;

    @Test
    void bundledExamplesAreAllRead() throws IOException {
        Cli cli = new Cli();

        int code = cli.run("analyze", "examples", "--out", out.toString(), "--strict");

        assertThat(code).as(cli.err.toString()).isZero();
        JsonNode articles = new ObjectMapper().readTree(out.resolve("analysis.json").toFile()).get("articles");
        List<String> languages = new ArrayList<>();
        articles.forEach(a -> languages.add(a.get("language").asText()));
        assertThat(articles).hasSize(13);
        assertThat(languages).contains("en", "ru").doesNotContain("und");
        articles.forEach(a -> assertThat(a.get("title").asText()).isNotBlank());
        articles.forEach(a -> assertThat(a.get("text").asText()).doesNotContain("](", "Subscribe", "DONATE", "Whatsapp"));
    }
}
