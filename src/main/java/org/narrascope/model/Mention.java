package org.narrascope.model;

/** Where an entity is named: an article and a span of its text. */
public record Mention(String article, Span span) {
}
