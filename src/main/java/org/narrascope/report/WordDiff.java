package org.narrascope.report;

import java.util.ArrayList;
import java.util.List;

/** Word-level differences between two passages (longest common subsequence), for highlighting. */
final class WordDiff {

    /** A run of words present on both sides, only on the left, or only on the right. */
    enum Side { BOTH, LEFT, RIGHT }

    record Piece(Side side, String text) {
    }

    /** Beyond this many word pairs the diff is skipped and passages are shown plain. */
    static final long MAX_CELLS = 4_000_000;
    private static final java.util.regex.Pattern NOT_WORD = java.util.regex.Pattern.compile("[^\\p{L}\\p{N}]");

    private WordDiff() {
    }

    /** The pieces in reading order, or null when the passages are too long to diff. */
    static List<Piece> of(String left, String right) {
        String[] a = left.split("\\s+");
        String[] b = right.split("\\s+");
        if ((long) a.length * b.length > MAX_CELLS) return null;
        String[] ka = keys(a);
        String[] kb = keys(b);
        int[][] lcs = new int[a.length + 1][b.length + 1];
        for (int i = a.length - 1; i >= 0; i--) {
            for (int j = b.length - 1; j >= 0; j--) {
                lcs[i][j] = ka[i].equals(kb[j]) ? lcs[i + 1][j + 1] + 1 : Math.max(lcs[i + 1][j], lcs[i][j + 1]);
            }
        }
        List<Piece> out = new ArrayList<>();
        int i = 0, j = 0;
        while (i < a.length || j < b.length) {
            if (i < a.length && j < b.length && ka[i].equals(kb[j])) {
                add(out, Side.BOTH, a[i]);
                i++;
                j++;
            } else if (j < b.length && (i == a.length || lcs[i][j + 1] >= lcs[i + 1][j])) {
                add(out, Side.RIGHT, b[j++]);
            } else {
                add(out, Side.LEFT, a[i++]);
            }
        }
        return out;
    }

    /** Words compared without case or punctuation, computed once per word. */
    private static String[] keys(String[] words) {
        String[] keys = new String[words.length];
        for (int i = 0; i < words.length; i++) keys[i] = NOT_WORD.matcher(words[i]).replaceAll("").toLowerCase(java.util.Locale.ROOT);
        return keys;
    }

    private static void add(List<Piece> out, Side side, String word) {
        if (!out.isEmpty() && out.get(out.size() - 1).side() == side) {
            Piece last = out.remove(out.size() - 1);
            out.add(new Piece(side, last.text() + " " + word));
        } else {
            out.add(new Piece(side, word));
        }
    }
}
