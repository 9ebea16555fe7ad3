package org.narrascope.ingest.clean;

import java.util.List;

/**
 * The cleaning chain every article goes through, whatever its format: split into paragraphs, then
 * each filter in turn. Share rows go before banners so a banner squeezed between buttons is seen
 * as a line of its own.
 */
public final class TextCleaner {

    private final List<ParagraphFilter> filters;

    public TextCleaner(List<ParagraphFilter> filters) {
        this.filters = List.copyOf(filters);
    }

    /** The standard chain, with the cue lists shipped in this package. */
    public static TextCleaner standard() {
        return new TextCleaner(List.of(
                new MarkdownLinks(),
                new ShareButtons(CueList.load("share-buttons.txt")),
                new BoilerplateLines(List.of(CueList.load("subscribe-banners.txt"),
                        CueList.load("donation-footers.txt"), CueList.load("read-more-tails.txt"))),
                new PageBreaks()));
    }

    public List<String> clean(String raw) {
        List<String> paragraphs = Paragraphs.split(raw);
        for (ParagraphFilter filter : filters) {
            paragraphs = filter.apply(paragraphs);
        }
        return paragraphs;
    }
}
