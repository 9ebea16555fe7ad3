package org.narrascope.ingest.format;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Block;
import org.commonmark.node.Code;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.Heading;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.Image;
import org.commonmark.node.IndentedCodeBlock;
import org.commonmark.node.Node;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.Text;
import org.commonmark.node.ThematicBreak;
import org.commonmark.parser.Parser;
import org.jsoup.Jsoup;
import org.narrascope.ingest.IngestException;
import org.narrascope.ingest.Input;
import org.narrascope.ingest.InputBytes;
import org.narrascope.ingest.Limits;
import org.narrascope.ingest.PublicationDate;
import org.narrascope.ingest.SourceDocument;
import org.narrascope.model.Skipped;

/**
 * Markdown rendered to plain paragraphs by CommonMark: link targets, images and emphasis marks go,
 * link text stays. YAML front matter (title, author, date, source, url) becomes metadata, and a
 * leading level-1 heading becomes the title.
 */
final class MarkdownReader implements FormatReader {

    private static final Pattern FRONT_MATTER = Pattern.compile("\\A---\\R(.*?)\\R---\\R", Pattern.DOTALL);
    private static final Pattern FIELD = Pattern.compile("^([A-Za-z_]+)\\s*:\\s*(.+?)\\s*$", Pattern.MULTILINE);
    private static final Parser PARSER = Parser.builder().build();

    @Override
    public void read(Input input, Limits limits, Consumer<SourceDocument> documents, Consumer<Skipped> problems)
            throws IngestException {
        String markdown = InputBytes.decodeUtf8(InputBytes.read(input, limits));
        Map<String, String> front = new HashMap<>();
        Matcher fm = FRONT_MATTER.matcher(markdown);
        if (fm.find()) {
            Matcher field = FIELD.matcher(fm.group(1));
            while (field.find()) {
                front.put(field.group(1).toLowerCase(Locale.ROOT), unquote(field.group(2)));
            }
            markdown = markdown.substring(fm.end());
        }
        Node root = PARSER.parse(markdown);
        String title = front.get("title");
        Node first = root.getFirstChild();
        if (title == null && first instanceof Heading h && h.getLevel() == 1) {
            title = render(h).strip();
            first.unlink();
        }
        String text = render(root);
        if (text.isBlank()) throw new IngestException("empty: the Markdown has no text");
        documents.accept(new SourceDocument(input.source(), text, title,
                firstOf(front, "author", "byline", "authors"),
                firstOf(front, "source", "outlet", "publisher", "site"),
                PublicationDate.normalize(firstOf(front, "date", "published", "pubdate")),
                firstOf(front, "url", "link", "canonical")));
    }

    private static String firstOf(Map<String, String> fields, String... keys) {
        for (String key : keys) {
            String value = fields.get(key);
            if (value != null && !value.isBlank()) return value;
        }
        return null;
    }

    private static String unquote(String value) {
        if (value.length() >= 2 && (value.startsWith("\"") && value.endsWith("\"")
                || value.startsWith("'") && value.endsWith("'"))) {
            return value.substring(1, value.length() - 1);
        }
        return value;
    }

    static String render(Node node) {
        StringBuilder out = new StringBuilder();
        node.accept(new AbstractVisitor() {
            @Override
            public void visit(Text text) {
                out.append(text.getLiteral());
            }

            @Override
            public void visit(Code code) {
                out.append(code.getLiteral());
            }

            @Override
            public void visit(SoftLineBreak softLineBreak) {
                out.append(' ');
            }

            @Override
            public void visit(HardLineBreak hardLineBreak) {
                out.append('\n');
            }

            @Override
            public void visit(Image image) {
                // alt text of pictures is not part of the story
            }

            @Override
            public void visit(HtmlInline html) {
                // inline tags carry no text of their own
            }

            @Override
            public void visit(HtmlBlock html) {
                out.append(Jsoup.parse(html.getLiteral()).text());
                paragraphBreak();
            }

            @Override
            public void visit(FencedCodeBlock code) {
                out.append(code.getLiteral().strip());
                paragraphBreak();
            }

            @Override
            public void visit(IndentedCodeBlock code) {
                out.append(code.getLiteral().strip());
                paragraphBreak();
            }

            @Override
            public void visit(ThematicBreak thematicBreak) {
                paragraphBreak();
            }

            @Override
            protected void visitChildren(Node parent) {
                super.visitChildren(parent);
                if (parent instanceof Block && !(parent instanceof org.commonmark.node.Document)) {
                    paragraphBreak();
                }
            }

            private void paragraphBreak() {
                int len = out.length();
                if (len > 0 && !(len >= 2 && out.charAt(len - 1) == '\n' && out.charAt(len - 2) == '\n')) {
                    out.append("\n\n");
                }
            }
        });
        return out.toString().strip();
    }
}
