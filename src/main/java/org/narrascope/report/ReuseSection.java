package org.narrascope.report;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jsoup.nodes.Element;
import org.narrascope.model.AlignedPassage;
import org.narrascope.model.Analysis;
import org.narrascope.model.Article;
import org.narrascope.model.ReuseLink;
import org.narrascope.model.Span;
import org.narrascope.model.StoryFamily;

/**
 * The story-families part of the report: each family with its likely origin, and each link with its
 * aligned passages side by side (words only on one side highlighted) and what each side adds.
 */
final class ReuseSection {

    private ReuseSection() {
    }

    static void render(Element section, Analysis analysis) {
        section.appendElement("h2").text("Story families");
        if (analysis.families().isEmpty()) {
            section.appendElement("p").addClass("pending").text("No two articles reuse each other's text.");
            return;
        }
        Map<String, Article> byId = new HashMap<>();
        analysis.articles().forEach(a -> byId.put(a.id(), a));
        Map<String, String> familyOf = new HashMap<>();
        analysis.families().forEach(f -> f.articles().forEach(id -> familyOf.put(id, f.id())));
        Map<String, List<ReuseLink>> linksOf = new HashMap<>();
        analysis.reuse().forEach(l -> linksOf.computeIfAbsent(familyOf.get(l.a()), k -> new java.util.ArrayList<>()).add(l));
        for (StoryFamily family : analysis.families()) {
            Element box = section.appendElement("div").addClass("family");
            box.appendElement("h3").text(family.id() + " · " + family.articles().size() + " articles");
            Element members = box.appendElement("ul");
            for (String id : family.articles()) {
                Element li = members.appendElement("li");
                li.appendElement("a").attr("href", "#article-" + id).text(HtmlReport.titleOf(byId.get(id)));
                Article a = byId.get(id);
                li.appendText(" — " + HtmlReport.orDash(a.outlet()) + ", " + a.language());
                if (id.equals(family.origin())) li.appendElement("span").addClass("origin").text("likely origin");
            }
            if (family.origin() == null) {
                box.appendElement("p").addClass("pending").text("Origin undecidable from these articles (no dates, and no member contains the others).");
            }
            for (ReuseLink link : linksOf.getOrDefault(family.id(), List.of())) {
                renderLink(box, link, byId.get(link.a()), byId.get(link.b()));
            }
        }
    }

    private static void renderLink(Element parent, ReuseLink link, Article a, Article b) {
        Element details = parent.appendElement("details").addClass("link");
        details.appendElement("summary").text(String.format(java.util.Locale.ROOT,
                "%s — %s ↔ %s · score %.2f · covers %.0f%% / %.0f%%", link.kind().label(), shortTitle(a), shortTitle(b),
                link.score(), link.coverageA() * 100, link.coverageB() * 100));
        Element table = details.appendElement("table").addClass("passages");
        Element head = table.appendElement("thead").appendElement("tr");
        head.appendElement("th").text(shortTitle(a));
        head.appendElement("th").text(shortTitle(b));
        Element body = table.appendElement("tbody");
        boolean diff = a.language().equals(b.language());
        for (AlignedPassage p : link.passages()) {
            Element row = body.appendElement("tr");
            String left = slice(a, p.a());
            String right = slice(b, p.b());
            List<WordDiff.Piece> pieces = diff ? WordDiff.of(left, right) : null;
            if (pieces == null) {
                row.appendElement("td").text(left);
                row.appendElement("td").text(right);
            } else {
                Element l = row.appendElement("td");
                Element r = row.appendElement("td");
                for (WordDiff.Piece piece : pieces) {
                    switch (piece.side()) {
                        case BOTH -> {
                            l.appendText(piece.text() + " ");
                            r.appendText(piece.text() + " ");
                        }
                        case LEFT -> l.appendElement("del").text(piece.text()).after(" ");
                        case RIGHT -> r.appendElement("ins").text(piece.text()).after(" ");
                    }
                }
            }
        }
        addsAndDrops(details, link, a, b);
    }

    /** Text outside the passages on each side: what one version has and the other does not. */
    private static void addsAndDrops(Element parent, ReuseLink link, Article a, Article b) {
        Element only = parent.appendElement("div").addClass("only");
        only.appendElement("p").text("Only in " + shortTitle(a) + ": " + outside(a, link.passages().stream().map(AlignedPassage::a).toList()));
        only.appendElement("p").text("Only in " + shortTitle(b) + ": " + outside(b, link.passages().stream().map(AlignedPassage::b).toList()));
    }

    static String outside(Article article, List<Span> spans) {
        String text = article.text();
        boolean[] inside = new boolean[text.length()];
        for (Span s : spans) for (int i = s.start(); i < s.end() && i < inside.length; i++) inside[i] = true;
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < text.length(); i++) {
            if (!inside[i]) {
                out.append(text.charAt(i));
            } else if (i == 0 || !inside[i - 1]) {
                out.append(" … ");
            }
        }
        String rest = out.toString().replaceAll("\\s+", " ").replaceAll("(\\s*…\\s*)+", " … ").strip();
        if (rest.replace("…", "").isBlank()) return "nothing";
        return rest.length() > 600 ? rest.substring(0, 600) + "…" : rest;
    }

    private static String slice(Article article, Span span) {
        String text = article.text();
        return text.substring(Math.min(span.start(), text.length()), Math.min(span.end(), text.length()));
    }

    private static String shortTitle(Article a) {
        String t = HtmlReport.titleOf(a);
        return t.length() > 60 ? t.substring(0, 57) + "…" : t;
    }
}
