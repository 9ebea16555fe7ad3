package org.narrascope;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Data users may edit (cue lists, stopwords, synonyms) lives in resource files beside the class
 * that uses it: one entry per line, {@code #} starts a comment line, blank lines are ignored.
 */
public final class DataFile {

    /** English function words ("the", "of", "which"), lower case: {@code stopwords.txt}. */
    public static final Set<String> FUNCTION_WORDS = Set.copyOf(lines(DataFile.class, "stopwords.txt"));

    private DataFile() {
    }

    /** The entries of resource {@code name} in {@code owner}'s package. */
    public static List<String> lines(Class<?> owner, String name) {
        try (InputStream in = owner.getResourceAsStream(name)) {
            if (in == null) throw new IllegalStateException(name + " is missing from the build");
            List<String> lines = new ArrayList<>();
            try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
                for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                    String entry = line.strip();
                    if (!entry.isEmpty() && !entry.startsWith("#")) lines.add(entry);
                }
            }
            return lines;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
