package org.narrascope.report;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.jsoup.nodes.Element;
import org.narrascope.model.Analysis;
import org.narrascope.model.Span;
import org.narrascope.model.Technique;

/** A technique × article heat map, and the marks that show each technique in the article texts. */
final class TechniquesSection {

    private TechniquesSection() {
    }

    static void render(Element section, Analysis analysis) {
        if (!HtmlReport.heading(section, "Persuasion techniques", analysis, "techniques", analysis.techniques().isEmpty(),
                "No persuasion techniques found (English articles only).")) return;
        Map<String, Map<String, Double>> counts = new TreeMap<>();
        for (Technique t : analysis.techniques()) counts.computeIfAbsent(t.technique(), k -> new TreeMap<>()).merge(t.article(), 1.0, Double::sum);
        HeatMap.render(section, "technique", counts, analysis.articles(), "times marked in the article");
    }

    /** The paragraph's text into {@code p}, techniques' spans wrapped in marks titled with their technique. */
    static void highlight(Element p, String text, Span paragraph, List<Technique> techniques) {
        List<Technique> inside = new ArrayList<>();
        for (Technique t : techniques) {
            if (t.span().start() >= paragraph.start() && t.span().end() <= paragraph.end() && t.span().end() - t.span().start() < paragraph.end() - paragraph.start()) {
                inside.add(t);
            }
        }
        inside.sort(Comparator.comparingInt((Technique t) -> t.span().start()));
        List<String> whole = techniques.stream().filter(t -> t.span().equals(paragraph)).map(Technique::technique).distinct().toList();
        if (!whole.isEmpty()) p.addClass("technique").attr("title", String.join(", ", whole).replace('_', ' '));
        int at = paragraph.start();
        for (Technique t : inside) {
            if (t.span().start() < at) continue; // overlapping cue: the first one shown wins
            p.appendText(text.substring(at, t.span().start()));
            p.appendElement("mark").attr("title", t.technique().replace('_', ' ')).text(text.substring(t.span().start(), t.span().end()));
            at = t.span().end();
        }
        p.appendText(text.substring(at, paragraph.end()));
    }
}
