package org.narrascope.ingest.clean;

import java.util.List;

/** One cleaning step over an article's paragraphs; steps are chained like an analysis chain. */
@FunctionalInterface
public interface ParagraphFilter {

    List<String> apply(List<String> paragraphs);

    /** Word count as the cleaning rules use it: runs of letters or digits. */
    static int words(String text) {
        int count = 0;
        boolean inWord = false;
        for (int i = 0; i < text.length(); i++) {
            boolean letter = Character.isLetterOrDigit(text.charAt(i));
            if (letter && !inWord) count++;
            inWord = letter;
        }
        return count;
    }
}
