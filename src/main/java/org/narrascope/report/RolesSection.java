package org.narrascope.report;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jsoup.nodes.Element;
import org.narrascope.model.Analysis;
import org.narrascope.model.Article;
import org.narrascope.model.Entity;
import org.narrascope.model.Role;

/** The entity × source role grid: how each article casts each salient entity, with the sentences read on hover. */
final class RolesSection {

    private RolesSection() {
    }

    static void render(Element section, Analysis analysis) {
        if (!HtmlReport.heading(section, "Roles", analysis, "roles", analysis.roles().isEmpty(),
                "No roles (they are judged for named entities of English articles).")) return;
        Map<String, Entity> entities = new LinkedHashMap<>();
        for (Entity e : analysis.entities()) entities.put(e.id(), e);
        Map<String, Map<String, Role>> grid = new LinkedHashMap<>();
        // rows in entity order (most salient first)
        for (Entity e : analysis.entities()) {
            for (Role r : analysis.roles()) if (r.entity().equals(e.id())) grid.computeIfAbsent(e.id(), k -> new LinkedHashMap<>()).put(r.article(), r);
        }
        List<Article> articles = analysis.articles();
        Element table = section.appendElement("table").addClass("roles");
        Element head = table.appendElement("thead").appendElement("tr");
        head.appendElement("th").text("entity");
        for (int i = 0; i < articles.size(); i++) head.appendElement("th").attr("title", HtmlReport.titleOf(articles.get(i))).text(String.valueOf(i + 1));
        Element body = table.appendElement("tbody");
        grid.forEach((id, byArticle) -> {
            Element row = body.appendElement("tr");
            row.appendElement("td").text(entities.get(id).name());
            for (Article a : articles) {
                Element cell = row.appendElement("td");
                Role r = byArticle.get(a.id());
                if (r == null) continue;
                StringBuilder hover = new StringBuilder(r.role() + ": " + String.join(", ", r.fine()));
                for (var span : r.evidence()) hover.append("\n— ").append(a.text(), span.start(), span.end());
                cell.addClass(r.role()).attr("title", hover.toString()).text(r.role().substring(0, 1).toUpperCase() + " " + String.join(", ", r.fine()));
            }
        });
        section.appendElement("p").addClass("pending").text("P protagonist · A antagonist · I innocent, with the fine roles; "
                + "columns are the articles in the order of the Articles table; hover a cell for the sentences read. "
                + "The role model is weak (it rarely beats calling everyone an antagonist; see the README): read the sentences before trusting a cell.");
    }
}
