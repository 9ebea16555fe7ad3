package org.narrascope.reuse;

import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.narrascope.DataFile;
import org.narrascope.model.Article;

/**
 * What the reuse stage needs to know about one article, computed once: its words, sentences,
 * content-word shingles and anchor fingerprint.
 */
final class ArticleProfile {

    static final int SHINGLE = 3;
    private static final Set<Long> STOPWORDS = loadStopwords();

    final Article article;
    final Tokens tokens;
    /** Token index where each sentence starts; one extra entry marks the end. */
    final int[] sentenceTokens;
    final String[] anchors;
    /** Positions (token indexes) of content words, the units of shingles and lexical alignment. */
    final int[] content;
    final long[] contentHashes;

    ArticleProfile(Article article) {
        this.article = article;
        this.tokens = Tokens.of(article.text());
        this.sentenceTokens = sentenceStarts(article.text(), tokens);
        boolean[] opens = new boolean[tokens.size()];
        for (int s = 0; s < sentenceTokens.length - 1; s++) {
            if (sentenceTokens[s] < tokens.size()) opens[sentenceTokens[s]] = true;
        }
        this.anchors = Anchors.of(tokens, opens);
        List<Integer> kept = new ArrayList<>();
        for (int i = 0; i < tokens.size(); i++) {
            if (!STOPWORDS.contains(tokens.word[i])) kept.add(i);
        }
        this.content = kept.stream().mapToInt(Integer::intValue).toArray();
        this.contentHashes = new long[content.length];
        for (int i = 0; i < content.length; i++) contentHashes[i] = tokens.word[content[i]];
    }

    String id() {
        return article.id();
    }

    String language() {
        return article.language();
    }

    int sentences() {
        return sentenceTokens.length - 1;
    }

    /** Char span of sentence {@code s}. */
    int sentenceStartChar(int s) {
        return tokens.start[sentenceTokens[s]];
    }

    int sentenceEndChar(int s) {
        return tokens.end[sentenceTokens[s + 1] - 1];
    }

    String sentenceText(int s) {
        return article.text().substring(sentenceStartChar(s), sentenceEndChar(s));
    }

    /** Hashes of consecutive content-word {@link #SHINGLE}-grams over content positions [from, to). */
    long[] shingles(int from, int to) {
        int n = Math.max(0, to - from - SHINGLE + 1);
        long[] out = new long[n];
        for (int i = 0; i < n; i++) {
            long h = 0;
            for (int k = 0; k < SHINGLE; k++) h = Hashing.mix(h * 31 + contentHashes[from + i + k]);
            out[i] = h;
        }
        return out;
    }

    /** Sentence boundaries as token indexes; paragraphs always break sentences. */
    private static int[] sentenceStarts(String text, Tokens tokens) {
        List<Integer> starts = new ArrayList<>();
        BreakIterator it = BreakIterator.getSentenceInstance(Locale.ROOT);
        int paragraphStart = 0;
        while (paragraphStart < text.length()) {
            int paragraphEnd = text.indexOf("\n\n", paragraphStart);
            if (paragraphEnd < 0) paragraphEnd = text.length();
            it.setText(text.substring(paragraphStart, paragraphEnd));
            for (int s = it.first(), e = it.next(); e != BreakIterator.DONE; s = e, e = it.next()) {
                int first = tokens.tokenAt(paragraphStart + s);
                int last = tokens.tokenAt(paragraphStart + e);
                if (last > first && (starts.isEmpty() || starts.get(starts.size() - 1) != first)) starts.add(first);
            }
            paragraphStart = paragraphEnd + 2;
        }
        int[] out = new int[starts.size() + 1];
        for (int i = 0; i < starts.size(); i++) out[i] = starts.get(i);
        out[starts.size()] = tokens.size();
        return out;
    }

    private static Set<Long> loadStopwords() {
        Set<Long> words = new HashSet<>();
        for (String w : DataFile.lines(DataFile.class, "stopwords.txt")) words.add(Hashing.hash(Tokens.normalize(w)));
        return Set.copyOf(words);
    }
}
