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
    static final int SEQUENCE = 8;
    static final int SHARED_SEQUENCES = 2;

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
        return withoutExistingReuse(out);
    }

    /**
     * The shared-task data has reuse of its own (wire copies, shared statements). An article that
     * shares {@value #SHARED_SEQUENCES} or more distinct {@value #SEQUENCE}-word sequences with an
     * earlier one is left out, so that the only reuse in a planted corpus is the planted reuse.
     */
    static List<PoolArticle> withoutExistingReuse(List<PoolArticle> articles) {
        java.util.Map<String, Integer> firstSeen = new java.util.HashMap<>();
        List<PoolArticle> kept = new ArrayList<>();
        for (PoolArticle a : articles) {
            String[] words = a.text().toLowerCase(java.util.Locale.ROOT).split("[^\\p{L}\\p{N}]+");
            Set<String> grams = new HashSet<>();
            for (int i = 0; i + SEQUENCE <= words.length; i++) grams.add(String.join(" ", java.util.Arrays.copyOfRange(words, i, i + SEQUENCE)));
            java.util.Map<Integer, Integer> shared = new java.util.HashMap<>();
            for (String g : grams) {
                Integer other = firstSeen.get(g);
                if (other != null) shared.merge(other, 1, Integer::sum);
            }
            if (shared.values().stream().anyMatch(n -> n >= SHARED_SEQUENCES)) continue;
            int index = kept.size();
            grams.forEach(g -> firstSeen.putIfAbsent(g, index));
            kept.add(a);
        }
        return kept;
    }

    /** One paragraph per non-blank line, separated by blank lines, as Narrascope's article text is. */
    static String paragraphs(String raw) {
        return String.join("\n\n", raw.lines().map(String::strip).filter(l -> !l.isEmpty()).toList());
    }
}
