package org.narrascope.ingest.format;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.narrascope.Fixtures;
import org.narrascope.model.Article;

class HtmlReaderTest {

    @TempDir
    Path dir;

    @Test
    void extractsMainTextWithoutPageBoilerplate() {
        Article a = Fixtures.article("page.html", dir);

        assertThat(a.text()).contains("Ferry crews in Port Selby stayed off work for a third week",
                "The regional transport authority said it would ask a mediator");
        assertThat(a.text()).doesNotContain("cookies", "Most read", "All rights reserved", "Subscribe", "Weather");
        assertThat(a.text().split("\n\n")).hasSizeGreaterThanOrEqualTo(4);
    }

    @Test
    void readsMetadataFromTheHead() {
        Article a = Fixtures.article("page.html", dir);

        assertThat(a.title()).isEqualTo("Ferry operators strike for third week");
        assertThat(a.byline()).isEqualTo("Rafael Quint");
        assertThat(a.outlet()).isEqualTo("Selby Courier");
        assertThat(a.published()).isEqualTo("2030-02-21T06:45:00Z");
        assertThat(a.url()).isEqualTo("https://courier.example/news/ferry-strike-week-three");
        assertThat(a.text()).startsWith("Ferry operators strike for third week\n\n");
        assertThat(a.text()).doesNotContain("By Rafael Quint");
    }
}
