package org.narrascope.model;

/** A stretch of article {@code a} and the stretch of article {@code b} that reuses it, with their similarity. */
public record AlignedPassage(Span a, Span b, double score) {
}
