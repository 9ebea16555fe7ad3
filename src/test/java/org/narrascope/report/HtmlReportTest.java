package org.narrascope.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.narrascope.model.Analysis;
import org.narrascope.model.AlignedPassage;
import org.narrascope.model.Article;
import org.narrascope.model.Event;
import org.narrascope.model.Mention;
import org.narrascope.model.Question;
import org.narrascope.model.ReuseKind;
import org.narrascope.model.ReuseLink;
import org.narrascope.model.Span;
import org.narrascope.model.Technique;
import org.narrascope.model.StoryFamily;
import org.narrascope.model.Skipped;

/** The report treats every article-derived string as hostile. */
class HtmlReportTest {

    private static final String HOSTILE_TITLE = "Ferry news</title><script>alert('title')</script>";
    private static final String HOSTILE_BODY = "Crews struck <img src=x onerror=alert('body')> again.\n\n<script>steal()</script> & more";

    private final Analysis analysis = Analysis.ofArticles(List.of(new Article("abc123def456",
            List.of("javascript:alert('source')", "https://ok.example/a?b=1&c=%222%22"),
            HOSTILE_TITLE, "<b>Bad</b> Byline", null, "\"><svg onload=alert(1)>", "2030-01-01",
            "javascript:alert('url')", null, "en", 9, HOSTILE_TITLE + "\n\n" + HOSTILE_BODY)),
            List.of(new Skipped("<iframe src=evil>", "reason <script>x</script>")));

    @Test
    void hostileTextIsEscapedNotExecuted() {
        String html = HtmlReport.render(analysis);
        Document doc = Jsoup.parse(html);

        assertThat(doc.select("script, iframe, svg, img")).isEmpty();
        for (Element e : doc.getAllElements()) {
            e.attributes().forEach(attr -> assertThat(attr.getKey()).doesNotStartWith("on"));
        }
        assertThat(doc.select("a[href]")).allSatisfy(a -> assertThat(a.attr("href")).doesNotStartWithIgnoringCase("javascript"));
        assertThat(html).doesNotContain("<script>", "<img src=x", "<svg");
        assertThat(doc.title()).contains("1 articles").doesNotContain("<script>");
    }

    @Test
    void hostileTextIsStillShownToTheReader() {
        Document doc = Jsoup.parse(HtmlReport.render(analysis));

        assertThat(doc.body().text()).contains(HOSTILE_TITLE, "Crews struck <img src=x onerror=alert('body')> again.",
                "<script>steal()</script> & more", "javascript:alert('url')", "<iframe src=evil>", "reason <script>x</script>");
    }

    @Test
    void onlyWebUrlsBecomeLinks() {
        Document doc = Jsoup.parse(HtmlReport.render(analysis));

        assertThat(doc.select("a[href^=http]")).extracting(a -> a.attr("href"))
                .containsExactly("https://ok.example/a?b=1&c=%222%22");
    }

    @Test
    void familiesShowPassagesSideBySideWithDifferencesEscaped() {
        String textA = "Title A\n\nThe <b>crew</b> struck on Monday at the harbour gate.";
        String textB = "Title B\n\nThe <b>crew</b> walked out on Monday at the harbour gate.";
        Article a = new Article("a1", List.of("a.txt"), "Title A", null, null, null, null, null, null, "en", 10, textA);
        Article b = new Article("b1", List.of("b.txt"), "Title <script>B</script>", null, null, null, null, null, null, "en", 10, textB);
        ReuseLink link = new ReuseLink("a1", "b1", ReuseKind.NEAR_COPY, 0.8, 0.8, 0.8,
                List.of(new AlignedPassage(new Span(9, textA.length()), new Span(9, textB.length()), 0.8)));
        Analysis withFamily = new Analysis(List.of(a, b), List.of(link), List.of(new StoryFamily("family-1", List.of("a1", "b1"), "a1")), List.of(), List.of(), List.of(), List.of(),
                List.of(), List.of(), List.of(), List.of(), List.of());

        Document doc = Jsoup.parse(HtmlReport.render(withFamily));

        assertThat(doc.select("script")).isEmpty();
        assertThat(doc.select("#families .origin")).hasSize(1);
        assertThat(doc.select("table.passages del").text()).isEqualTo("struck");
        assertThat(doc.select("table.passages ins").text()).isEqualTo("walked out");
        assertThat(doc.select("table.passages td").first().text()).contains("The <b>crew</b>");
        assertThat(doc.select("#families .only").text()).contains("Only in Title A: Title A");
    }

