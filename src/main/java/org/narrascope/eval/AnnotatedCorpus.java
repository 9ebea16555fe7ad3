package org.narrascope.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import java.util.stream.StreamSupport;
import org.narrascope.AnalysisPipeline;
import org.narrascope.claims.TypeAndStance;
import org.narrascope.ingest.Ingest;
import org.narrascope.model.Analysis;
import org.narrascope.model.Article;
import org.narrascope.model.Claim;
import org.narrascope.narratives.Taxonomy;

/**
 * The hand-annotated mini-corpus: gold annotations, the articles in {@code articles/} beside them,
 * and Narrascope's analysis of those articles (reuse without embeddings, which it does not score).
 *
 * @param articleOfFile article id by the file name the gold refers to
 */
record AnnotatedCorpus(JsonNode gold, List<Article> articles, Map<String, String> articleOfFile, Analysis analysis) {

    /** @param deep analyse with coreference, as {@code analyze --deep} does */
    static AnnotatedCorpus load(Path gold, boolean deep) throws IOException {
        return load(gold, deep, (root, articleOfFile) -> TypeAndStance.shipped());
    }

    /** @param claimTypes the claim typing to analyse with, given the gold annotations and the article id of each gold file name */
    static AnnotatedCorpus load(Path gold, boolean deep, BiFunction<JsonNode, Map<String, String>, UnaryOperator<List<Claim>>> claimTypes)
            throws IOException {
        if (!Files.isRegularFile(gold)) throw new IOException("no gold file at " + gold.toAbsolutePath());
        JsonNode root = new ObjectMapper().readTree(gold.toFile());
        var read = new Ingest(Ingest.Options.defaults()).read(List.of(gold.resolveSibling("articles").toString()));
        Map<String, String> articleOfFile = new HashMap<>();
        for (Article a : read.articles()) articleOfFile.put(Path.of(a.source()).getFileName().toString(), a.id());
        return new AnnotatedCorpus(root, read.articles(), articleOfFile, AnalysisPipeline.analyze(read, false, deep, Taxonomy.shipped(), note -> { },
                claimTypes.apply(root, articleOfFile)));
    }

    /** The figures of one part of the corpus, printable under the part's label. */
    interface PartResult {
        void print(String part, PrintWriter out);
    }

    /**
     * Scores and prints the tuning part ({@code gold}) and then each held-out part there is
     * ({@code held-out/gold.json}, {@code held-out-2/gold.json}, ... beside it: articles never used to
     * tune cues or rules); returns the tuning part's result, whose errors may be shown.
     */
    static <R extends PartResult> R scoreParts(Path gold, boolean deep, PrintWriter out, Function<AnnotatedCorpus, R> score) throws IOException {
        // the shipped claim types were learnt from the tuning part: it is typed by models that never saw its events
        R tuned = score.apply(load(gold, deep, TypeAndStanceTraining::outOfFold));
        tuned.print("tuning part (" + gold + "; claim types and stances learnt without each article's event)", out);
        for (Path heldOut : heldOutParts(gold)) {
            out.println();
            score.apply(load(heldOut, deep)).print("held-out part (" + heldOut + ")", out);
        }
        out.println();
        return tuned;
    }

    /** The {@code gold.json} of each {@code held-out*} folder beside {@code gold}, in name order. */
    private static List<Path> heldOutParts(Path gold) throws IOException {
        try (var children = Files.list(gold.toAbsolutePath().getParent())) {
            return children.map(p -> p.getFileName().toString()).filter(name -> name.startsWith("held-out")).sorted()
                    .map(name -> gold.resolveSibling(name).resolve("gold.json")).filter(Files::isRegularFile).toList();
        }
    }

    /** The gold file name of an article, for error listings. */
    String file(String articleId) {
        return articleOfFile.entrySet().stream().filter(e -> e.getValue().equals(articleId)).map(Map.Entry::getKey).findFirst().orElse(articleId);
    }

    /** The name forms the gold gives for the entity with this canonical name. */
    List<String> formsOf(String name) {
        for (JsonNode e : gold.path("entities")) {
            if (e.path("name").asText().equals(name)) return StreamSupport.stream(e.path("forms").spliterator(), false).map(JsonNode::asText).toList();
        }
        return List.of();
    }

    /** The article a gold {@code file} field names, or null. */
    String article(String file) {
        return articleOf(articleOfFile, file);
    }

    /** The article a gold {@code file} field names in {@code articleOfFile}, or null. */
    static String articleOf(Map<String, String> articleOfFile, String file) {
        return articleOfFile.get(Path.of(file).getFileName().toString());
    }
}
