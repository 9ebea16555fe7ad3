package org.narrascope.model;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;
import java.util.Objects;

/**
 * One article as analysed: cleaned text plus the metadata recovered from it.
 *
 * <p>{@code text} is the reference for every span in the analysis: offsets are Java {@code String}
 * chars into it. When the article has a title, {@code text} starts with the title as its first
 * paragraph, as in the SemEval corpora, so claims made in a headline are analysed too.
 *
 * @param id          stable id derived from the text, so the same article gets the same id in every run
 * @param sources     every file, archive record or URL the same text was read from, first one first
 * @param provenance  "originally published on …" statement, as written, or null
 */
@JsonPropertyOrder({"id", "source", "sources", "title", "byline", "translator", "outlet", "published", "url",
        "provenance", "language", "words", "text"})
public record Article(
        String id,
        List<String> sources,
        String title,
        String byline,
        String translator,
        String outlet,
        String published,
        String url,
        String provenance,
        String language,
        int words,
        String text) {

    public Article {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(text, "text");
        sources = List.copyOf(sources);
    }

    /** The authors a byline names ("Anna Berg and Ivo Kern"). */
    @JsonIgnore
    public List<String> bylineAuthors() {
        return byline == null ? List.of() : List.of(byline.replaceFirst("(?i)^by\\s+", "").replaceFirst("\\s*\\|.*", "").split("\\s*,\\s*|\\s+and\\s+"));
    }

    /** The first place this article was read from; the contract's single {@code source}. */
    @JsonProperty("source")
    public String source() {
        return sources.get(0);
    }
}