    @Test
    void techniquesCountParagraphsNotMarksAndASharedSpanNamesEveryTechnique() {
        String text = "Title\n\nThe greedy, lying cowards sold out the harbour.\n\nThe ferry leaves at nine.";
        Article a = new Article("a1", List.of("a.txt"), "Title", null, null, null, null, null, null, "en", 10, text);
        int p = text.indexOf("The greedy");
        Span greedy = new Span(p + 4, p + 10), cowards = new Span(p + 18, p + 25);
        List<Technique> found = List.of(new Technique("a1", "Loaded_Language", greedy, 0.6), new Technique("a1", "Loaded_Language", cowards, 0.6),
                new Technique("a1", "Name_Calling-Labeling", cowards, 0.5));
        Analysis withTechniques = new Analysis(List.of(a), List.of(), List.of(), List.of(), List.of(), List.of(), List.of(),
                List.of(), List.of(), found, List.of(), List.of());

        Document doc = Jsoup.parse(HtmlReport.render(withTechniques));

        assertThat(doc.select("#techniques td[title^=1 paragraphs where found]")).hasSize(2);
        assertThat(doc.select("mark").eachAttr("title")).containsExactly("Loaded Language", "Loaded Language, Name Calling-Labeling");
    }

    @Test
    void reportIsSelfContained() {
        Document doc = Jsoup.parse(HtmlReport.render(analysis));

        assertThat(doc.select("link[href], script[src], img[src], iframe, object, embed")).isEmpty();
        assertThat(doc.select("style")).hasSize(1);
        assertThat(doc.select("meta[http-equiv=Content-Security-Policy]").attr("content")).contains("default-src 'none'");
    }

    @Test
    void eachQuestionShowsTheArticlesOfItsEventWithTheEvidenceEscaped() {
        String text = "Blast at <b>Kell</b> depot\n\nThe blast at the Kell depot on 4 June killed six.";
        Article a = new Article("a1", List.of("a.txt"), "Blast at <b>Kell</b> depot", null, null, null, null, null, null, "en", 10, text);
        Article b = new Article("b1", List.of("b.txt"), "Dam gives way", null, null, null, null, null, null, "en", 10, "Dam gives way\n\nThe dam gave way.");
        Article c = new Article("c1", List.of("c.txt"), "Kell depot update", null, null, null, null, null, null, "en", 10, "Kell depot update\n\nNo news.");
        Question.Answer kell = new Question.Answer("Kell", null, List.of(), List.of(new Mention("a1", new Span(0, 26))),
                List.of("a1"), List.of(), List.of(), true);
        Question where = new Question("q1", "where did the Kell depot blast happen?", "v1", false, List.of(kell));
        Analysis withEvents = new Analysis(List.of(a, b, c), List.of(), List.of(), List.of(), List.of(),
                List.of(new Event("v1", "Kell depot blast", List.of("a1", "c1")), new Event("v2", "dam collapse", List.of("b1"))),
                List.of(where), List.of(), List.of(), List.of(), List.of(), List.of());

        Document doc = Jsoup.parse(HtmlReport.render(withEvents));

        assertThat(doc.body().text()).contains("Kell depot blast (2 articles)", "dam collapse (1 article)");
        Element table = doc.selectFirst("table.versions");
        assertThat(table.select("thead th")).extracting(Element::text).containsExactly("Answer", "1", "3");
        Element cell = table.selectFirst("td.asserts");
        assertThat(cell.attr("title")).isEqualTo("Blast at <b>Kell</b> depot");
        assertThat(table.select("b")).isEmpty();
    }
}
