package org.narrascope.model;

/** A persuasion technique used in an article: {@code span} is the cue phrase when one was found, else the paragraph. */
public record Technique(String article, String technique, Span span, double score) {
}
