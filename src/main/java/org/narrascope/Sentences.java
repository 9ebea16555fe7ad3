package org.narrascope;

import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Sentences of a paragraph by the JDK's sentence rules, trimmed, empty ones dropped. */
public final class Sentences {

    private Sentences() {
    }

    public static List<String> of(String paragraph) {
        BreakIterator it = BreakIterator.getSentenceInstance(Locale.ROOT);
        it.setText(paragraph);
        List<String> out = new ArrayList<>();
        for (int start = it.first(), end = it.next(); end != BreakIterator.DONE; start = end, end = it.next()) {
            String sentence = paragraph.substring(start, end).strip();
            if (!sentence.isEmpty()) out.add(sentence);
        }
        return out;
    }
}
