package org.narrascope.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.narrascope.AnalysisPipeline;
import org.narrascope.ingest.Ingest;
import org.narrascope.model.Analysis;
import org.narrascope.model.Article;

/**
 * The hand-annotated mini-corpus: gold annotations, the articles in {@code articles/} beside them,
 * and Narrascope's analysis of those articles (reuse without embeddings, which it does not score).
 *
 * @param articleOfFile article id by the file name the gold refers to
 */
record AnnotatedCorpus(JsonNode gold, List<Article> articles, Map<String, String> articleOfFile, Analysis analysis) {

    static AnnotatedCorpus load(Path gold) throws IOException {
        if (!Files.isRegularFile(gold)) throw new IOException("no gold file at " + gold.toAbsolutePath());
        JsonNode root = new ObjectMapper().readTree(gold.toFile());
        var read = new Ingest(Ingest.Options.defaults()).read(List.of(gold.resolveSibling("articles").toString()));
        Map<String, String> articleOfFile = new HashMap<>();
        for (Article a : read.articles()) articleOfFile.put(Path.of(a.source()).getFileName().toString(), a.id());
        return new AnnotatedCorpus(root, read.articles(), articleOfFile, AnalysisPipeline.analyze(read, false));
    }

    /** The article a gold {@code file} field names, or null. */
    String article(String file) {
        return articleOfFile.get(Path.of(file).getFileName().toString());
    }
}
