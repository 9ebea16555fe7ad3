package org.narrascope.claims;

import java.util.List;
import org.narrascope.entities.Entities;
import org.narrascope.model.Article;
import org.narrascope.model.Claim;
import org.narrascope.model.Entity;
import org.narrascope.nlp.Annotations;

/** Invented articles run through the entity and claim stages, as a test writes them in a few sentences: one, or a small corpus. */
record InventedArticle(List<Entity> entities, List<Claim> claims) {

    static InventedArticle of(String id, String text) {
        return of(id, null, null, text);
    }

    /** @param byline and {@code outlet} as the ingest reads them off a credit line ("By Anna Berg, The Weekly Review | 3 May"), or null */
    static InventedArticle of(String id, String byline, String outlet, String text) {
        return together(new Article(id, List.of(id), null, byline, null, outlet, null, null, null, "en", text.split(" ").length, text));
    }

    /** An article whose first line the ingest has read as its title, as it reads a headline. */
    static InventedArticle titled(String id, String title, String body) {
        String text = title + "\n\n" + body;
        return together(new Article(id, List.of(id), title, null, null, null, null, null, null, "en", text.split(" ").length, text));
    }

    /** Several invented articles read as one corpus: the entities and claims of all of them. */
    static InventedArticle together(Article... articles) {
        List<Article> corpus = List.of(articles);
        Annotations annotations = Annotations.of(corpus);
        List<Entity> found = Entities.find(corpus, annotations);
        return new InventedArticle(found, Claims.find(corpus, annotations, found));
    }

    /**
     * "type stance speaker" of each claim on the sentences holding these words, sentence by sentence, "-" for the
     * article's own voice, "(none)" for a sentence without a claim.
     */
    List<String> said(String... words) {
        List<String> out = new java.util.ArrayList<>();
        for (String w : words) {
            List<String> on = claims.stream().filter(c -> c.text().contains(w))
                    .map(c -> c.type() + " " + c.stance() + " " + (c.speaker() == null ? "-" : name(c.speaker()))).toList();
            out.addAll(on.isEmpty() ? List.of("(none)") : on);
        }
        return out;
    }

    /** The name of the entity with this id, or null. */
    String name(String entityId) {
        return entities.stream().filter(e -> e.id().equals(entityId)).map(Entity::name).findFirst().orElse(null);
    }
}
