package org.narrascope.eval;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.narrascope.eval.BenchmarkPool.PoolArticle;
import org.narrascope.model.Article;
import org.narrascope.model.ReuseKind;

/**
 * A corpus with known reuse, made deterministically from a seed: real articles from the pool, each
 * "original" paired with one derived version (copied, trimmed, edited at several rates, reordered,
 * reworded), hand-made translations of our own fixture articles, and untouched pool articles as
 * distractors, many on the same topics as the originals.
 */
public final class PlantedCorpus {

    /** A planted pair: {@code derived} reuses {@code original} in this {@code kind}, made this {@code way}. */
    public record GoldLink(String original, String derived, ReuseKind kind, String way) {
    }

    public record Corpus(List<Article> articles, List<GoldLink> links) {
    }

    /** How many originals get each treatment. */
    public record Plan(int exact, int trimmed, int extended, int edits3, int edits8, int edits15, int dropsReorder,
            int paraphrases, int distractors) {

        public static Plan standard() {
            return new Plan(12, 12, 12, 15, 15, 15, 15, 40, 350);
        }

        int originals() {
            return exact + trimmed + extended + edits3 + edits8 + edits15 + dropsReorder + paraphrases;
        }
    }

    private static final Pattern TRANSLATION_FILE = Pattern.compile("(d?\\d+)-([a-z]{2})\\.txt");

    private PlantedCorpus() {
    }

    public static Corpus generate(List<PoolArticle> pool, Path translations, Plan plan, long seed) throws IOException {
        Random random = new Random(seed);
        List<PoolArticle> shuffled = new ArrayList<>(pool);
        Collections.shuffle(shuffled, random);
        // the last articles of the shuffled pool lend paragraphs to "extended" copies and appear nowhere else
        int needed = plan.originals() + plan.distractors() + plan.extended();
        if (shuffled.size() < needed) {
            throw new IOException("the pool has " + shuffled.size() + " articles; this plan needs " + needed);
        }
        Rewrites rewrites = new Rewrites(random, vocabulary(shuffled.subList(0, 50)));
        List<Article> articles = new ArrayList<>();
        List<GoldLink> links = new ArrayList<>();
        int next = 0;
        Object[][] treatments = {
            {plan.exact(), "verbatim: exact copy", ReuseKind.VERBATIM},
            {plan.trimmed(), "verbatim: trimmed to 40-75%", ReuseKind.VERBATIM},
            {plan.extended(), "verbatim: with an added paragraph", ReuseKind.VERBATIM},
            {plan.edits3(), "near-copy: 3% word edits", ReuseKind.NEAR_COPY},
            {plan.edits8(), "near-copy: 8% word edits", ReuseKind.NEAR_COPY},
            {plan.edits15(), "near-copy: 15% word edits", ReuseKind.NEAR_COPY},
            {plan.dropsReorder(), "near-copy: sentences dropped, paragraphs swapped, 3% edits", ReuseKind.NEAR_COPY},
            {plan.paraphrases(), "paraphrase: reworded, reordered, trimmed", ReuseKind.PARAPHRASE},
        };
        for (Object[] t : treatments) {
            for (int i = 0; i < (int) t[0]; i++) {
                PoolArticle original = shuffled.get(next++);
                String way = (String) t[1];
                String derived = switch (way) {
                    case "verbatim: exact copy" -> original.text();
                    case "verbatim: trimmed to 40-75%" -> rewrites.trim(original.text(), 0.4, 0.75);
                    case "verbatim: with an added paragraph" -> original.text() + "\n\n" + firstParagraphs(shuffled.get(shuffled.size() - 1 - i).text());
                    case "near-copy: 3% word edits" -> rewrites.editWords(original.text(), 0.03);
                    case "near-copy: 8% word edits" -> rewrites.editWords(original.text(), 0.08);
                    case "near-copy: 15% word edits" -> rewrites.editWords(original.text(), 0.15);
                    case "near-copy: sentences dropped, paragraphs swapped, 3% edits" ->
                            rewrites.editWords(rewrites.dropAndReorder(original.text(), 0.15), 0.03);
                    default -> rewrites.trim(rewrites.paraphrase(original.text()), 0.7, 1.0);
                };
                String originalId = "orig-" + original.name();
                String derivedId = "copy-" + original.name();
                articles.add(article(originalId, original.text(), "en"));
                articles.add(article(derivedId, derived, "en"));
                links.add(new GoldLink(originalId, derivedId, (ReuseKind) t[2], way));
            }
        }
        for (int i = 0; i < plan.distractors(); i++) {
            PoolArticle d = shuffled.get(next++);
            articles.add(article("other-" + d.name(), d.text(), "en"));
        }
        addTranslations(translations, articles, links);
        Collections.shuffle(articles, random);
        return new Corpus(articles, links);
    }

    /**
     * Hand-written English fixture articles ({@code NN-en.txt}) with their translations
     * ({@code NN-ru.txt}, {@code NN-pt.txt}), and foreign-language distractors ({@code dNN-xx.txt}).
     */
    private static void addTranslations(Path dir, List<Article> articles, List<GoldLink> links) throws IOException {
        if (!Files.isDirectory(dir)) throw new IOException("no translation fixtures at " + dir.toAbsolutePath());
        List<Path> files;
        try (Stream<Path> list = Files.list(dir)) {
            files = list.sorted().toList();
        }
        for (Path file : files) {
            Matcher m = TRANSLATION_FILE.matcher(file.getFileName().toString());
            if (!m.matches()) continue;
            String text = BenchmarkPool.paragraphs(Files.readString(file, StandardCharsets.UTF_8));
            String id = "translation-" + file.getFileName();
            articles.add(article(id, text, m.group(2)));
            if (!m.group(1).startsWith("d") && !m.group(2).equals("en")) {
                String way = "translation: en to " + m.group(2) + (Rewrites.words(text) < 0.75 * Rewrites.words(
                        BenchmarkPool.paragraphs(Files.readString(dir.resolve(m.group(1) + "-en.txt")))) ? ", trimmed" : "");
                links.add(new GoldLink("translation-" + m.group(1) + "-en.txt", id, ReuseKind.TRANSLATION, way));
            }
        }
    }

    private static String firstParagraphs(String text) {
        String[] p = text.split("\n\n");
        return String.join("\n\n", java.util.Arrays.copyOfRange(p, 1, Math.min(p.length, 3)));
    }

    private static List<String> vocabulary(List<PoolArticle> sample) {
        List<String> words = new ArrayList<>();
        for (PoolArticle a : sample) {
            for (String w : a.text().split("\\s+")) if (w.matches("[a-z]{3,}")) words.add(w);
        }
        return words;
    }

    static Article article(String id, String text, String language) {
        String title = text.contains("\n\n") ? text.substring(0, text.indexOf("\n\n")) : null;
        return new Article(id, List.of(id), title, null, null, null, null, null, null, language, Rewrites.words(text), text);
    }
}
