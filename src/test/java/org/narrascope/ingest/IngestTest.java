package org.narrascope.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.narrascope.Fixtures;
import org.narrascope.model.Article;
import org.narrascope.model.Skipped;

/** Inputs as a user gives them, and the promise that bad ones cost only themselves. */
class IngestTest {

    @TempDir
    Path dir;

    @Test
    void readsFoldersRecursivelyInPathOrderSkippingHiddenFiles() {
        Fixtures.copy("lone-byline.txt", dir.resolve("b"));
        Fixtures.copy("page.html", dir.resolve("a/nested"));
        Fixtures.copy("no-title.txt", dir.resolve(".cache"));
        Fixtures.write(dir.resolve("a/.draft.txt"), "Hidden draft that nobody should read as an article.");

        IngestResult result = Fixtures.ingest(dir);

        assertThat(result.skipped()).isEmpty();
        assertThat(result.articles()).extracting(Article::title)
                .containsExactly("Ferry operators strike for third week", "Council Approves Flood Barrier After Two-Year Delay");
    }

    @Test
    void expandsGlobs() {
        Fixtures.copy("lone-byline.txt", dir.resolve("news"));
        Fixtures.copy("page.html", dir.resolve("news/deep"));
        Fixtures.copy("feed-atom.xml", dir.resolve("news"));

        IngestResult html = new Ingest(Ingest.Options.defaults()).read(List.of(dir + "/news/**.html"));
        IngestResult top = new Ingest(Ingest.Options.defaults()).read(List.of(dir + "/news/*.txt"));
        IngestResult none = new Ingest(Ingest.Options.defaults()).read(List.of(dir + "/news/*.pdf"));

        assertThat(html.articles()).extracting(Article::title).containsExactly("Ferry operators strike for third week");
        assertThat(top.articles()).extracting(Article::title).containsExactly("Council Approves Flood Barrier After Two-Year Delay");
        assertThat(none.skipped()).extracting(Skipped::reason).containsExactly("no file matches this pattern");
    }

    @Test
    void readsStandardInputAndSniffsItsFormat() {
        String html = Fixtures.text("page.html");
        Ingest ingest = new Ingest(Ingest.Options.defaults(), () -> new ByteArrayInputStream(html.getBytes(StandardCharsets.UTF_8)));

        IngestResult result = ingest.read(List.of("-"));

        assertThat(result.articles()).singleElement().satisfies(a -> {
            assertThat(a.sources()).containsExactly("-");
            assertThat(a.title()).isEqualTo("Ferry operators strike for third week");
        });
    }

    @Test
    void sameTextFromTwoFilesIsOneArticleListingBothSources() {
        Path first = Fixtures.copy("lone-byline.txt", dir.resolve("one"));
        Path second = Fixtures.copy("lone-byline.txt", dir.resolve("two"));

        IngestResult result = Fixtures.ingest(first, second);

        assertThat(result.articles()).singleElement()
                .satisfies(a -> assertThat(a.sources()).containsExactly(first.toString(), second.toString()));
    }

    @Test
    void idIsStableAndDependsOnTextOnly() {
        Article a = Fixtures.ingest(Fixtures.copy("lone-byline.txt", dir.resolve("x"))).articles().get(0);
        Article b = Fixtures.ingest(Fixtures.copy("lone-byline.txt", dir.resolve("y"))).articles().get(0);

        assertThat(a.id()).isEqualTo(b.id()).matches("[0-9a-f]{12}");
    }

    @Test
    void badInputsAreReportedOneByOneAndTheRestIsRead() throws IOException {
        Path good = Fixtures.copy("lone-byline.txt", dir);
        Path empty = Files.createFile(dir.resolve("empty.txt"));
        Path blank = Files.writeString(dir.resolve("blank.txt"), " \n\n\t \n");
        Path binary = Files.write(dir.resolve("photo.txt"), new byte[] {0x10, 0x00, 0x01, 0x02, 0x7f, 0x00});
        Path pdf = Files.write(dir.resolve("report.txt"), "%PDF-1.7\n%âãÏÓ\n".getBytes(StandardCharsets.ISO_8859_1));
        Path latin1 = Files.write(dir.resolve("latin1.txt"),
                "Caf\u00e9 owners in the harbour say trade fell by half during the strike.".getBytes(StandardCharsets.ISO_8859_1));
        Path missing = dir.resolve("missing.txt");

        IngestResult result = Fixtures.ingest(good, empty, blank, binary, pdf, latin1, missing);

        assertThat(result.articles()).hasSize(1);
        assertThat(result.skipped()).extracting(Skipped::source, Skipped::reason).containsExactlyInAnyOrder(
                org.assertj.core.groups.Tuple.tuple(missing.toString(), "no such file or folder"),
                org.assertj.core.groups.Tuple.tuple(empty.toString(), "empty: the file has no content"),
                org.assertj.core.groups.Tuple.tuple(blank.toString(), "empty: no text, only white space"),
                org.assertj.core.groups.Tuple.tuple(binary.toString(), "binary file (contains NUL bytes), not text"),
                org.assertj.core.groups.Tuple.tuple(pdf.toString(), "binary file (PDF), not text"),
                org.assertj.core.groups.Tuple.tuple(latin1.toString(), "invalid UTF-8 at byte 3 (save the file as UTF-8)"));
    }

    @Test
    void filesOverTheSizeLimitAreSkipped() {
        Path small = Fixtures.copy("lone-byline.txt", dir);
        Path big = Fixtures.write(dir.resolve("big.txt"), "Harbour news. ".repeat(200));

        IngestResult result = Fixtures.ingest(new Limits(1024), small, big);

        assertThat(result.articles()).hasSize(1);
        assertThat(result.skipped()).singleElement().satisfies(s -> {
            assertThat(s.source()).isEqualTo(big.toString());
            assertThat(s.reason()).isEqualTo("too large: is 2.7 KB, over the 1 KB limit (raise it with --max-size)");
        });
    }
}
