package org.narrascope.ingest.format;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.narrascope.Fixtures;
import org.narrascope.ingest.IngestResult;
import org.narrascope.model.Article;

class JsonReaderTest {

    @TempDir
    Path dir;

    private static final String BODY = "Port Selby's harbour master said on Thursday that the channel would reopen to large ships next week.";

    @Test
    void readsOneArticleObject() {
        Path file = Fixtures.write(dir.resolve("one.json"), """
                {"title": "Channel to reopen", "text": "%s", "url": "https://a.example/1",
                 "published": "2030-05-01T10:00:00Z", "outlet": "Harbour Watch", "author": "Mina Kowal"}
                """.formatted(BODY));
        Article a = Fixtures.ingest(file).articles().get(0);

        assertThat(a.title()).isEqualTo("Channel to reopen");
        assertThat(a.byline()).isEqualTo("Mina Kowal");
        assertThat(a.outlet()).isEqualTo("Harbour Watch");
        assertThat(a.published()).isEqualTo("2030-05-01T10:00:00Z");
        assertThat(a.url()).isEqualTo("https://a.example/1");
        assertThat(a.sources()).containsExactly(file.toString());
    }

    @Test
    void readsArraysWithOtherFieldNamesAndHtmlBodies() {
        Path file = Fixtures.write(dir.resolve("many.json"), """
                [{"headline": "First", "body": "<p>%s</p><p>Pilots welcomed the news.</p>", "link": "https://a.example/2",
                  "date": "May 2, 2030", "source": {"name": "Selby Courier"}, "authors": [{"name": "Ana Ruiz"}, {"name": "Li Wei"}]},
                 {"headline": "Second", "content": "The ferry operator said timetables would return to normal on Monday after the strike."}]
                """.formatted(BODY));
        IngestResult result = Fixtures.ingest(file);

        assertThat(result.articles()).hasSize(2);
        Article first = result.articles().get(0);
        assertThat(first.title()).isEqualTo("First");
        assertThat(first.outlet()).isEqualTo("Selby Courier");
        assertThat(first.byline()).isEqualTo("Ana Ruiz, Li Wei");
        assertThat(first.published()).isEqualTo("2030-05-02");
        assertThat(first.text()).isEqualTo("First\n\n" + BODY + "\n\nPilots welcomed the news.");
        assertThat(result.articles().get(1).sources()).containsExactly(file + "#2");
    }

    @Test
    void readsArticlesInsideAContainerObject() {
        Path file = Fixtures.write(dir.resolve("api.json"), """
                {"status": "ok", "articles": [{"title": "Wrapped", "description": "%s"}]}
                """.formatted(BODY));

        assertThat(Fixtures.ingest(file).articles()).extracting(Article::title).containsExactly("Wrapped");
    }

    @Test
    void jsonLinesReportBrokenLinesAndKeepTheRest() {
        Path file = Fixtures.write(dir.resolve("feed.jsonl"), """
                {"title": "Line one", "text": "%s"}
                {"title": "Line two", "text": "broken
                {"title": "No text here"}
                {"title": "Line four", "text": "The coastguard said two yachts were towed to safety after losing power off the point."}
                """.formatted(BODY));
        IngestResult result = Fixtures.ingest(file);

        assertThat(result.articles()).extracting(Article::title).containsExactly("Line one", "Line four");
        assertThat(result.skipped()).hasSize(2);
        assertThat(result.skipped().get(0).source()).isEqualTo(file + ":2");
        assertThat(result.skipped().get(0).reason()).startsWith("malformed JSON at line 1");
        assertThat(result.skipped().get(1).source()).isEqualTo(file + ":3");
        assertThat(result.skipped().get(1).reason()).startsWith("no text");
    }

    @Test
    void cyrillicTitleFromTheRecordDoesNotSwallowTheFirstParagraph() {
        Path file = Fixtures.write(dir.resolve("ru.json"), """
                {"title": "Паромы снова ходят", "text": "«Паромы снова ходят», — сказал капитан порта во вторник.\\n\\nДвижение восстановлено после трёх недель забастовки."}
                """);
        Article a = Fixtures.ingest(file).articles().get(0);

        assertThat(a.text()).isEqualTo("Паромы снова ходят\n\n«Паромы снова ходят», — сказал капитан порта во вторник.\n\n"
                + "Движение восстановлено после трёх недель забастовки.");
    }

    @Test
    void anUnclosedBracketInALongParagraphCostsNothing() {
        String longText = "The council [said " + "that the harbour works would continue ".repeat(400) + "until June.";
        Path file = Fixtures.write(dir.resolve("brackets.jsonl"), """
                {"title": "Brackets", "text": "%s"}
                {"title": "After", "text": "%s"}
                """.formatted(longText, BODY));
        IngestResult result = Fixtures.ingest(file);

        assertThat(result.skipped()).isEmpty();
        assertThat(result.articles()).extracting(Article::title).containsExactly("Brackets", "After");
    }

    @Test
    void malformedJsonFileIsSkippedWithItsPosition() {
        Path file = Fixtures.write(dir.resolve("broken.json"), "{\"title\": \"x\", \"text\": [1, 2\n");
        IngestResult result = Fixtures.ingest(file);

        assertThat(result.articles()).isEmpty();
        assertThat(result.skipped()).singleElement().satisfies(s -> {
            assertThat(s.source()).isEqualTo(file.toString());
            assertThat(s.reason()).startsWith("malformed JSON at line");
        });
    }
}
