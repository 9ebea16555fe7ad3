package org.narrascope.report;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jsoup.nodes.Element;
import org.narrascope.model.Analysis;
import org.narrascope.model.Article;
import org.narrascope.model.Claim;
import org.narrascope.model.Event;
import org.narrascope.model.Question;

/**
 * The versions-of-the-event matrix: for each question, answers × articles, each cell saying whether
 * the article asserts, reports or disputes the answer, the evidence sentences in its tooltip.
 */
final class VersionsSection {

    private VersionsSection() {
    }

    static void render(Element section, Analysis analysis) {
        section.appendElement("h2").text("Versions of the event");
        if (analysis.questions().isEmpty()) {
            section.appendElement("p").addClass("pending").text("No competing answers found.");
            return;
        }
        if (analysis.events().size() > 1) {
            Element list = section.appendElement("p").text("Events these articles report: ");
            for (Event e : analysis.events()) {
                list.appendElement("span").addClass("event").text(e.name() + " (" + e.articles().size() + (e.articles().size() == 1 ? " article) " : " articles) "));
            }
        }
        Map<String, Claim> claims = new HashMap<>();
        analysis.claims().forEach(c -> claims.put(c.id(), c));
        Map<String, Event> events = new HashMap<>();
        analysis.events().forEach(e -> events.put(e.id(), e));
        List<Article> all = analysis.articles();
        for (Question q : analysis.questions()) {
            // columns: the articles on the question's event, numbered as in the table above
            Event event = q.event() == null ? null : events.get(q.event());
            List<Article> articles = event == null ? all : all.stream().filter(a -> event.articles().contains(a.id())).toList();
            Element box = section.appendElement("div").addClass("question");
            box.appendElement("h3").text(q.text() + (q.contested() ? " — contested" : ""));
            Element table = box.appendElement("table").addClass("versions");
            Element head = table.appendElement("thead").appendElement("tr");
            head.appendElement("th").text("Answer");
            for (Article a : articles) head.appendElement("th").attr("title", HtmlReport.titleOf(a)).text(String.valueOf(all.indexOf(a) + 1));
            Element body = table.appendElement("tbody");
            for (Question.Answer a : q.answers()) {
                Element row = body.appendElement("tr");
                Element label = row.appendElement("td").text(a.answer());
                if (a.singleSource()) label.appendElement("span").addClass("single").text("single source");
                for (Article article : articles) {
                    String role = a.assertedBy().contains(article.id()) ? "asserts"
                            : a.disputedBy().contains(article.id()) ? "disputes"
                            : a.reportedBy().contains(article.id()) ? "reports" : null;
                    Element cell = row.appendElement("td");
                    if (role == null) continue;
                    StringBuilder evidence = new StringBuilder();
                    for (String id : a.claims()) {
                        Claim c = claims.get(id);
                        if (c != null && c.article().equals(article.id())) evidence.append(c.text()).append("\n");
                    }
                    for (var s : a.sentences()) {
                        if (s.article().equals(article.id())) evidence.append(article.text(), s.span().start(), s.span().end()).append("\n");
                    }
                    cell.addClass(role).attr("title", evidence.toString().strip()).text(role);
                }
            }
        }
        section.appendElement("p").addClass("pending").text("Columns are the articles on the question's event, numbered as in the table above; "
                + "hover a cell for the sentences behind it. An article may report an answer and also quote its denial.");
    }
}
