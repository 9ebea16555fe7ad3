package org.narrascope.model;

import java.util.List;

/** Articles connected by reuse, and the one they most likely all come from (null when undecidable). */
public record StoryFamily(String id, List<String> articles, String origin) {

    public StoryFamily {
        articles = List.copyOf(articles);
    }
}
