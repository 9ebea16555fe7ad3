package org.narrascope.bench;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.narrascope.model.Article;

/**
 * News-shaped text at any scale, generated from a seed: Zipf-distributed words and names,
 * paragraphs of sentences with numbers in them, and a tenth of the articles planted as copies,
 * trimmed copies and lightly edited copies of earlier ones. Real news is too scarce here for
 * 100,000 articles; what matters for speed is the shape and the amount of text.
 */
final class SyntheticCorpus {

    private static final String[] SYLLABLES = {"ka", "lo", "mer", "tan", "vi", "sor", "de", "ral", "po", "ni", "gu",
        "shen", "tro", "bel", "an", "os", "ur", "ie", "zak", "mon", "ter", "il", "va", "rin", "ho", "ste", "ly", "qua"};

    /** A planted copy: {@code copy} reuses {@code source}. */
    record Planted(String source, String copy) {
    }

    record Corpus(List<Article> articles, List<Planted> planted) {
    }

    private final Random random;
    private final String[] words;
    private final double[] wordCdf;
    private final String[] names;
    private final double[] nameCdf;

    SyntheticCorpus(long seed) {
        this.random = new Random(seed);
        this.words = pseudoWords(30_000, false);
        this.wordCdf = zipf(words.length);
        this.names = pseudoWords(4_000, true);
        this.nameCdf = zipf(names.length);
    }

    Corpus generate(int size) {
        List<Article> articles = new ArrayList<>(size);
        List<Planted> planted = new ArrayList<>();
        for (int i = 0; i < size; i++) {
            String id = String.format("s%07d", i);
            String text;
            if (i > 10 && random.nextDouble() < 0.1) {
                Article source = articles.get(random.nextInt(i));
                text = derive(source.text());
                planted.add(new Planted(source.id(), id));
            } else {
                text = article();
            }
            articles.add(new Article(id, List.of(id), text.substring(0, text.indexOf('\n')), null, null, null, null, null,
                    null, "en", text.split("\\s+").length, text));
        }
        return new Corpus(articles, planted);
    }

    private String article() {
        StringBuilder out = new StringBuilder(sentence(6 + random.nextInt(5), false)).append("\n\n");
        int paragraphs = 4 + random.nextInt(5);
        for (int p = 0; p < paragraphs; p++) {
            int sentences = 2 + random.nextInt(3);
            for (int s = 0; s < sentences; s++) out.append(s > 0 ? " " : "").append(sentence(10 + random.nextInt(16), true));
            if (p < paragraphs - 1) out.append("\n\n");
        }
        return out.toString();
    }

    private String sentence(int length, boolean period) {
        StringBuilder s = new StringBuilder();
        for (int w = 0; w < length; w++) {
            String word;
            double r = random.nextDouble();
            if (w > 0 && r < 0.08) word = names[sample(nameCdf)];
            else if (w > 0 && r < 0.1) word = String.valueOf(1 + random.nextInt(2000));
            else word = words[sample(wordCdf)];
            if (w == 0) word = Character.toUpperCase(word.charAt(0)) + word.substring(1);
            s.append(w > 0 ? " " : "").append(word);
        }
        return period ? s.append('.').toString() : s.toString();
    }

    /** A copy, a trimmed copy or a copy with 5% of its words changed. */
    private String derive(String source) {
        double r = random.nextDouble();
        if (r < 0.3) return source;
        String[] paragraphs = source.split("\n\n");
        if (r < 0.6) return String.join("\n\n", Arrays.copyOf(paragraphs, Math.max(2, paragraphs.length * 2 / 3)));
        String[] tokens = source.split(" ");
        for (int i = 0; i < tokens.length; i++) {
            if (!tokens[i].contains("\n") && random.nextDouble() < 0.05) tokens[i] = words[sample(wordCdf)];
        }
        return String.join(" ", tokens);
    }

    private int sample(double[] cdf) {
        int i = Arrays.binarySearch(cdf, random.nextDouble());
        return Math.min(cdf.length - 1, i >= 0 ? i : -i - 1);
    }

    private String[] pseudoWords(int n, boolean capitalised) {
        String[] out = new String[n];
        java.util.Set<String> seen = new java.util.HashSet<>();
        for (int i = 0; i < n; ) {
            StringBuilder w = new StringBuilder();
            int syllables = 1 + random.nextInt(capitalised ? 3 : 4);
            for (int s = 0; s < syllables; s++) w.append(SYLLABLES[random.nextInt(SYLLABLES.length)]);
            String word = capitalised ? Character.toUpperCase(w.charAt(0)) + w.substring(1) : w.toString();
            if (seen.add(word)) out[i++] = word;
        }
        return out;
    }

    private static double[] zipf(int n) {
        double[] cdf = new double[n];
        double total = 0;
        for (int i = 0; i < n; i++) total += 1.0 / (i + 1);
        double running = 0;
        for (int i = 0; i < n; i++) {
            running += 1.0 / (i + 1) / total;
            cdf[i] = running;
        }
        return cdf;
    }
}
