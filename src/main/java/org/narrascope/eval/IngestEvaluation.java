package org.narrascope.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.narrascope.ingest.Ingest;
import org.narrascope.ingest.IngestResult;
import org.narrascope.model.Article;

/**
 * Scores cleaning and metadata recovery on pasted pages annotated by hand ({@code eval/ingest}):
 * each metadata field (a prediction counts when it equals the gold value), and line removal
 * (a gold page-furniture line gone is a true positive; a gold body sentence gone is a false one).
 */
public final class IngestEvaluation {

    private static final Map<String, Function<Article, String>> FIELDS = new LinkedHashMap<>();

    static {
        FIELDS.put("title", Article::title);
        FIELDS.put("byline", Article::byline);
        FIELDS.put("translator", Article::translator);
        FIELDS.put("provenance", Article::provenance);
        FIELDS.put("published", a -> a.published() == null ? null : a.published().substring(0, Math.min(10, a.published().length())));
    }

    private IngestEvaluation() {
    }

    public static void run(Path gold, PrintWriter out) throws IOException {
        if (!Files.isRegularFile(gold)) throw new IOException("no gold file at " + gold.toAbsolutePath());
        JsonNode pages = new ObjectMapper().readTree(gold.toFile());
        Ingest ingest = new Ingest(Ingest.Options.defaults());
        Map<String, int[]> fields = new LinkedHashMap<>();
        FIELDS.keySet().forEach(f -> fields.put(f, new int[3]));
        int furnitureGone = 0, furniture = 0, bodyLost = 0, body = 0;
        List<String> mistakes = new ArrayList<>();
        for (JsonNode page : pages) {
            String file = page.get("file").asText();
            IngestResult result = ingest.read(List.of(gold.resolveSibling(file).toString()));
            if (result.articles().size() != 1) {
                mistakes.add(file + ": not read (" + result.skipped() + ")");
                continue;
            }
            Article a = result.articles().get(0);
            for (var field : FIELDS.entrySet()) {
                int[] c = fields.get(field.getKey());
                String predicted = field.getValue().apply(a);
                String expected = page.path(field.getKey()).isNull() ? null : page.path(field.getKey()).asText(null);
                if (predicted != null) c[1]++;
                if (expected != null) c[2]++;
                if (predicted != null && expected != null && same(predicted, expected)) c[0]++;
                else if (predicted != null || expected != null) {
                    mistakes.add(file + " " + field.getKey() + ": got " + quote(predicted) + ", expected " + quote(expected));
                }
            }
            String text = flat(a.text());
            List<String> paragraphs = java.util.Arrays.stream(a.text().split("\n\n")).map(IngestEvaluation::flat).toList();
            for (JsonNode line : page.path("removed")) {
                furniture++;
                if (!stillThere(flat(line.asText()), text, paragraphs)) furnitureGone++;
                else mistakes.add(file + " left in: " + quote(line.asText()));
            }
            for (JsonNode line : page.path("kept")) {
                body++;
                if (!text.contains(flat(line.asText()))) {
                    bodyLost++;
                    mistakes.add(file + " lost: " + quote(line.asText()));
                }
            }
        }
        out.printf("Pasted pages: %d, page-furniture lines: %d, body sentences checked: %d.%n%n", pages.size(), furniture, body);
        out.println(Score.header("metadata field"));
        fields.forEach((name, c) -> out.println(new Score(c[0], c[1], c[2]).row(name)));
        out.println();
        out.println(Score.header("cleaning"));
        out.println(new Score(furnitureGone, furnitureGone + bodyLost, furniture).row("page furniture removed (body lost = FP)"));
        if (!mistakes.isEmpty()) {
            out.println();
            out.println("mistakes:");
            mistakes.forEach(m -> out.println("  " + m));
        }
        out.flush();
    }

    /** A short line (a name) is left in only as a paragraph of its own; longer ones anywhere. */
    private static boolean stillThere(String line, String text, List<String> paragraphs) {
        return paragraphs.contains(line) || line.length() >= 25 && text.contains(line);
    }

    private static boolean same(String a, String b) {
        return flat(a).equalsIgnoreCase(flat(b));
    }

    private static String flat(String s) {
        return s.replaceAll("\\s+", " ").strip();
    }

    private static String quote(String s) {
        return s == null ? "null" : "\"" + (s.length() > 80 ? s.substring(0, 77) + "..." : s) + "\"";
    }

}
