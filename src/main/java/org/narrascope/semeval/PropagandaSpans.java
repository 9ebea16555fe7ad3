package org.narrascope.semeval;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.narrascope.model.Span;

/**
 * SemEval-2020 Task 11: articles ({@code article<ID>.txt}), propaganda spans
 * ({@code article_id<TAB>start<TAB>end}, end exclusive) and the techniques of spans.
 */
public final class PropagandaSpans {

    /** An article with its gold spans. */
    public record Article(String id, String text, List<Span> spans) {
    }

    private PropagandaSpans() {
    }

    /** The articles of {@code dir}/train-articles with the spans of {@code dir}/train-task-si.labels. */
    public static List<Article> labelled(Path dir) throws IOException {
        Map<String, List<Span>> spans = new TreeMap<>();
        for (String[] row : SemEvalFiles.rows(dir.resolve("train-task-si.labels"))) {
            if (row.length < 3) continue;
            spans.computeIfAbsent(row[0], k -> new ArrayList<>()).add(new Span(Integer.parseInt(row[1].strip()), Integer.parseInt(row[2].strip())));
        }
        List<Article> out = new ArrayList<>();
        for (var doc : SemEvalFiles.documents(dir.resolve("train-articles")).entrySet()) {
            String id = TechniqueData.articleId(doc.getKey());
            out.add(new Article(id, doc.getValue(), spans.getOrDefault(id, List.of())));
        }
        return out;
    }

    /**
     * The technique-labelled spans of {@code dir}/train-task-flc-tc.labels
     * ({@code article_id<TAB>technique<TAB>start<TAB>end}), by article and span; a span may carry several.
     */
    public static Map<String, Map<Span, Set<String>>> techniques(Path dir) throws IOException {
        Map<String, Map<Span, Set<String>>> out = new TreeMap<>();
        for (String[] row : SemEvalFiles.rows(dir.resolve("train-task-flc-tc.labels"))) {
            if (row.length < 4) continue;
            Span span = new Span(Integer.parseInt(row[2].strip()), Integer.parseInt(row[3].strip()));
            out.computeIfAbsent(row[0].strip(), k -> new LinkedHashMap<>()).computeIfAbsent(span, k -> new TreeSet<>()).add(row[1].strip());
        }
        return out;
    }
}
