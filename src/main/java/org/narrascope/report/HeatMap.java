package org.narrascope.report;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jsoup.nodes.Element;
import org.narrascope.model.Article;

/** A label × article table whose cells are shaded by value (a count, or a score in [0, 1]): rows are labels, columns articles in table order. */
final class HeatMap {

    private HeatMap() {
    }

    static void render(Element section, String rowName, Map<String, Map<String, Double>> values, List<Article> articles, String cellMeaning) {
        double max = values.values().stream().flatMap(m -> m.values().stream()).mapToDouble(Double::doubleValue).max().orElse(1);
        Element table = section.appendElement("table").addClass("heat");
        Element head = table.appendElement("thead").appendElement("tr");
        head.appendElement("th").text(rowName);
        for (int i = 0; i < articles.size(); i++) {
            head.appendElement("th").attr("title", HtmlReport.titleOf(articles.get(i))).text(String.valueOf(i + 1));
        }
        Element body = table.appendElement("tbody");
        values.forEach((label, perArticle) -> {
            Element row = body.appendElement("tr");
            row.appendElement("td").text(label.replace('_', ' '));
            for (Article a : articles) {
                double v = perArticle.getOrDefault(a.id(), 0.0);
                Element cell = row.appendElement("td");
                if (v > 0) {
                    String shown = v == Math.rint(v) ? String.valueOf((long) v) : String.format(Locale.ROOT, "%.2f", v);
                    cell.attr("style", String.format(Locale.ROOT, "background: rgba(192, 57, 43, %.2f)", 0.15 + 0.85 * v / max))
                            .attr("title", shown + " " + cellMeaning + ": " + HtmlReport.titleOf(a)).text(shown);
                }
            }
        });
        section.appendElement("p").addClass("pending").text("Columns are the articles in the order of the Articles table; hover for titles.");
    }
}
