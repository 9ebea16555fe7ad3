package org.narrascope.model;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;

/**
 * Two articles that share text, and how: the kind of reuse, a confidence score, the share of each
 * article's text inside aligned passages, and the passages themselves. What each side adds or drops
 * is everything outside its passages.
 */
@JsonPropertyOrder({"a", "b", "kind", "score", "coverageA", "coverageB", "passages"})
public record ReuseLink(String a, String b, ReuseKind kind, double score, double coverageA, double coverageB,
        List<AlignedPassage> passages) {

    public ReuseLink {
        passages = List.copyOf(passages);
    }
}
