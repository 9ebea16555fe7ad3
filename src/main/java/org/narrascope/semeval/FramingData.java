package org.narrascope.semeval;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.narrascope.model.Span;

/**
 * SemEval-2025 Task 10 subtask 1: entity mentions ({@code article_id<TAB>entity<TAB>start<TAB>end},
 * character offsets into the raw document, end inclusive) and, in annotations, their main role
 * and fine roles.
 */
public final class FramingData {

    /** A mention with its article's text; {@code span} is end-exclusive. Roles are empty when unknown. */
    public record Mention(String article, String entity, Span span, String text, String mainRole, List<String> fineRoles) {
    }

    private FramingData() {
    }

    /** Mentions of a file against the documents of a folder; rows whose span is not in its document are counted in {@code rejected}. */
    public static List<Mention> read(Path mentions, Map<String, String> documents, List<String> rejected) throws IOException {
        List<Mention> out = new ArrayList<>();
        int line = 0;
        for (String[] row : SemEvalFiles.rows(mentions)) {
            line++;
            if (row.length < 4) {
                rejected.add(mentions.getFileName() + " row " + line + ": fewer than 4 fields");
                continue;
            }
            String text = documents.get(row[0]);
            int start;
            int end;
            try {
                start = Integer.parseInt(row[2].strip());
                end = Integer.parseInt(row[3].strip()) + 1;
            } catch (NumberFormatException e) {
                rejected.add(mentions.getFileName() + " row " + line + ": offsets are not numbers");
                continue;
            }
            if (text == null || start < 0 || end <= start || end > text.length()) {
                rejected.add(mentions.getFileName() + " row " + line + ": " + (text == null ? "no document " + row[0] : "span outside the document"));
                continue;
            }
            String main = row.length > 4 ? row[4].strip() : "";
            List<String> fine = new ArrayList<>();
            for (int i = 5; i < row.length; i++) if (!row[i].isBlank()) fine.add(row[i].strip());
            out.add(new Mention(row[0], row[1], new Span(start, end), text, main, fine));
        }
        return out;
    }

    /** The annotated mentions of a language folder ({@code raw-documents/}, {@code subtask-1-annotations.txt}). */
    public static List<Mention> labelled(Path dir, List<String> rejected) throws IOException {
        return read(dir.resolve("subtask-1-annotations.txt"), SemEvalFiles.documents(dir.resolve("raw-documents")), rejected);
    }

    /** One output line in the annotation format. */
    public static String format(Mention m, String mainRole, List<String> fineRoles) {
        return m.article() + "\t" + m.entity() + "\t" + m.span().start() + "\t" + (m.span().end() - 1) + "\t" + mainRole
                + (fineRoles.isEmpty() ? "" : "\t" + String.join("\t", fineRoles));
    }
}
