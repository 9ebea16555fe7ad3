package org.narrascope.ingest.format;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.narrascope.Fixtures;
import org.narrascope.model.Article;

class MarkdownReaderTest {

    @TempDir
    Path dir;

    @Test
    void rendersMarkdownToPlainParagraphs() {
        Fixtures.write(dir.resolve("story.md"), """
                # Island clinic reopens after storm

                The clinic on **Hale Island** reopened on *Friday*, the [health board](https://example.org/board "Board")
                said, after repairs to its roof.

                ![The clinic](clinic.jpg)

                - Two doctors are back at work.
                - A ferry ambulance is on standby.

                > "We never closed in our minds," a nurse said.
                """);
        Article a = Fixtures.ingest(dir.resolve("story.md")).articles().get(0);

        assertThat(a.title()).isEqualTo("Island clinic reopens after storm");
        assertThat(a.text()).isEqualTo("""
                Island clinic reopens after storm

                The clinic on Hale Island reopened on Friday, the health board said, after repairs to its roof.

                Two doctors are back at work.

                A ferry ambulance is on standby.

                "We never closed in our minds," a nurse said.""");
    }

    @Test
    void frontMatterGivesMetadata() {
        Fixtures.write(dir.resolve("front.md"), """
                ---
                title: "Harbour pilots vote to strike"
                author: Lena Frost
                date: 2030-04-02
                source: Coastal Ledger
                url: https://ledger.example/pilots
                ---
                Harbour pilots voted on Tuesday to strike next month over pension changes, their union said.
                """);
        Article a = Fixtures.ingest(dir.resolve("front.md")).articles().get(0);

        assertThat(a.title()).isEqualTo("Harbour pilots vote to strike");
        assertThat(a.byline()).isEqualTo("Lena Frost");
        assertThat(a.published()).isEqualTo("2030-04-02");
        assertThat(a.outlet()).isEqualTo("Coastal Ledger");
        assertThat(a.url()).isEqualTo("https://ledger.example/pilots");
        assertThat(a.text()).doesNotContain("---", "author:");
    }
}
