package org.narrascope.report;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.jsoup.nodes.Element;
import org.narrascope.TextParagraphs;
import org.narrascope.model.Analysis;
import org.narrascope.model.Span;
import org.narrascope.model.Technique;

/** A technique × article heat map, and the marks that show each technique in the article texts. */
final class TechniquesSection {

    private TechniquesSection() {
    }

    static void render(Element section, Analysis analysis) {
        if (!HtmlReport.heading(section, "Persuasion techniques", analysis, "techniques", analysis.techniques().isEmpty(),
                "No persuasion techniques found (articles in English, Russian, French, German, Italian and Polish are read).")) return;
        // paragraphs, not marks: one paragraph may carry many tagged spans, which would outweigh a technique found once per paragraph
        Map<String, List<Span>> paragraphs = new HashMap<>();
        analysis.articles().forEach(a -> paragraphs.put(a.id(), TextParagraphs.of(a.text())));
        Map<String, Map<String, Set<Integer>>> found = new TreeMap<>();
        for (Technique t : analysis.techniques()) {
            found.computeIfAbsent(t.technique(), k -> new TreeMap<>()).computeIfAbsent(t.article(), k -> new HashSet<>())
                    .add(paragraphOf(paragraphs.getOrDefault(t.article(), List.of()), t.span()));
        }
        Map<String, Map<String, Double>> counts = new TreeMap<>();
        found.forEach((technique, byArticle) -> byArticle.forEach((article, in) ->
                counts.computeIfAbsent(technique, k -> new TreeMap<>()).put(article, (double) in.size())));
        HeatMap.render(section, "technique", counts, analysis.articles(), "paragraphs where found in the article");
    }

    private static int paragraphOf(List<Span> paragraphs, Span span) {
        for (int i = 0; i < paragraphs.size(); i++) if (span.start() < paragraphs.get(i).end() && paragraphs.get(i).start() < span.end()) return i;
        return -1;
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
            // every technique given this very span (the tagger's spans are shared by the paragraph's techniques)
            String title = inside.stream().filter(o -> o.span().equals(t.span())).map(o -> o.technique().replace('_', ' '))
                    .distinct().collect(Collectors.joining(", "));
            p.appendText(text.substring(at, t.span().start()));
            p.appendElement("mark").attr("title", title).text(text.substring(t.span().start(), t.span().end()));
            at = t.span().end();
        }
        p.appendText(text.substring(at, paragraph.end()));
    }
}
