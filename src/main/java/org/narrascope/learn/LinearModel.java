package org.narrascope.learn;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import smile.util.SparseArray;

/**
 * A trained multi-label model as written by {@code narrascope train} and read by {@code analyze}:
 * one {@link LabelWeights} per label over one {@link FeatureSpace}. {@code about} says what it was
 * trained on and how, for the person who finds the file.
 */
public record LinearModel(String task, String language, FeatureSpace space, Map<String, String> about, List<LabelWeights> labels) {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** Probability of each label, in model order. */
    public Map<String, Double> probabilities(SparseArray x) {
        Map<String, Double> out = new LinkedHashMap<>();
        for (LabelWeights l : labels) out.put(l.label(), l.probability(x));
        return out;
    }

    /** Labels whose probability reaches their threshold. */
    public List<String> predict(SparseArray x) {
        List<String> out = new ArrayList<>();
        for (LabelWeights l : labels) if (l.probability(x) >= l.threshold()) out.add(l.label());
        return out;
    }

    /**
     * This model, refused when it was trained on another feature layout than {@code expected}: it would read every
     * hashed word at the wrong place. The message names the command that rebuilds it.
     */
    public LinearModel requireLayout(FeatureSpace expected) {
        if (space.equals(expected)) return this;
        throw new IllegalArgumentException(task + " model of another version (" + space.dense() + " dense features and 2^" + space.hashBits()
                + " hashed, not " + expected.dense() + " and 2^" + expected.hashBits() + "): rebuild it with narrascope train " + task
                + " (with --language for a model of another language)");
    }

    public LabelWeights label(String name) {
        for (LabelWeights l : labels) if (l.label().equals(name)) return l;
        return null;
    }

    public void write(Path file) throws IOException {
        Path parent = file.toAbsolutePath().getParent();
        if (parent != null) Files.createDirectories(parent);
        Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
        JSON.writeValue(tmp.toFile(), this);
        Files.move(tmp, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
    }

    public static LinearModel read(Path file) throws IOException {
        return JSON.readValue(file.toFile(), LinearModel.class);
    }

    /** File name of a stage's model trained on {@code language} (ISO 639-1), as shipped beside the stage. */
    public static String trainedFile(String language) {
        return "trained-" + language + ".json";
    }

    /** The model shipped beside {@code owner}, or null when none was trained. */
    public static LinearModel shipped(Class<?> owner, String name) {
        try (InputStream in = owner.getResourceAsStream(name)) {
            return in == null ? null : JSON.readValue(in, LinearModel.class);
        } catch (IOException e) {
            throw new IllegalStateException("shipped model " + name + " is unreadable: " + e.getMessage(), e);
        }
    }
}
