package org.narrascope.ingest.clean;

import java.util.ArrayList;
import java.util.List;

/**
 * Mends paragraphs cut in two by a page break in text copied from a PDF or print view: a paragraph
 * that stops mid-sentence is joined to the next one when that starts in lower case, and the running
 * header standing between them (a short all-capitals line) is dropped.
 */
public final class PageBreaks implements ParagraphFilter {

    private static final int MIN_WORDS_CUT = 6;
    private static final int MAX_HEADER_WORDS = 5;

    @Override
    public List<String> apply(List<String> paragraphs) {
        List<String> out = new ArrayList<>();
        int i = 0;
        while (i < paragraphs.size()) {
            StringBuilder current = new StringBuilder(paragraphs.get(i));
            String last = paragraphs.get(i);
            int next = i + 1;
            while (isCut(last) && next < paragraphs.size()) {
                int j = next;
                while (j < paragraphs.size() && isRunningHeader(paragraphs.get(j))) j++;
                if (j >= paragraphs.size() || !startsLowerCase(paragraphs.get(j))) break;
                last = paragraphs.get(j);
                current.append(' ').append(last);
                next = j + 1;
            }
            out.add(current.toString());
            i = next;
        }
        return out;
    }

    private static boolean isCut(String paragraph) {
        return ParagraphFilter.words(paragraph) >= MIN_WORDS_CUT && !Paragraphs.endsSentence(paragraph);
    }

    private static boolean isRunningHeader(String paragraph) {
        int words = ParagraphFilter.words(paragraph);
        return words > 0 && words <= MAX_HEADER_WORDS && paragraph.equals(paragraph.toUpperCase(java.util.Locale.ROOT))
                && paragraph.chars().anyMatch(Character::isLetter);
    }

    private static boolean startsLowerCase(String paragraph) {
        return !paragraph.isEmpty() && Character.isLowerCase(paragraph.codePointAt(0));
    }
}
