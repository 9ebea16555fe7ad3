package org.narrascope.model;

import java.util.List;

/**
 * Something that happened which a group of articles is about ("the Port Arden depot fire"): the
 * versions of the event are asked and answered per event, so a corpus mixing several stories does
 * not mix their culprits and counts.
 */
public record Event(String id, String name, List<String> articles) {

    public Event {
        articles = List.copyOf(articles);
    }
}
