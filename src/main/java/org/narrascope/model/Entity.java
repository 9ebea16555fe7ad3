package org.narrascope.model;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;

/**
 * One real-world actor or place across all articles: its canonical name, type ({@code person},
 * {@code organization}, {@code place}, or {@code unnamed} for a source one article quotes without naming), the other
 * forms it is named by, every mention, and its salience (share of all entity mentions in the corpus).
 */
@JsonPropertyOrder({"id", "name", "type", "aliases", "mentions", "salience"})
public record Entity(String id, String name, String type, List<String> aliases, List<Mention> mentions, double salience) {

    public Entity {
        aliases = List.copyOf(aliases);
        mentions = List.copyOf(mentions);
    }
}
