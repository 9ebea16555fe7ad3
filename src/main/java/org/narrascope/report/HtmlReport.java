package org.narrascope.report;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.narrascope.TextParagraphs;
import org.narrascope.Version;
import org.narrascope.model.Analysis;
import org.narrascope.model.Article;
import org.narrascope.model.Skipped;

/**
 * The self-contained HTML report: one file, inline styles, no scripts and no network fetches.
 * Every string that comes from an article is set as a text node or attribute through jsoup, which
 * escapes it; links are only made for http(s) URLs.
 */
public final class HtmlReport {

    private static final String CSS = loadCss();
    private static final int ENTITIES_SHOWN = 60;

    private HtmlReport() {
    }

    public static void write(Analysis analysis, Path file) throws IOException {
        OutputFiles.writeAtomically(file, render(analysis));
    }

    public static String render(Analysis analysis) {
        Document doc = Document.createShell("");
        doc.outputSettings().charset(StandardCharsets.UTF_8).prettyPrint(true);
        doc.head().appendElement("meta").attr("charset", "utf-8");
        doc.head().appendElement("meta").attr("name", "viewport").attr("content", "width=device-width, initial-scale=1");
        doc.head().appendElement("meta").attr("http-equiv", "Content-Security-Policy")
                .attr("content", "default-src 'none'; style-src 'unsafe-inline'; img-src data:");
        doc.title("Narrascope report — " + analysis.articles().size() + " articles");
        doc.head().appendElement("style").appendText(CSS);

        Element top = doc.body().appendElement("header").addClass("top");
        top.appendElement("h1").text("Narrascope report");
        top.appendElement("p").text("Every version of the story, article by article · narrascope " + Version.current());

        Element main = doc.body().appendElement("main");
        overview(main.appendElement("section").id("overview"), analysis);
        articleTable(main.appendElement("section").id("articles"), analysis.articles());
        ReuseSection.render(main.appendElement("section").id("families"), analysis);
        if (!analysis.skipped().isEmpty()) skippedTable(main.appendElement("section").id("skipped"), analysis.skipped());
        VersionsSection.render(main.appendElement("section").id("versions"), analysis);
        RolesSection.render(main.appendElement("section").id("roles"), analysis);
        NarrativesSection.render(main.appendElement("section").id("narratives"), analysis);
        TechniquesSection.render(main.appendElement("section").id("techniques"), analysis);
        entityIndex(main.appendElement("section").id("entities"), analysis);
        articleTexts(main.appendElement("section").id("texts"), analysis);
        return doc.outerHtml();
    }

    private static void overview(Element section, Analysis analysis) {
        section.appendElement("h2").text("Overview");
        Element stats = section.appendElement("div").addClass("stats");
        List<Article> articles = analysis.articles();
        stat(stats, String.valueOf(articles.size()), "articles");
        stat(stats, String.valueOf(articles.stream().mapToInt(a -> a.sources().size()).sum()), "sources read");
        stat(stats, String.valueOf(analysis.skipped().size()), "inputs skipped");
        stat(stats, String.valueOf(articles.stream().mapToInt(Article::words).sum()), "words");
        stat(stats, String.valueOf(analysis.reuse().size()), "reuse links");
        stat(stats, String.valueOf(analysis.families().size()), "story families");
        Map<String, Integer> languages = new TreeMap<>();
        articles.forEach(a -> languages.merge(a.language(), 1, Integer::sum));
        StringBuilder langs = new StringBuilder();
        languages.forEach((lang, n) -> langs.append(langs.isEmpty() ? "" : " · ").append(lang).append(' ').append(n));
        stat(stats, langs.isEmpty() ? "–" : langs.toString(), "languages");
        if (!analysis.notRun().isEmpty()) {
            section.appendElement("p").addClass("pending").text("Not run (they need the sentence-embedding model, turned off): "
                    + String.join(", ", analysis.notRun()) + ".");
        }
    }

    /**
     * The heading of a stage's section; when the stage has nothing to show, a line saying whether
     * it found nothing or was not run, and false.
     */
    static boolean heading(Element section, String title, Analysis analysis, String stage, boolean empty, String nothingFound) {
        section.appendElement("h2").text(title);
        if (!empty) return true;
        section.appendElement("p").addClass("pending").text(analysis.notRun().contains(stage) ? "Not run." : nothingFound);
        return false;
    }

    static void stat(Element parent, String value, String label) {
        Element box = parent.appendElement("div").addClass("stat");
        box.appendElement("b").text(value);
        box.appendElement("span").text(label);
    }

    private static void articleTable(Element section, List<Article> articles) {
        section.appendElement("h2").text("Articles");
        Element table = section.appendElement("table");
        Element head = table.appendElement("thead").appendElement("tr");
        for (String h : List.of("Title", "Outlet", "Byline", "Published", "Lang", "Words", "Sources")) {
            head.appendElement("th").text(h);
        }
        Element body = table.appendElement("tbody");
        for (Article a : articles) {
            Element row = body.appendElement("tr");
            row.appendElement("td").appendElement("a").attr("href", "#article-" + a.id()).text(titleOf(a));
            row.appendElement("td").text(orDash(a.outlet()));
            row.appendElement("td").text(orDash(a.byline()));
            row.appendElement("td").text(orDash(readableDate(a.published())));
            row.appendElement("td").appendElement("span").addClass("lang").text(a.language());
            row.appendElement("td").addClass("num").text(String.valueOf(a.words()));
            row.appendElement("td").addClass("num").text(String.valueOf(a.sources().size()));
        }
    }

