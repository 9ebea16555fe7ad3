package org.narrascope.ingest.format;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.function.Consumer;
import net.dankito.readability4j.Readability4J;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.narrascope.ingest.IngestException;
import org.narrascope.ingest.Input;
import org.narrascope.ingest.InputBytes;
import org.narrascope.ingest.Limits;
import org.narrascope.ingest.PublicationDate;
import org.narrascope.ingest.SourceDocument;
import org.narrascope.model.Skipped;

/**
 * A web page: the main text found by Readability (navigation, cookie banners, sidebars and footers
 * left out), and metadata from Open Graph, article meta tags, schema.org JSON-LD and {@code <time>}.
 */
final class HtmlReader implements FormatReader {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Override
    public void read(Input input, Limits limits, Consumer<SourceDocument> documents, Consumer<Skipped> problems)
            throws IngestException {
        byte[] bytes = InputBytes.read(input, limits);
        String base = input.source().matches("(?i)https?://.*") ? input.source() : "";
        documents.accept(parse(bytes, null, input.source(), base));
    }

    /** Parses one page; the charset is taken from the transport, else the page's own declaration. */
    static SourceDocument parse(byte[] bytes, String charset, String source, String baseUri) throws IngestException {
        InputBytes.requireText(bytes);
        Document page;
        try {
            page = Jsoup.parse(new ByteArrayInputStream(bytes), charset, baseUri);
        } catch (IOException | IllegalArgumentException e) {
            throw new IngestException("cannot parse HTML: " + e.getMessage(), e);
        }
        JsonNode ld = jsonLdArticle(page);
        net.dankito.readability4j.Article main = new Readability4J(baseUri, page.clone()).parse();
        Element content = main.getArticleContent();
        String text = content == null ? "" : HtmlText.paragraphs(content);
        if (text.isBlank()) {
            Element fallback = page.selectFirst("article, main, [role=main]");
            text = HtmlText.paragraphs(fallback != null ? fallback : page.body());
        }
        if (text.isBlank()) throw new IngestException("empty: the page has no readable text");

        String title = firstNonBlank(meta(page, "og:title"), ld == null ? null : ld.path("headline").asText(null),
                textOf(page.selectFirst("article h1, h1")), main.getTitle(), page.title());
        String byline = firstNonBlank(meta(page, "author"), ldName(ld == null ? null : ld.get("author")),
                textOf(page.selectFirst("[rel=author], .byline, .author, [itemprop=author]")), main.getByline());
        if (byline != null) byline = byline.replaceFirst("(?i)^by\\s+", "").strip();
        if (byline != null && byline.matches("(?i)https?://.*")) byline = null;
        String outlet = firstNonBlank(meta(page, "og:site_name"), meta(page, "application-name"),
                ldName(ld == null ? null : ld.get("publisher")));
        String published = PublicationDate.normalize(firstNonBlank(meta(page, "article:published_time"),
                meta(page, "og:published_time"), meta(page, "datePublished"), meta(page, "pubdate"),
                meta(page, "date"), meta(page, "dc.date"), meta(page, "DC.date.issued"),
                ld == null ? null : ld.path("datePublished").asText(null),
                attrOf(page.selectFirst("time[datetime]"), "datetime")));
        String url = firstNonBlank(attrOf(page.selectFirst("link[rel=canonical]"), "abs:href"), meta(page, "og:url"),
                baseUri.isEmpty() ? null : baseUri);
        return new SourceDocument(source, text, title, byline, outlet, published, url);
    }

    private static String meta(Document page, String name) {
        Element e = page.selectFirst("meta[property=" + name + "], meta[name=" + name + "], meta[itemprop=" + name + "]");
        return e == null ? null : e.attr("content");
    }

    /** The first schema.org NewsArticle (or any *Article) in the page's JSON-LD blocks. */
    private static JsonNode jsonLdArticle(Document page) {
        for (Element script : page.select("script[type=application/ld+json]")) {
            try {
                JsonNode found = findArticle(JSON.readTree(script.data()));
                if (found != null) return found;
            } catch (IOException ignored) {
                // broken JSON-LD is common and harmless: the meta tags still count
            }
        }
        return null;
    }

    private static JsonNode findArticle(JsonNode node) {
        if (node == null) return null;
        if (node.isArray()) {
            for (JsonNode item : node) {
                JsonNode found = findArticle(item);
                if (found != null) return found;
            }
            return null;
        }
        if (node.path("@type").asText("").endsWith("Article")) return node;
        return findArticle(node.get("@graph"));
    }

    private static String ldName(JsonNode node) {
        if (node == null) return null;
        if (node.isArray()) return node.isEmpty() ? null : ldName(node.get(0));
        if (node.isTextual()) return node.asText();
        return node.path("name").asText(null);
    }

    private static String textOf(Element e) {
        return e == null ? null : e.text();
    }

    private static String attrOf(Element e, String attr) {
        return e == null ? null : e.attr(attr);
    }

    static String firstNonBlank(String... values) {
        for (String v : values) {
            if (v != null && !v.isBlank()) return v.strip();
        }
        return null;
    }
}
