package org.narrascope.semeval;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * SemEval-2025 Task 10 documents ({@code raw-documents/<id>.txt}, first line the title) and
 * subtask-2 narrative annotations ({@code id<TAB>narratives<TAB>subnarratives}, {@code ;}-separated,
 * {@code Other} when none).
 */
public final class NarrativeData {

    /** A document with its title, its paragraphs and (when known) its gold labels. */
    public record Document(String id, String title, List<String> paragraphs, Set<String> narratives, Set<String> subnarratives) {
    }

    private NarrativeData() {
    }

    /** Every document of a folder, unlabelled. */
    public static List<Document> documents(Path dir) throws IOException {
        List<Document> out = new ArrayList<>();
        for (var doc : SemEvalFiles.documents(dir).entrySet()) out.add(parse(doc.getKey(), doc.getValue(), Set.of(), Set.of()));
        return out;
    }

    /** The annotated documents of a language folder ({@code raw-documents/}, {@code subtask-2-annotations.txt}). */
    public static List<Document> labelled(Path dir) throws IOException {
        Map<String, String> texts = SemEvalFiles.documents(dir.resolve("raw-documents"));
        List<Document> out = new ArrayList<>();
        for (String[] row : SemEvalFiles.rows(dir.resolve("subtask-2-annotations.txt"))) {
            String text = texts.get(row[0]);
            if (text == null || row.length < 3) continue;
            out.add(parse(row[0], text, split(row[1]), split(row[2])));
        }
        return out;
    }

    private static Document parse(String id, String text, Set<String> narratives, Set<String> subnarratives) {
        String[] lines = text.split("\r?\n");
        String title = lines.length == 0 ? "" : lines[0].strip();
        List<String> paragraphs = new ArrayList<>();
        for (int i = 1; i < lines.length; i++) if (!lines[i].isBlank()) paragraphs.add(lines[i].strip());
        return new Document(id, title, paragraphs, narratives, subnarratives);
    }

    private static Set<String> split(String field) {
        Set<String> out = new LinkedHashSet<>();
        for (String s : field.split(";")) if (!s.isBlank()) out.add(s.strip());
        return out;
    }

    /** One output line in the task's format. */
    public static String format(String id, Set<String> narratives, Set<String> subnarratives) {
        return id + "\t" + String.join(";", narratives) + "\t" + String.join(";", subnarratives);
    }
}
