package org.narrascope.learn;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import smile.util.SparseArray;

/**
 * Where each feature lives in one vector: a dense block first (sentence embedding, similarity to
 * label descriptions, cue counts, shape), then {@code 2^hashBits} buckets of hashed words and word
 * pairs. Hashing keeps the model file small and needs no vocabulary file; String.hashCode is fixed
 * by the Java specification, so a model trained on one machine reads the same on another.
 */
public record FeatureSpace(int dense, int hashBits) {

    private static final Pattern WORD = Pattern.compile("\\p{L}[\\p{L}\\p{M}'’-]*|\\p{N}+");

    public int dimensions() {
        return dense + (1 << hashBits);
    }

    /** Lower-cased words of a text, in order. */
    public static List<String> words(String text) {
        List<String> out = new ArrayList<>();
        Matcher m = WORD.matcher(text);
        while (m.find()) out.add(m.group().toLowerCase(Locale.ROOT));
        return out;
    }

    /**
     * The vector of one example: the dense values as given, and the words and adjacent word pairs
     * as log term frequencies scaled to unit length, so long and short texts weigh alike.
     */
    public SparseArray vector(double[] denseValues, List<String> words) {
        if (denseValues.length != dense) throw new IllegalArgumentException("expected " + dense + " dense values, got " + denseValues.length);
        Map<Integer, Integer> counts = new HashMap<>();
        for (int i = 0; i < words.size(); i++) {
            counts.merge(bucket(words.get(i)), 1, Integer::sum);
            if (i > 0) counts.merge(bucket(words.get(i - 1) + ' ' + words.get(i)), 1, Integer::sum);
        }
        SparseArray x = new SparseArray();
        for (int i = 0; i < dense; i++) if (denseValues[i] != 0) x.append(i, denseValues[i]);
        double norm = 0;
        for (int c : counts.values()) norm += Math.pow(1 + Math.log(c), 2);
        norm = Math.sqrt(norm);
        for (var e : counts.entrySet().stream().sorted(Map.Entry.comparingByKey()).toList()) {
            x.append(dense + e.getKey(), (1 + Math.log(e.getValue())) / norm);
        }
        return x;
    }

    private int bucket(String s) {
        int h = s.hashCode() * 0x9E3779B1;
        return (h ^ (h >>> 16)) & ((1 << hashBits) - 1);
    }
}
