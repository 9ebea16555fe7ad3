package org.narrascope.eval;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Real English news from the shared-task training data under {@code ../shared/benchmarks}, used as
 * raw material for planted corpora: their text is real, what is done to it is known.
 */
public final class BenchmarkPool {

    /** Folders of English raw articles, relative to the benchmarks folder; first line is the title. */
    static final List<String> ENGLISH_FOLDERS =
            List.of("semeval2025-t10/EN/raw-documents", "semeval2023-t3/en/train-articles-subtask-3");
    static final int MIN_WORDS = 150;

    /** An article of the pool: its file name and its text, paragraphs separated by blank lines. */
    public record PoolArticle(String name, String text) {
    }

    private BenchmarkPool() {
    }

    public static List<PoolArticle> english(Path benchmarks) throws IOException {
        if (!Files.isDirectory(benchmarks)) {
            throw new IOException("no benchmarks folder at " + benchmarks.toAbsolutePath()
                    + " (the shared-task training data; pass its location with --benchmarks)");
        }
        List<PoolArticle> out = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (String folder : ENGLISH_FOLDERS) {
            Path dir = benchmarks.resolve(folder);
            if (!Files.isDirectory(dir)) continue;
            try (Stream<Path> files = Files.list(dir)) {
                for (Path file : files.filter(f -> f.toString().endsWith(".txt")).sorted().toList()) {
                    String text = paragraphs(Files.readString(file, StandardCharsets.UTF_8));
                    String key = text.substring(0, Math.min(200, text.length())).toLowerCase().replaceAll("\\W+", "");
                    if (text.split("\\s+").length >= MIN_WORDS && seen.add(key)) {
                        out.add(new PoolArticle(folder.substring(0, folder.indexOf('/')) + "/" + file.getFileName(), text));
                    }
                }
            }
        }
        if (out.isEmpty()) throw new IOException("no English articles found under " + benchmarks.toAbsolutePath());
        return out;
    }

    /** One paragraph per non-blank line, separated by blank lines, as Narrascope's article text is. */
    static String paragraphs(String raw) {
        return String.join("\n\n", raw.lines().map(String::strip).filter(l -> !l.isEmpty()).toList());
    }
}
