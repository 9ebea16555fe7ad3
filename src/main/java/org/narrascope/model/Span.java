package org.narrascope.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/** {@code [start, end)} in Java {@code String} chars of an article's text; written as a two-number array. */
public record Span(int start, int end) {

    public Span {
        if (start < 0 || end < start) throw new IllegalArgumentException("bad span [" + start + ", " + end + ")");
    }

    @JsonCreator
    public static Span of(int[] pair) {
        return new Span(pair[0], pair[1]);
    }

    @JsonValue
    public int[] asArray() {
        return new int[] {start, end};
    }

    public int length() {
        return end - start;
    }
}
