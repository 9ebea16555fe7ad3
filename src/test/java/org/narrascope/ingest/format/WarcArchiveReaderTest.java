package org.narrascope.ingest.format;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.narrascope.Fixtures;
import org.narrascope.ingest.IngestResult;
import org.narrascope.model.Article;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcResource;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcWriter;

class WarcArchiveReaderTest {

    private static final String PAGE_URL = "https://courier.example/news/ferry-strike-week-three";

    @TempDir
    Path dir;

    @Test
    void readsHtmlResponsesFromCompressedArchive() throws IOException {
        Path warc = archive("crawl.warc.gz", WarcCompression.GZIP);
        IngestResult result = Fixtures.ingest(warc);

        assertThat(result.skipped()).isEmpty();
        assertThat(result.articles()).hasSize(1);
        Article a = result.articles().get(0);
        assertThat(a.title()).isEqualTo("Ferry operators strike for third week");
        assertThat(a.sources()).containsExactly(warc + "#" + PAGE_URL);
        assertThat(a.text()).contains("Ferry crews in Port Selby stayed off work").doesNotContain("cookies");
    }

    @Test
    void readsUncompressedArchiveAndTextResources() throws IOException {
        Path warc = archive("crawl.warc", WarcCompression.NONE);
        try (WarcWriter writer = new WarcWriter(FileChannel.open(warc, StandardOpenOption.APPEND))) {
            writer.write(new WarcResource.Builder(URI.create("https://notes.example/tide.txt"))
                    .date(Instant.parse("2030-02-22T08:00:00Z"))
                    .body(MediaType.PLAIN_TEXT, ("Tide tables for March\n\nHigh water at Port Selby will reach 5.2 metres on the "
                            + "morning of 14 March, the harbour office said.").getBytes(StandardCharsets.UTF_8))
                    .build());
        }
        IngestResult result = Fixtures.ingest(warc);

        assertThat(result.articles()).extracting(Article::title)
                .containsExactly("Ferry operators strike for third week", "Tide tables for March");
        assertThat(result.articles().get(1).published()).isEqualTo("2030-02-22T08:00:00Z");
    }

    @Test
    void truncatedArchiveKeepsPagesBeforeTheDamage() throws IOException {
        Path warc = archive("crawl.warc", WarcCompression.NONE);
        byte[] good = Files.readAllBytes(warc);
        byte[] garbage = "WARC/1.1\r\nthis header line has no colon\r\n\r\n".getBytes(StandardCharsets.UTF_8);
        byte[] damaged = Arrays.copyOf(good, good.length + garbage.length);
        System.arraycopy(garbage, 0, damaged, good.length, garbage.length);
        Path cut = Files.write(dir.resolve("damaged.warc"), damaged);
        IngestResult result = Fixtures.ingest(cut);

        assertThat(result.articles()).hasSize(1);
        assertThat(result.skipped()).singleElement().satisfies(s -> {
            assertThat(s.source()).isEqualTo(cut.toString());
            assertThat(s.reason()).startsWith("malformed WARC").contains("the page read before it was kept");
        });
    }

    @Test
    void aRecordWithDuplicateHeadersIsStillRead() throws IOException {
        Path warc = dir.resolve("dup.warc");
        byte[] page = Fixtures.text("page.html").getBytes(StandardCharsets.UTF_8);
        try (WarcWriter writer = new WarcWriter(FileChannel.open(warc, StandardOpenOption.CREATE, StandardOpenOption.WRITE))) {
            HttpResponse twoTypes = new HttpResponse.Builder(200, "OK").body(MediaType.HTML_UTF8, page)
                    .addHeader("Content-Type", "text/html").build();
            writer.write(new WarcResponse.Builder(URI.create("https://courier.example/dup")).date(Instant.parse("2030-02-21T08:00:00Z")).body(twoTypes).build());
            writer.write(response(PAGE_URL, 200, MediaType.HTML_UTF8, page));
        }
        IngestResult result = Fixtures.ingest(warc);

        assertThat(result.skipped()).isEmpty();
        assertThat(result.articles()).singleElement().satisfies(a -> assertThat(a.sources())
                .containsExactly(warc + "#https://courier.example/dup", warc + "#" + PAGE_URL));
    }

    @Test
    void garbageWithWarcNameIsSkipped() throws IOException {
        Path fake = Files.writeString(dir.resolve("fake.warc"), "this is not an archive at all\n");
        IngestResult result = Fixtures.ingest(fake);

        assertThat(result.articles()).isEmpty();
        assertThat(result.skipped()).singleElement().satisfies(s -> assertThat(s.reason()).startsWith("malformed WARC"));
    }

    /** An archive with the fixture page (200), a 404 page and an image, in that order. */
    private Path archive(String name, WarcCompression compression) throws IOException {
        Path warc = dir.resolve(name);
        byte[] page = Fixtures.text("page.html").getBytes(StandardCharsets.UTF_8);
        try (WarcWriter writer = new WarcWriter(FileChannel.open(warc, StandardOpenOption.CREATE, StandardOpenOption.WRITE),
                compression)) {
            writer.write(response(PAGE_URL, 200, MediaType.HTML_UTF8, page));
            writer.write(response("https://courier.example/missing", 404, MediaType.HTML_UTF8,
                    "<html><body><p>Not found, sorry, this page has gone missing from our site.</p></body></html>".getBytes(StandardCharsets.UTF_8)));
            writer.write(response("https://courier.example/logo.png", 200, MediaType.parse("image/png"), new byte[] {(byte) 0x89, 'P', 'N', 'G'}));
        }
        return warc;
    }

    private static WarcResponse response(String url, int status, MediaType type, byte[] body) throws IOException {
        HttpResponse http = new HttpResponse.Builder(status, status == 200 ? "OK" : "Not Found").body(type, body).build();
        return new WarcResponse.Builder(URI.create(url)).date(Instant.parse("2030-02-21T08:00:00Z")).body(http).build();
    }
}
