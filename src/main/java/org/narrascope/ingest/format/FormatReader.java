package org.narrascope.ingest.format;

import java.util.function.Consumer;
import org.narrascope.ingest.IngestException;
import org.narrascope.ingest.Input;
import org.narrascope.ingest.Limits;
import org.narrascope.ingest.SourceDocument;
import org.narrascope.model.Skipped;

/**
 * Turns one input into documents. Containers (feeds, JSON Lines, archives) report a broken record to
 * {@code problems} and go on with the next; an input that cannot be read at all throws.
 */
public interface FormatReader {

    void read(Input input, Limits limits, Consumer<SourceDocument> documents, Consumer<Skipped> problems)
            throws IngestException;

    static FormatReader of(Format format) {
        return switch (format) {
            case TEXT -> new PlainTextReader();
            case MARKDOWN -> new MarkdownReader();
            case HTML -> new HtmlReader();
            case JSON -> new JsonReader(false);
            case JSON_LINES -> new JsonReader(true);
            case FEED -> new FeedReader();
            case WARC -> new WarcArchiveReader();
        };
    }
}
