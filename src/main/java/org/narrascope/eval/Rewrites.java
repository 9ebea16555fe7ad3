package org.narrascope.eval;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.narrascope.Sentences;
import org.narrascope.DataFile;

/**
 * What republishers do to a text, simulated with a seeded random source: trim it, edit words, drop
 * and reorder sentences, reword it with synonyms and stock-phrase substitutes.
 */
final class Rewrites {

    private static final Pattern WORD = Pattern.compile("\\p{L}[\\p{L}'’-]*");

    private final Random random;
    private final List<String> vocabulary;
    private final Map<String, List<String>> synonyms = new HashMap<>();
    private final List<String[]> phrases = new ArrayList<>();

    Rewrites(Random random, List<String> vocabulary) {
        this.random = random;
        this.vocabulary = vocabulary;
        // short function words ("and", "to") are only ever replaced as part of a phrase
        for (String line : DataFile.lines(Rewrites.class, "paraphrase-synonyms.txt")) {
            List<String> group = Arrays.stream(line.split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList();
            for (String member : group) {
                List<String> others = group.stream().filter(g -> !g.equals(member)).toList();
                if (others.isEmpty()) continue;
                if (member.contains(" ")) phrases.add(new String[] {member, String.join("|", others)});
                else if (member.length() > 3) synonyms.merge(member, others, (x, y) -> { List<String> all = new ArrayList<>(x); all.addAll(y); return all; });
            }
        }
    }

    /** The first paragraphs, holding {@code minShare}..{@code maxShare} of the words; the title always stays. */
    String trim(String text, double minShare, double maxShare) {
        String[] paragraphs = text.split("\n\n");
        int total = words(text);
        double target = total * (minShare + random.nextDouble() * (maxShare - minShare));
        List<String> kept = new ArrayList<>();
        int count = 0;
        for (String p : paragraphs) {
            if (!kept.isEmpty() && count >= target) break;
            kept.add(p);
            count += words(p);
        }
        if (kept.size() == paragraphs.length && kept.size() > 2) kept.remove(kept.size() - 1);
        return String.join("\n\n", kept);
    }

    /** Each word is, with probability {@code rate}, replaced (by a synonym when there is one), deleted, or followed by another. */
    String editWords(String text, double rate) {
        return mapWords(text, word -> {
            if (random.nextDouble() >= rate) return word;
            double op = random.nextDouble();
            if (op < 0.5) return substitute(word, true);
            if (op < 0.75) return "";
            return word + " " + vocabulary.get(random.nextInt(vocabulary.size()));
        });
    }

    /** Drops each sentence with probability {@code rate} (never a paragraph's last) and swaps two paragraphs. */
    String dropAndReorder(String text, double rate) {
        List<String> paragraphs = new ArrayList<>();
        for (String p : text.split("\n\n")) {
            List<String> sentences = Sentences.of(p);
            List<String> kept = new ArrayList<>();
            for (int i = 0; i < sentences.size(); i++) {
                if (i < sentences.size() - 1 && random.nextDouble() < rate) continue;
                kept.add(sentences.get(i));
            }
            paragraphs.add(String.join(" ", kept));
        }
        if (paragraphs.size() > 3) {
            int i = 1 + random.nextInt(paragraphs.size() - 2);
            String t = paragraphs.get(i);
            paragraphs.set(i, paragraphs.get(i + 1));
            paragraphs.set(i + 1, t);
        }
        return String.join("\n\n", paragraphs);
    }

    /**
     * A rewording: stock phrases and every word that has a synonym replaced, a quarter of the other
     * words exchanged, clauses around a comma swapped, adjacent sentences swapped, some sentences
     * dropped. Names and numbers stay, as in a real rewrite. About a third of the words change, twice
     * what the heaviest near-copy edit changes.
     */
    String paraphrase(String text) {
        String s = text;
        for (String[] phrase : phrases) {
            String[] options = phrase[1].split("\\|");
            s = Pattern.compile("\\b" + Pattern.quote(phrase[0]) + "\\b", Pattern.CASE_INSENSITIVE)
                    .matcher(s).replaceAll(m -> Matcher.quoteReplacement(matchCase(m.group(), options[random.nextInt(options.length)])));
        }
        s = mapWords(s, word -> {
            String synonym = substitute(word, false);
            if (!synonym.equals(word)) return synonym;
            boolean name = Character.isUpperCase(word.charAt(0));
            return !name && random.nextDouble() < 0.25 ? vocabulary.get(random.nextInt(vocabulary.size())) : word;
        });
        List<String> paragraphs = new ArrayList<>();
        for (String p : s.split("\n\n")) {
            List<String> sentences = new ArrayList<>();
            for (String sentence : Sentences.of(p)) sentences.add(random.nextDouble() < 0.5 ? swapClauses(sentence) : sentence);
            for (int i = 0; i + 1 < sentences.size(); i++) {
                if (random.nextDouble() < 0.35) {
                    String t = sentences.get(i);
                    sentences.set(i, sentences.get(i + 1));
                    sentences.set(i + 1, t);
                    i++;
                }
            }
            if (sentences.size() > 2 && random.nextDouble() < 0.3) sentences.remove(random.nextInt(sentences.size()));
            paragraphs.add(String.join(" ", sentences));
        }
        return String.join("\n\n", paragraphs);
    }

    /** "While X happened, Y said Z." becomes "Y said Z, while X happened." */
    private static String swapClauses(String sentence) {
        int comma = sentence.indexOf(", ");
        if (comma < 15 || comma > sentence.length() - 20 || !sentence.endsWith(".")) return sentence;
        String first = sentence.substring(0, comma);
        String second = sentence.substring(comma + 2, sentence.length() - 1);
        if (first.contains("\"") || second.contains("\"")) return sentence;
        boolean firstIsName = first.split(" ")[0].length() > 1 && Character.isUpperCase(first.charAt(0))
                && !first.split(" ")[0].equals(first.split(" ")[0].toUpperCase()) && first.indexOf(' ') > 0
                && Character.isUpperCase(first.charAt(first.indexOf(' ') + 1));
        String lowered = firstIsName ? first : Character.toLowerCase(first.charAt(0)) + first.substring(1);
        return Character.toUpperCase(second.charAt(0)) + second.substring(1) + ", " + lowered + ".";
    }

    private String substitute(String word, boolean orRandom) {
        List<String> options = synonyms.get(word.toLowerCase(Locale.ROOT));
        if (options != null) return matchCase(word, options.get(random.nextInt(options.size())));
        return orRandom ? vocabulary.get(random.nextInt(vocabulary.size())) : word;
    }

    private static String matchCase(String original, String replacement) {
        if (!original.isEmpty() && Character.isUpperCase(original.charAt(0))) {
            return Character.toUpperCase(replacement.charAt(0)) + replacement.substring(1);
        }
        return replacement;
    }

    private static String mapWords(String text, java.util.function.UnaryOperator<String> f) {
        StringBuilder out = new StringBuilder();
        Matcher m = WORD.matcher(text);
        int last = 0;
        while (m.find()) {
            out.append(text, last, m.start()).append(f.apply(m.group()));
            last = m.end();
        }
        out.append(text.substring(last));
        return out.toString().replaceAll(" {2,}", " ").replaceAll(" ([,.;:])", "$1");
    }

    static int words(String text) {
        Matcher m = WORD.matcher(text);
        int n = 0;
        while (m.find()) n++;
        return n;
    }
}
