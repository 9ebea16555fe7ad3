package org.narrascope.ingest;

/**
 * What a format reader found in one file or record, before cleaning: the body text with paragraphs
 * separated by blank lines, and whatever metadata the format itself carries (null when absent).
 */
public record SourceDocument(
        String source,
        String text,
        String title,
        String byline,
        String outlet,
        String published,
        String url) {

    public static SourceDocument ofText(String source, String text) {
        return new SourceDocument(source, text, null, null, null, null, null);
    }
}
