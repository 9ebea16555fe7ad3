package org.narrascope.ingest.format;

import java.util.Set;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/** The visible text of an HTML fragment as paragraphs separated by blank lines. */
final class HtmlText {

    private static final Set<String> BLOCKS = Set.of("p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul",
            "ol", "blockquote", "pre", "section", "article", "header", "footer", "main", "aside", "table", "tr",
            "dl", "dt", "dd", "figure", "hr", "address");
    private static final Set<String> SKIPPED = Set.of("script", "style", "noscript", "template", "svg", "iframe",
            "figcaption", "button", "form", "select", "textarea");

    private HtmlText() {
    }

    static String paragraphs(Element root) {
        StringBuilder out = new StringBuilder();
        NodeTraversor.traverse(new NodeVisitor() {
            private int skipDepth = -1;

            @Override
            public void head(Node node, int depth) {
                if (skipDepth >= 0) return;
                if (node instanceof Element e && SKIPPED.contains(e.normalName())) {
                    skipDepth = depth;
                } else if (node instanceof TextNode t) {
                    String text = t.getWholeText().replaceAll("[\\s\\u00A0]+", " ");
                    if (endsWithSpaceOrBreak(out)) text = text.stripLeading();
                    out.append(text);
                } else if (node instanceof Element e && e.normalName().equals("br")) {
                    trimTrailingSpace(out);
                    out.append('\n');
                } else if (node instanceof Element e && BLOCKS.contains(e.normalName())) {
                    paragraphBreak(out);
                }
            }

            @Override
            public void tail(Node node, int depth) {
                if (skipDepth >= 0) {
                    if (depth == skipDepth) skipDepth = -1;
                    return;
                }
                if (node instanceof Element e && BLOCKS.contains(e.normalName())) paragraphBreak(out);
            }
        }, root);
        return out.toString().replaceAll("[ \\t]+\\n", "\n").replaceAll("\\n{3,}", "\n\n").strip();
    }

    /** Text of markup that arrives as a string, as feeds and JSON often carry it. */
    static String fromMarkup(String html) {
        if (html == null) return null;
        if (html.indexOf('<') < 0 && html.indexOf('&') < 0) return html.strip();
        return paragraphs(org.jsoup.Jsoup.parseBodyFragment(html).body());
    }

    private static boolean endsWithSpaceOrBreak(StringBuilder out) {
        return out.isEmpty() || Character.isWhitespace(out.charAt(out.length() - 1));
    }

    private static void trimTrailingSpace(StringBuilder out) {
        while (!out.isEmpty() && out.charAt(out.length() - 1) == ' ') out.setLength(out.length() - 1);
    }

    private static void paragraphBreak(StringBuilder out) {
        trimTrailingSpace(out);
        if (out.isEmpty()) return;
        if (out.charAt(out.length() - 1) != '\n') out.append('\n');
        if (out.length() < 2 || out.charAt(out.length() - 2) != '\n') out.append('\n');
    }
}
