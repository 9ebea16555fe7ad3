package org.narrascope.ingest.format;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.narrascope.Fixtures;
import org.narrascope.ingest.IngestResult;
import org.narrascope.model.Article;

class FeedReaderTest {

    @TempDir
    Path dir;

    @Test
    void rssItemsBecomeArticlesWithFullContentPreferred() {
        Path feed = Fixtures.copy("feed-rss.xml", dir);
        IngestResult result = Fixtures.ingest(feed);

        assertThat(result.skipped()).isEmpty();
        assertThat(result.articles()).hasSize(2);
        Article first = result.articles().get(0);
        assertThat(first.title()).isEqualTo("Blackout inquiry opens in Port Selby");
        assertThat(first.byline()).isEqualTo("Mina Kowal");
        assertThat(first.outlet()).isEqualTo("Harbour Watch");
        assertThat(first.published()).isEqualTo("2030-02-18T09:00:00Z");
        assertThat(first.url()).isEqualTo("https://harbourwatch.example/2030/02/blackout-inquiry");
        assertThat(first.text()).contains("chief engineer the first witness", "report to the regional assembly")
                .doesNotContain("short summary", "<p>");
        assertThat(first.sources()).containsExactly(feed + "#1");
        assertThat(result.articles().get(1).text()).contains("resumed on Wednesday under a mediator").doesNotContain("<p>");
    }

    @Test
    void atomEntriesBecomeArticles() {
        Article a = Fixtures.article("feed-atom.xml", dir);

        assertThat(a.title()).isEqualTo("Mayor calls for grid logs to be published");
        assertThat(a.byline()).isEqualTo("Rafael Quint");
        assertThat(a.published()).isEqualTo("2030-02-20T11:15:00Z");
        assertThat(a.outlet()).isEqualTo("Selby Courier: Politics");
    }

    @Test
    void externalEntitiesAreRefusedAndNothingLeaks() {
        IngestResult result = Fixtures.ingest(Fixtures.copy("feed-xxe.xml", dir));

        assertThat(result.articles()).isEmpty();
        assertThat(result.skipped()).singleElement()
                .satisfies(s -> assertThat(s.reason()).contains("DOCTYPE").doesNotContain("root:"));
    }

    @Test
    void malformedXmlIsSkippedWithReason() {
        Path bad = Fixtures.write(dir.resolve("bad.xml"), "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>x</title><item>");

        assertThat(Fixtures.ingest(bad).skipped()).singleElement()
                .satisfies(s -> assertThat(s.reason()).startsWith("malformed XML feed"));
    }
}
