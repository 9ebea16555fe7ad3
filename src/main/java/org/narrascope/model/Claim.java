package org.narrascope.model;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/**
 * Who says what in an article. {@code speaker} is an entity id, or null for the article's own voice
 * (then {@code stance} is {@code asserts}, {@code denies} or {@code questions}); {@code speakerText}
 * is the words naming the speaker, kept also when no entity stands for them ("this story", "the data").
 */
@JsonPropertyOrder({"id", "article", "span", "text", "speaker", "speakerText", "stance", "type", "subject", "object", "question"})
public record Claim(String id, String article, Span span, String text, String speaker, String speakerText, String stance,
        String type, String subject, String object, String question) {

    public Claim withQuestion(String questionId) {
        return new Claim(id, article, span, text, speaker, speakerText, stance, type, subject, object, questionId);
    }
}
