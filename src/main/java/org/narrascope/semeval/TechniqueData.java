package org.narrascope.semeval;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * SemEval-2023 Task 3 subtask 3: articles with one paragraph per line ({@code article<ID>.txt}) and
 * {@code article_id<TAB>line<TAB>technique,technique} labels, lines numbered from 1.
 */
public final class TechniqueData {

    /** One paragraph line of an article and its techniques (empty when unlabelled or none). */
    public record Paragraph(String article, int line, String text, Set<String> techniques) {
    }

    private TechniqueData() {
    }

    /** Every non-blank line of every article in {@code dir}, with no labels. */
    public static List<Paragraph> documents(Path dir) throws IOException {
        List<Paragraph> out = new ArrayList<>();
        for (var doc : SemEvalFiles.documents(dir).entrySet()) {
            String id = articleId(doc.getKey());
            String[] lines = doc.getValue().split("\n", -1);
            for (int i = 0; i < lines.length; i++) {
                if (!lines[i].isBlank()) out.add(new Paragraph(id, i + 1, lines[i].strip(), Set.of()));
            }
        }
        return out;
    }

    /**
     * The labelled paragraphs of a training folder ({@code train-articles-subtask-3/} and
     * {@code train-labels-subtask-3.txt}): exactly the lines the label file lists.
     */
    public static List<Paragraph> labelled(Path dir) throws IOException {
        Map<String, String[]> lines = new HashMap<>();
        for (var doc : SemEvalFiles.documents(dir.resolve("train-articles-subtask-3")).entrySet()) {
            lines.put(articleId(doc.getKey()), doc.getValue().split("\n", -1));
        }
        List<Paragraph> out = new ArrayList<>();
        for (String[] row : SemEvalFiles.rows(dir.resolve("train-labels-subtask-3.txt"))) {
            String[] text = lines.get(row[0]);
            int line = Integer.parseInt(row[1].strip());
            if (text == null || line < 1 || line > text.length) continue;
            Set<String> techniques = new LinkedHashSet<>();
            if (row.length > 2) for (String t : row[2].split(",")) if (!t.isBlank()) techniques.add(t.strip());
            out.add(new Paragraph(row[0], line, text[line - 1].strip(), techniques));
        }
        return out;
    }

    /** Output lines in the task's format. */
    public static List<String> format(List<Paragraph> paragraphs) {
        List<String> out = new ArrayList<>();
        for (Paragraph p : paragraphs) out.add(p.article() + "\t" + p.line() + "\t" + String.join(",", p.techniques()));
        return out;
    }

    public static String articleId(String fileName) {
        String base = fileName.endsWith(".txt") ? fileName.substring(0, fileName.length() - 4) : fileName;
        return base.startsWith("article") ? base.substring("article".length()) : base;
    }
}
