package org.narrascope.reuse;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The words of a text with their char offsets, and a hash of each word's normalised form (lower
 * case, accents removed, typographic apostrophes unified) for comparison. Hashes rather than
 * strings keep a hundred thousand articles in memory.
 */
final class Tokens {

    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{N}\\p{M}'’-]*");
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");

    final String text;
    final int[] start;
    final int[] end;
    final long[] word;

    private Tokens(String text, int[] start, int[] end, long[] word) {
        this.text = text;
        this.start = start;
        this.end = end;
        this.word = word;
    }

    static Tokens of(String text) {
        Matcher m = WORD.matcher(text);
        int n = 0;
        int[] start = new int[Math.max(16, text.length() / 5)];
        int[] end = new int[start.length];
        long[] word = new long[start.length];
        while (m.find()) {
            if (n == start.length) {
                start = Arrays.copyOf(start, n * 2);
                end = Arrays.copyOf(end, n * 2);
                word = Arrays.copyOf(word, n * 2);
            }
            start[n] = m.start();
            end[n] = m.end();
            word[n] = Hashing.hash(normalize(m.group()));
            n++;
        }
        return new Tokens(text, Arrays.copyOf(start, n), Arrays.copyOf(end, n), Arrays.copyOf(word, n));
    }

    static String normalize(String word) {
        String lower = word.toLowerCase(Locale.ROOT).replace('’', '\'');
        boolean ascii = lower.chars().allMatch(c -> c < 128);
        return ascii ? lower : MARKS.matcher(Normalizer.normalize(lower, Normalizer.Form.NFD)).replaceAll("");
    }

    int size() {
        return word.length;
    }

    /** Index of the first token that starts at or after {@code charOffset}. */
    int tokenAt(int charOffset) {
        int i = Arrays.binarySearch(start, charOffset);
        return i >= 0 ? i : -i - 1;
    }
}
