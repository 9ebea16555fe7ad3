package org.narrascope.semeval;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/** Reading and writing the shared tasks' plain files: documents in a folder, tab-separated annotations. */
public final class SemEvalFiles {

    /** Annotation files of the shared tasks are small; anything larger is not one. */
    private static final long MAX_FILE = 50L * 1024 * 1024;

    private SemEvalFiles() {
    }

    /** The {@code .txt} documents of a folder by file name, read without newline translation. */
    public static Map<String, String> documents(Path dir) throws IOException {
        if (!Files.isDirectory(dir)) throw new NoSuchFileException(dir + " (not a folder of documents)");
        Map<String, String> out = new TreeMap<>();
        try (Stream<Path> files = Files.list(dir)) {
            for (Path f : files.filter(p -> p.getFileName().toString().endsWith(".txt")).sorted().toList()) {
                out.put(f.getFileName().toString(), read(f));
            }
        }
        return out;
    }

    /** A file as UTF-8; a stray invalid byte (some shared-task files have them) becomes U+FFFD rather than failing the run. */
    public static String read(Path file) throws IOException {
        if (Files.size(file) > MAX_FILE) throw new IOException(file + ": larger than " + MAX_FILE / 1024 / 1024 + " MB");
        return new String(Files.readAllBytes(file), StandardCharsets.UTF_8);
    }

    /** Tab-separated fields of each non-empty line (trailing empty fields kept). */
    public static List<String[]> rows(Path file) throws IOException {
        List<String[]> out = new ArrayList<>();
        for (String line : read(file).split("\r?\n")) if (!line.isBlank()) out.add(line.split("\t", -1));
        return out;
    }

    public static void write(Path file, List<String> lines) throws IOException {
        Path parent = file.toAbsolutePath().getParent();
        if (parent != null) Files.createDirectories(parent);
        Files.write(file, lines, StandardCharsets.UTF_8);
    }
}
