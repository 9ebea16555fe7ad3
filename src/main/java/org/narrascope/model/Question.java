package org.narrascope.model;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;

/** A question the articles answer differently ("who is responsible?", "how many were killed?") about one event, and its answers. */
@JsonPropertyOrder({"id", "text", "event", "contested", "answers"})
public record Question(String id, String text, String event, boolean contested, List<Answer> answers) {

    public Question {
        answers = List.copyOf(answers);
    }

    /**
     * One answer and where it stands: articles that state it in their own voice, that attribute it
     * to someone, that deny or question it; {@code claims} behind it, and {@code sentences} that are no
     * claim but set the event in a place or on a date in the article's own voice (a headline, a
     * scene-setting line); {@code singleSource} when one article carries it alone.
     */
    @JsonPropertyOrder({"answer", "entity", "claims", "sentences", "assertedBy", "reportedBy", "disputedBy", "singleSource"})
    public record Answer(String answer, String entity, List<String> claims, List<Mention> sentences, List<String> assertedBy, List<String> reportedBy,
            List<String> disputedBy, boolean singleSource) {

        public Answer {
            claims = List.copyOf(claims);
            sentences = List.copyOf(sentences);
            assertedBy = List.copyOf(assertedBy);
            reportedBy = List.copyOf(reportedBy);
            disputedBy = List.copyOf(disputedBy);
        }
    }
}
