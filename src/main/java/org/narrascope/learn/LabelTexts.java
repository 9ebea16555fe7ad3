package org.narrascope.learn;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.narrascope.DataFile;

/**
 * Labels with the texts that describe them ({@code label<TAB>text} lines, the first text of a
 * label its description, the rest examples) or with their cue phrases. These files are the whole
 * zero-shot model, and users edit or add them.
 */
public record LabelTexts(Map<String, List<String>> texts) {

    private static final long MAX_FILE = 10L * 1024 * 1024;

    public static LabelTexts resource(Class<?> owner, String name) {
        return parse(DataFile.lines(owner, name), name);
    }

    public static LabelTexts file(Path file) throws IOException {
        if (Files.size(file) > MAX_FILE) throw new IOException(file + ": larger than " + MAX_FILE / 1024 / 1024 + " MB, not a label file");
        List<String> lines = new ArrayList<>();
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            String entry = line.strip();
            if (!entry.isEmpty() && !entry.startsWith("#")) lines.add(entry);
        }
        return parse(lines, file.toString());
    }

    private static LabelTexts parse(List<String> lines, String source) {
        Map<String, List<String>> texts = new LinkedHashMap<>();
        for (String line : lines) {
            int tab = line.indexOf('\t');
            if (tab <= 0 || tab == line.length() - 1) {
                throw new IllegalArgumentException(source + ": expected 'label<TAB>text', got: " + abbreviate(line));
            }
            texts.computeIfAbsent(line.substring(0, tab).strip(), k -> new ArrayList<>()).add(line.substring(tab + 1).strip());
        }
        return new LabelTexts(texts);
    }

    private static String abbreviate(String line) {
        return line.length() > 80 ? line.substring(0, 80) + "…" : line;
    }

    public List<String> labels() {
        return List.copyOf(texts.keySet());
    }

    public List<String> of(String label) {
        return texts.getOrDefault(label, List.of());
    }
}
