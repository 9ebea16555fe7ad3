package org.narrascope.model;

import java.util.List;

/** Everything one run found. Stages not built yet contribute nothing and are listed as pending in the output. */
public record Analysis(List<Article> articles, List<ReuseLink> reuse, List<StoryFamily> families, List<Entity> entities,
        List<Claim> claims, List<Question> questions, List<Skipped> skipped) {

    public static final String SCHEMA = "narrascope/analysis@1";

    public Analysis {
        articles = List.copyOf(articles);
        reuse = List.copyOf(reuse);
        families = List.copyOf(families);
        entities = List.copyOf(entities);
        claims = List.copyOf(claims);
        questions = List.copyOf(questions);
        skipped = List.copyOf(skipped);
    }

    /** Articles only, as the ingest stage alone produces them. */
    public static Analysis ofArticles(List<Article> articles, List<Skipped> skipped) {
        return new Analysis(articles, List.of(), List.of(), List.of(), List.of(), List.of(), skipped);
    }
}
