package org.narrascope.ingest;

import java.util.List;
import org.narrascope.model.Article;
import org.narrascope.model.Skipped;

/** The articles read, in input order with exact duplicates merged, and every input that was not. */
public record IngestResult(List<Article> articles, List<Skipped> skipped) {

    public IngestResult {
        articles = List.copyOf(articles);
        skipped = List.copyOf(skipped);
    }
}
