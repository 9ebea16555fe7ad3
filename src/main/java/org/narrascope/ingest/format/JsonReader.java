package org.narrascope.ingest.format;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.function.Consumer;
import org.narrascope.ingest.IngestException;
import org.narrascope.ingest.Input;
import org.narrascope.ingest.InputBytes;
import org.narrascope.ingest.Limits;
import org.narrascope.ingest.PublicationDate;
import org.narrascope.ingest.SourceDocument;
import org.narrascope.model.Skipped;

/**
 * JSON (one article, an array of them, or an object holding an array) and JSON Lines (one article
 * per line). Field names vary between scrapers and APIs; the names tried are in
 * {@code json-fields.properties}. In JSON Lines a broken line is reported and the others are read.
 */
final class JsonReader implements FormatReader {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Map<String, List<String>> FIELDS = loadFields();

    private final boolean lines;

    JsonReader(boolean lines) {
        this.lines = lines;
    }

    @Override
    public void read(Input input, Limits limits, Consumer<SourceDocument> documents, Consumer<Skipped> problems)
            throws IngestException {
        String json = InputBytes.decodeUtf8(InputBytes.read(input, limits));
        int found = lines ? readLines(input.source(), json, documents, problems)
                : readDocument(input.source(), json, documents, problems);
        if (found == 0) {
            throw new IngestException("no articles: no record has a text field (" + String.join(", ", FIELDS.get("text")) + ")");
        }
    }

    private int readDocument(String source, String json, Consumer<SourceDocument> documents, Consumer<Skipped> problems)
            throws IngestException {
        JsonNode root;
        try {
            root = JSON.readTree(json);
        } catch (JsonProcessingException e) {
            throw new IngestException("malformed JSON" + where(e) + ": " + e.getOriginalMessage());
        }
        List<JsonNode> records = records(root);
        int found = 0;
        for (int i = 0; i < records.size(); i++) {
            String label = records.size() == 1 ? source : source + "#" + (i + 1);
            found += accept(label, records.get(i), documents, problems);
        }
        return found;
    }

    private int readLines(String source, String json, Consumer<SourceDocument> documents, Consumer<Skipped> problems) {
        int found = 0;
        int lineNumber = 0;
        try (BufferedReader reader = new BufferedReader(new StringReader(json))) {
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                lineNumber++;
                if (line.isBlank()) continue;
                String label = source + ":" + lineNumber;
                try {
                    found += accept(label, JSON.readTree(line), documents, problems);
                } catch (JsonProcessingException e) {
                    problems.accept(new Skipped(label, "malformed JSON" + where(e) + ": " + e.getOriginalMessage()));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e); // reading a String cannot fail
        }
        return found;
    }

    private static int accept(String label, JsonNode record, Consumer<SourceDocument> documents,
            Consumer<Skipped> problems) {
        if (!record.isObject()) {
            problems.accept(new Skipped(label, "not an article: expected a JSON object, found " + kind(record)));
            return 0;
        }
        String text = HtmlText.fromMarkup(field(record, "text"));
        if (text == null || text.isBlank()) {
            problems.accept(new Skipped(label, "no text: none of the fields " + String.join(", ", FIELDS.get("text"))
                    + " holds any"));
            return 0;
        }
        documents.accept(new SourceDocument(label, text, field(record, "title"), field(record, "byline"),
                field(record, "outlet"), PublicationDate.normalize(field(record, "published")), field(record, "url")));
        return 1;
    }

    private static List<JsonNode> records(JsonNode root) {
        if (root.isArray()) return toList(root);
        if (root.isObject()) {
            for (String container : FIELDS.get("containers")) {
                JsonNode inner = get(root, container);
                if (inner != null && inner.isArray()) return toList(inner);
            }
        }
        return List.of(root);
    }

    private static List<JsonNode> toList(JsonNode array) {
        List<JsonNode> out = new ArrayList<>();
        array.forEach(out::add);
        return out;
    }

    /** First non-empty value among the field's aliases; objects give their name, arrays their joined names. */
    private static String field(JsonNode record, String key) {
        for (String name : FIELDS.get(key)) {
            String value = asText(get(record, name));
            if (value != null && !value.isBlank()) return value.strip();
        }
        return null;
    }

    private static String asText(JsonNode node) {
        if (node == null || node.isNull()) return null;
        if (node.isValueNode()) return node.asText();
        if (node.isObject()) {
            return asText(node.has("name") ? node.get("name") : node.get("title"));
        }
        List<String> parts = new ArrayList<>();
        for (JsonNode item : node) {
            String part = asText(item);
            if (part != null && !part.isBlank()) parts.add(part);
        }
        return parts.isEmpty() ? null : String.join(", ", parts);
    }

    private static JsonNode get(JsonNode object, String name) {
        JsonNode exact = object.get(name);
        if (exact != null) return exact;
        for (Iterator<String> it = object.fieldNames(); it.hasNext(); ) {
            String candidate = it.next();
            if (candidate.equalsIgnoreCase(name)) return object.get(candidate);
        }
        return null;
    }

    private static String kind(JsonNode node) {
        return node.isArray() ? "an array" : node.isTextual() ? "a string" : node.isNumber() ? "a number" : "a " + node.getNodeType().name().toLowerCase(Locale.ROOT);
    }

    private static String where(JsonProcessingException e) {
        JsonLocation at = e.getLocation();
        return at == null ? "" : " at line " + at.getLineNr() + ", column " + at.getColumnNr();
    }

    private static Map<String, List<String>> loadFields() {
        Properties p = new Properties();
        try (InputStream in = JsonReader.class.getResourceAsStream("json-fields.properties")) {
            p.load(in);
        } catch (IOException | NullPointerException e) {
            throw new IllegalStateException("json-fields.properties is missing from the build", e);
        }
        return p.stringPropertyNames().stream().collect(java.util.stream.Collectors.toUnmodifiableMap(
                k -> k, k -> Arrays.stream(p.getProperty(k).split(",")).map(String::strip).toList()));
    }
}
