package org.narrascope.model;

/** An input that could not be analysed, and why, in words a user can act on. */
public record Skipped(String source, String reason) {
}
