package org.narrascope.report;

import java.util.Map;
import java.util.TreeMap;
import org.jsoup.nodes.Element;
import org.narrascope.model.Analysis;
import org.narrascope.model.Narrative;

/** A narrative × article heat map: each cell the classifier's score for that article. */
final class NarrativesSection {

    private NarrativesSection() {
    }

    static void render(Element section, Analysis analysis) {
        if (!HtmlReport.heading(section, "Narratives", analysis, "narratives", analysis.narratives().isEmpty(),
                "No article pushes a narrative of the taxonomies (articles in English, Portuguese, Bulgarian, Hindi and Russian are read).")) return;
        Map<String, Map<String, Double>> scores = new TreeMap<>();
        for (Narrative n : analysis.narratives()) scores.computeIfAbsent(n.label(), k -> new TreeMap<>()).merge(n.article(), n.score(), Math::max);
        HeatMap.render(section, "narrative", scores, analysis.articles(), "score");
    }
}
