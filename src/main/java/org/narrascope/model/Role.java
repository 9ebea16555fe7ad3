package org.narrascope.model;

import java.util.List;

/** How one article casts one entity: {@code role} is protagonist, antagonist or innocent; {@code fine} the fine roles. */
public record Role(String article, String entity, String role, List<String> fine, double score, List<Span> evidence) {

    public Role {
        fine = List.copyOf(fine);
        evidence = List.copyOf(evidence);
    }
}
