package org.narrascope.ingest.format;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.narrascope.ingest.InputBytes;

/** The input formats Narrascope reads, recognised by file name, announced media type, or content. */
public enum Format {
    TEXT, MARKDOWN, HTML, JSON, JSON_LINES, FEED, WARC;

    /**
     * Picks the format. The file name wins when it is conclusive; otherwise the media type; otherwise
     * the first bytes (for standard input, URLs and files without a telling extension).
     */
    public static Format detect(String fileName, String contentType, byte[] head) {
        Format byName = byName(fileName == null ? "" : fileName.toLowerCase(Locale.ROOT));
        if (byName != null) return byName;
        Format byType = byContentType(contentType);
        if (byType != null) return byType;
        return byContent(head);
    }

    private static Format byName(String name) {
        if (name.endsWith(".warc") || name.endsWith(".warc.gz")) return WARC;
        if (name.endsWith(".jsonl") || name.endsWith(".ndjson") || name.endsWith(".jsonl.txt")) return JSON_LINES;
        if (name.endsWith(".json")) return JSON;
        if (name.endsWith(".html") || name.endsWith(".htm") || name.endsWith(".xhtml")) return HTML;
        if (name.endsWith(".rss") || name.endsWith(".atom")) return FEED;
        if (name.endsWith(".md") || name.endsWith(".markdown")) return MARKDOWN;
        if (name.endsWith(".txt") || name.endsWith(".text")) return TEXT;
        return null; // .xml and unknown endings: look inside
    }

    private static Format byContentType(String contentType) {
        if (contentType == null) return null;
        String type = contentType.toLowerCase(Locale.ROOT);
        if (type.contains("warc")) return WARC;
        if (type.contains("rss") || type.contains("atom")) return FEED;
        if (type.contains("html")) return HTML;
        if (type.contains("ndjson") || type.contains("jsonl") || type.contains("json-seq")) return JSON_LINES;
        if (type.contains("json")) return JSON;
        if (type.contains("markdown")) return MARKDOWN;
        return null;
    }

    static Format byContent(byte[] head) {
        if (InputBytes.isGzip(head)) return WARC;
        String start = new String(head, 0, Math.min(head.length, 2048), StandardCharsets.UTF_8)
                .replace("\uFEFF", "").stripLeading();
        String lower = start.toLowerCase(Locale.ROOT);
        if (start.startsWith("WARC/")) return WARC;
        if (start.startsWith("{")) {
            // Several objects on separate lines is JSON Lines; one object (possibly pretty-printed) is JSON.
            String[] lines = start.split("\n", 3);
            return lines.length > 1 && lines[0].strip().endsWith("}") ? JSON_LINES : JSON;
        }
        if (start.startsWith("[")) return JSON;
        if (lower.startsWith("<!doctype html") || lower.startsWith("<html")) return HTML;
        if (lower.startsWith("<?xml") || lower.startsWith("<rss") || lower.startsWith("<feed")
                || lower.startsWith("<rdf")) {
            return lower.contains("<html") ? HTML : FEED;
        }
        return TEXT;
    }
}
