package org.narrascope.versions;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.narrascope.DataFile;
import org.narrascope.learn.FeatureSpace;
import org.narrascope.model.Article;

/**
 * How much two articles' openings are about the same thing: the cosine of their words weighed by
 * how rare each word is in the corpus (tf-idf). Function words, place names and the words of the
 * kind of event ("attack", "attacked") are left out: two stories that share a town and the word
 * "attack" must share more to be one.
 */
final class Openings {


    /** Endings that turn an event noun into another word of the same event ("attacks", "attacked", "fires", "fired"). */
    private static final List<String> ENDINGS = List.of("s", "es", "d", "ed", "ing");

    /** How many of an article's most telling words lead to the articles its nearest one is looked for among. */
    private static final int TELLING_WORDS = 20;

    private final List<Map<String, Double>> vectors = new ArrayList<>();
    private final Map<String, List<Integer>> articlesWith = new HashMap<>();

    /** @param placeWords the lower-case words of the corpus's place names, left out like the event nouns */
    Openings(List<Article> articles, int chars, Set<String> eventNouns, Set<String> placeWords) {
        List<Map<String, Integer>> counts = new ArrayList<>();
        Map<String, Integer> documents = new HashMap<>();
        for (Article a : articles) {
            Map<String, Integer> c = new HashMap<>();
            for (String w : FeatureSpace.words(a.text().substring(0, Math.min(chars, a.text().length())))) {
                if (w.length() > 2 && !DataFile.FUNCTION_WORDS.contains(w) && !placeWords.contains(w) && !ofTheEvent(w, eventNouns)) c.merge(w, 1, Integer::sum);
            }
            c.keySet().forEach(w -> documents.merge(w, 1, Integer::sum));
            counts.add(c);
        }
        int n = articles.size();
        for (Map<String, Integer> c : counts) {
            Map<String, Double> v = new HashMap<>();
            // smoothed so a word in every article of a small corpus still counts a little
            c.forEach((w, k) -> v.put(w, (1 + Math.log(k)) * Math.log(1 + n / (double) documents.get(w))));
            double norm = Math.sqrt(v.values().stream().mapToDouble(x -> x * x).sum());
            if (norm > 0) v.replaceAll((w, x) -> x / norm);
            int at = vectors.size();
            v.keySet().forEach(w -> articlesWith.computeIfAbsent(w, k -> new ArrayList<>()).add(at));
            vectors.add(v);
        }
    }

    /**
     * The other article whose opening is most like article {@code i}'s, at least {@code floor}, or -1. It is looked
     * for among the articles that share one of {@code i}'s most telling words, so a large corpus is not compared pair by pair.
     */
    int nearest(int i, double floor) {
        int best = -1;
        double bestSimilarity = floor;
        for (int j : candidates(i)) {
            if (j == i) continue;
            double similarity = similarity(i, j);
            if (similarity >= bestSimilarity) {
                best = j;
                bestSimilarity = similarity;
            }
        }
        return best;
    }

    private static boolean ofTheEvent(String word, Set<String> eventNouns) {
        if (eventNouns.contains(word)) return true;
        for (String ending : ENDINGS) if (word.endsWith(ending) && eventNouns.contains(word.substring(0, word.length() - ending.length()))) return true;
        return false;
    }

    /**
     * The articles (in corpus order, {@code i} among them) sharing one of article {@code i}'s most telling words: the only ones
     * that can read much like it. A word no other article has tells of none (a match report's goal scorers).
     */
    Set<Integer> candidates(int i) {
        Set<Integer> out = new TreeSet<>();
        vectors.get(i).entrySet().stream().filter(e -> articlesWith.get(e.getKey()).size() > 1)
                .sorted(Map.Entry.<String, Double>comparingByValue().reversed()).limit(TELLING_WORDS)
                .forEach(e -> out.addAll(articlesWith.get(e.getKey())));
        return out;
    }

    /** Cosine similarity of articles {@code i} and {@code j}, in [0, 1]. */
    double similarity(int i, int j) {
        Map<String, Double> a = vectors.get(i);
        Map<String, Double> b = vectors.get(j);
        if (a.size() > b.size()) {
            Map<String, Double> t = a;
            a = b;
            b = t;
        }
        double sum = 0;
        for (var e : a.entrySet()) sum += e.getValue() * b.getOrDefault(e.getKey(), 0.0);
        return sum;
    }
}
