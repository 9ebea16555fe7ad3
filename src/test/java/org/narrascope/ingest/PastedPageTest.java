package org.narrascope.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.narrascope.Fixtures;
import org.narrascope.model.Article;

/** A page pasted from a browser: metadata recovered from its lines, page furniture removed. */
class PastedPageTest {

    @TempDir
    Path dir;

    @Test
    void recoversTitleBylineTranslatorAndProvenance() {
        Article a = Fixtures.article("pasted-oped.txt", dir);

        assertThat(a.title()).isEqualTo("Why the Harbour Blackout Was No Accident");
        assertThat(a.byline()).isEqualTo("Jane Marlowe-Voss");
        assertThat(a.translator()).isEqualTo("Tomas Weller");
        assertThat(a.provenance()).isEqualTo("This article first appeared in The Lantern Weekly");
        assertThat(a.language()).isEqualTo("en");
        assertThat(a.text()).startsWith("Why the Harbour Blackout Was No Accident\n\nWhen the lights went out");
    }

    @Test
    void removesShareButtonsBannersFootersAndTails() {
        String text = Fixtures.article("pasted-oped.txt", dir).text();

        assertThat(text).doesNotContain("Facebook", "Telegram", "Whatsapp", "VK", "Subscribe", "newsletter",
                "donate", "Become a supporter", "Read more", "By JANE", "Translated by", "first appeared");
    }

    @Test
    void keepsLinkTextButDropsMarkdownSyntaxAndImages() {
        String text = Fixtures.article("pasted-oped.txt", dir).text();

        assertThat(text).contains("the ministry's own report (PDF) hardly mentions");
        assertThat(text).doesNotContain("](", "![", "example.org", "\\(");
    }

    @Test
    void mendsParagraphCutByPageBreakAndDropsRunningHeader() {
        String text = Fixtures.article("pasted-oped.txt", dir).text();

        assertThat(text).contains("The council has not explained why that update was allowed, nor who approved it.");
        assertThat(text).doesNotContain("THE LANTERN WEEKLY");
    }

    @Test
    void keepsParagraphsAndAuthorNote() {
        String text = Fixtures.article("pasted-oped.txt", dir).text();

        assertThat(text.split("\n\n")).contains("Questions remain. Who benefits from a city in the dark?",
                "*Jane Marlowe-Voss is a former grid engineer and columnist.");
    }

    @Test
    void loneNameUnderTitleIsTheBylineAndDateLineTheDate() {
        Article a = Fixtures.article("lone-byline.txt", dir);

        assertThat(a.title()).isEqualTo("Council Approves Flood Barrier After Two-Year Delay");
        assertThat(a.byline()).isEqualTo("Priya Ostrander");
        assertThat(a.published()).isEqualTo("2030-03-03");
        assertThat(a.text()).doesNotContain("Priya Ostrander", "March 3, 2030");
    }

    @Test
    void pageWithoutTitleLineHasNoTitleAndKeepsItsFirstParagraph() {
        Article a = Fixtures.article("no-title.txt", dir);

        assertThat(a.title()).isNull();
        assertThat(a.text()).startsWith("The mayor of Port Selby and two regional ministers have asked the national grid operator");
        assertThat(a.text()).doesNotContain("mailing list", "Continue reading");
    }
}
