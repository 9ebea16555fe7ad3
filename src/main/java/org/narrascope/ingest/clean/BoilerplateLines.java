package org.narrascope.ingest.clean;

import java.util.List;

/**
 * Removes short lines that match a cue list: subscription banners, donation footers, "read the full
 * article" tails. Long paragraphs are never removed, so an article that discusses newsletters keeps
 * its text.
 */
public final class BoilerplateLines implements ParagraphFilter {

    static final int MAX_WORDS = 40;

    private final List<CueList> cues;

    public BoilerplateLines(List<CueList> cues) {
        this.cues = List.copyOf(cues);
    }

    @Override
    public List<String> apply(List<String> paragraphs) {
        return paragraphs.stream().filter(p -> !isBoilerplate(p)).toList();
    }

    boolean isBoilerplate(String paragraph) {
        if (ParagraphFilter.words(paragraph) > MAX_WORDS) return false;
        for (CueList list : cues) {
            if (list.foundIn(paragraph)) return true;
        }
        return false;
    }
}