    /** The most salient entities with their other names, the articles naming them, and mention counts. */
    private static void entityIndex(Element section, Analysis analysis) {
        section.appendElement("h2").text("Entities");
        if (analysis.entities().isEmpty()) {
            section.appendElement("p").addClass("pending").text("No entities found (English articles only for now).");
            return;
        }
        Element table = section.appendElement("table");
        Element head = table.appendElement("thead").appendElement("tr");
        for (String h : List.of("Entity", "Type", "Also named", "Articles", "Mentions")) head.appendElement("th").text(h);
        Element body = table.appendElement("tbody");
        for (org.narrascope.model.Entity e : analysis.entities().subList(0, Math.min(ENTITIES_SHOWN, analysis.entities().size()))) {
            Element row = body.appendElement("tr");
            row.appendElement("td").text(e.name());
            row.appendElement("td").text(e.type());
            row.appendElement("td").text(String.join(" · ", e.aliases()));
            row.appendElement("td").addClass("num").text(String.valueOf(e.mentions().stream().map(m -> m.article()).distinct().count()));
            row.appendElement("td").addClass("num").text(String.valueOf(e.mentions().size()));
        }
        if (analysis.entities().size() > ENTITIES_SHOWN) {
            section.appendElement("p").addClass("pending").text("The " + ENTITIES_SHOWN + " most mentioned of "
                    + analysis.entities().size() + " entities; analysis.json lists them all.");
        }
    }

    private static void skippedTable(Element section, List<Skipped> skipped) {
        section.appendElement("h2").text("Inputs skipped");
        Element table = section.appendElement("table").addClass("skipped");
        Element head = table.appendElement("thead").appendElement("tr");
        head.appendElement("th").text("Input");
        head.appendElement("th").text("Why");
        Element body = table.appendElement("tbody");
        for (Skipped s : skipped) {
            Element row = body.appendElement("tr");
            row.appendElement("td").text(s.source());
            row.appendElement("td").text(s.reason());
        }
    }

    private static void articleTexts(Element section, Analysis analysis) {
        section.appendElement("h2").text("Texts");
        section.appendElement("p").addClass("pending").text("Persuasion techniques are marked in the text; hover a mark for its technique.");
        for (Article a : analysis.articles()) {
            Element card = section.appendElement("article").addClass("story").id("article-" + a.id());
            card.appendElement("h3").text(titleOf(a));
            Element meta = card.appendElement("dl").addClass("meta");
            field(meta, "Id", a.id());
            field(meta, "Outlet", a.outlet());
            field(meta, "Byline", a.byline());
            field(meta, "Translator", a.translator());
            field(meta, "Published", a.published());
            field(meta, "Provenance", a.provenance());
            field(meta, "Language", a.language());
            if (a.url() != null) {
                meta.appendElement("dt").text("URL");
                link(meta.appendElement("dd"), a.url());
            }
            meta.appendElement("dt").text(a.sources().size() == 1 ? "Source" : "Sources (same text)");
            Element sources = meta.appendElement("dd");
            for (String source : a.sources()) {
                link(sources.appendElement("div"), source);
            }
            Element details = card.appendElement("details");
            details.appendElement("summary").text("Text (" + a.words() + " words)");
            Element text = details.appendElement("div").addClass("text");
            List<org.narrascope.model.Technique> marks = analysis.techniques().stream().filter(t -> t.article().equals(a.id())).toList();
            boolean first = true;
            for (org.narrascope.model.Span paragraph : TextParagraphs.of(a.text())) {
                Element p = text.appendElement("p");
                TechniquesSection.highlight(p, a.text(), paragraph, marks);
                if (first && p.text().equals(a.title())) p.addClass("title");
                first = false;
            }
        }
    }

    private static void field(Element meta, String label, String value) {
        if (value == null || value.isBlank()) return;
        meta.appendElement("dt").text(label);
        meta.appendElement("dd").text(value);
    }

    /** A link for http(s) URLs only, so a hostile {@code javascript:} target stays plain text. */
    static void link(Element parent, String target) {
        if (isWebUrl(target)) {
            parent.appendElement("a").attr("href", target).attr("rel", "noopener noreferrer nofollow").text(target);
        } else {
            parent.text(target);
        }
    }

    static boolean isWebUrl(String s) {
        try {
            String scheme = URI.create(s.strip()).getScheme();
            return scheme != null && (scheme.toLowerCase(Locale.ROOT).equals("http") || scheme.toLowerCase(Locale.ROOT).equals("https"));
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    /** {@code 2031-05-14T09:30:00Z} as {@code 2031-05-14 09:30 UTC}; dates without a time stay as they are. */
    static String readableDate(String iso) {
        if (iso == null || !iso.matches("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}.*Z")) return iso;
        return iso.substring(0, 10) + " " + iso.substring(11, 16) + " UTC";
    }

    /** The title, or for an article without one its opening words, marked as such. */
    static String titleOf(Article a) {
        if (a.title() != null && !a.title().isBlank()) return a.title();
        String[] words = a.text().strip().split("\\s+", 13);
        return "(untitled) " + String.join(" ", java.util.Arrays.copyOf(words, Math.min(12, words.length))) + "…";
    }

    static String orDash(String s) {
        return s == null || s.isBlank() ? "–" : s;
    }

    private static String loadCss() {
        try (InputStream in = HtmlReport.class.getResourceAsStream("report.css")) {
            if (in == null) throw new IllegalStateException("report.css is missing from the build");
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
