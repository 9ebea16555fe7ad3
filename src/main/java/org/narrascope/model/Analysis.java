package org.narrascope.model;

import java.util.List;

/** Everything one run found. Stages not built yet contribute nothing and are listed as pending in the output. */
public record Analysis(List<Article> articles, List<Skipped> skipped) {

    public static final String SCHEMA = "narrascope/analysis@1";

    public Analysis {
        articles = List.copyOf(articles);
        skipped = List.copyOf(skipped);
    }
}
