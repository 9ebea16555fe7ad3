package org.narrascope.entities;

import java.util.List;
import org.narrascope.model.Article;
import org.narrascope.model.Entity;

/** The entities stage: mentions found per article (in parallel), then resolved across the corpus. */
public final class Entities {

    private Entities() {
    }

    public static List<Entity> find(List<Article> articles) {
        EntityRecognizer recognizer = new EntityRecognizer(new Countries());
        List<RawMention> mentions = articles.parallelStream().flatMap(a -> recognizer.mentions(a).stream()).toList();
        return EntityResolver.resolve(mentions);
    }
}
