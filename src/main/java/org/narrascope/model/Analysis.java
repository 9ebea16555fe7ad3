package org.narrascope.model;

import java.util.List;

/**
 * Everything one run found. {@code notRun} names the stages this run left out (those that need the
 * sentence-embedding model when it was turned off), so a reader can tell "found nothing" from "did not look".
 */
public record Analysis(List<Article> articles, List<ReuseLink> reuse, List<StoryFamily> families, List<Entity> entities,
        List<Claim> claims, List<Event> events, List<Question> questions, List<Role> roles, List<Narrative> narratives, List<Technique> techniques,
        List<String> notRun, List<Skipped> skipped) {

    public static final String SCHEMA = "narrascope/analysis@1";

    public Analysis {
        articles = List.copyOf(articles);
        reuse = List.copyOf(reuse);
        families = List.copyOf(families);
        entities = List.copyOf(entities);
        claims = List.copyOf(claims);
        events = List.copyOf(events);
        questions = List.copyOf(questions);
        roles = List.copyOf(roles);
        narratives = List.copyOf(narratives);
        techniques = List.copyOf(techniques);
        notRun = List.copyOf(notRun);
        skipped = List.copyOf(skipped);
    }

    /** Articles only, as the ingest stage alone produces them. */
    public static Analysis ofArticles(List<Article> articles, List<Skipped> skipped) {
        return new Analysis(articles, List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), List.of(),
                List.of(), skipped);
    }
}
