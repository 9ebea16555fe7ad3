package org.narrascope.model;

import java.util.List;

/** A narrative (or subnarrative, with its {@code parent}) an article pushes, with the passages that show it. */
public record Narrative(String article, String label, String parent, double score, List<Span> evidence) {

    public Narrative {
        evidence = List.copyOf(evidence);
    }
}
