package org.narrascope.learn;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeSet;

/** Deterministic k-fold assignment by article, so a fold never holds part of an article it was trained on. */
public final class Folds {

    private Folds() {
    }

    /** The fold (0..k-1) of each example. */
    public static int[] assign(List<Example> examples, int k, long seed) {
        return assignGroups(examples.stream().map(Example::group).toList(), k, seed);
    }

    /** The fold (0..k-1) of each item, given the article each belongs to. */
    public static int[] assignGroups(List<String> itemGroups, int k, long seed) {
        List<String> groups = new ArrayList<>(new TreeSet<>(itemGroups));
        java.util.Collections.shuffle(groups, new Random(seed));
        Map<String, Integer> fold = new HashMap<>();
        for (int i = 0; i < groups.size(); i++) fold.put(groups.get(i), i % k);
        int[] out = new int[itemGroups.size()];
        for (int i = 0; i < out.length; i++) out[i] = fold.get(itemGroups.get(i));
        return out;
    }

    /** The examples whose fold is (or, with {@code inFold} false, is not) {@code f}. */
    public static List<Example> select(List<Example> examples, int[] folds, int f, boolean inFold) {
        List<Example> out = new ArrayList<>();
        for (int i = 0; i < examples.size(); i++) if ((folds[i] == f) == inFold) out.add(examples.get(i));
        return out;
    }
}
