package org.narrascope.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.narrascope.Fixtures;
import org.narrascope.model.Article;

/** Feed and page URLs, served from a local HTTP server on the loopback interface. */
class UrlInputTest {

    private HttpServer server;
    private String base;

    @BeforeEach
    void start() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        serve("/feed", "application/rss+xml; charset=utf-8", Fixtures.text("feed-rss.xml"));
        serve("/story", "text/html; charset=utf-8", Fixtures.text("page.html"));
        server.start();
        base = "http://127.0.0.1:" + server.getAddress().getPort();
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    @Test
    void feedUrlGivesOneArticlePerItem() {
        IngestResult result = new Ingest(Ingest.Options.defaults()).read(List.of(base + "/feed"));

        assertThat(result.articles()).extracting(Article::title)
                .containsExactly("Blackout inquiry opens in Port Selby", "Ferry talks resume");
        assertThat(result.articles().get(0).sources()).containsExactly(base + "/feed#1");
    }

    @Test
    void pageUrlIsReadAsHtml() {
        IngestResult result = new Ingest(Ingest.Options.defaults()).read(List.of(base + "/story"));

        assertThat(result.articles()).singleElement()
                .satisfies(a -> assertThat(a.title()).isEqualTo("Ferry operators strike for third week"));
    }

    @Test
    void httpErrorsAreSkippedWithTheStatus() {
        IngestResult result = new Ingest(Ingest.Options.defaults()).read(List.of(base + "/gone", base + "/story"));

        assertThat(result.articles()).hasSize(1);
        assertThat(result.skipped()).singleElement().satisfies(s -> {
            assertThat(s.source()).isEqualTo(base + "/gone");
            assertThat(s.reason()).isEqualTo("cannot fetch: the server answered HTTP 404");
        });
    }

    private void serve(String path, String type, String body) {
        server.createContext(path, exchange -> {
            if (!exchange.getRequestURI().getPath().equals(path)) {
                exchange.sendResponseHeaders(404, -1);
                exchange.close();
                return;
            }
            byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().set("Content-Type", type);
            exchange.sendResponseHeaders(200, bytes.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(bytes);
            }
        });
    }
}
