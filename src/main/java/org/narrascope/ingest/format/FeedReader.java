package org.narrascope.ingest.format;

import com.rometools.rome.feed.synd.SyndContent;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.feed.synd.SyndPerson;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.SyndFeedInput;
import com.rometools.rome.io.XmlReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Date;
import java.util.List;
import java.util.function.Consumer;
import org.narrascope.ingest.IngestException;
import org.narrascope.ingest.Input;
import org.narrascope.ingest.InputBytes;
import org.narrascope.ingest.Limits;
import org.narrascope.ingest.PublicationDate;
import org.narrascope.ingest.SourceDocument;
import org.narrascope.model.Skipped;

/**
 * RSS (0.9x, 1.0, 2.0) and Atom feeds through Rome, one document per item, with the full content
 * ({@code content:encoded}, Atom content) preferred over the summary. Feeds with a DOCTYPE are
 * refused, which keeps external entities out.
 */
final class FeedReader implements FormatReader {

    @Override
    public void read(Input input, Limits limits, Consumer<SourceDocument> documents, Consumer<Skipped> problems)
            throws IngestException {
        byte[] bytes = InputBytes.read(input, limits);
        InputBytes.requireText(bytes);
        SyndFeed feed;
        try {
            SyndFeedInput parser = new SyndFeedInput();
            parser.setAllowDoctypes(false);
            parser.setXmlHealerOn(false);
            feed = parser.build(new XmlReader(new ByteArrayInputStream(bytes)));
        } catch (FeedException | IOException | IllegalArgumentException e) {
            throw new IngestException(describe(e), e);
        }
        String outlet = blankToNull(feed.getTitle());
        List<SyndEntry> entries = feed.getEntries();
        for (int i = 0; i < entries.size(); i++) {
            SyndEntry entry = entries.get(i);
            String label = input.source() + "#" + (i + 1);
            String text = HtmlText.fromMarkup(body(entry));
            if (text == null || text.isBlank()) {
                problems.accept(new Skipped(label, "feed item has no text (neither content nor description)"));
                continue;
            }
            Date date = entry.getPublishedDate() != null ? entry.getPublishedDate() : entry.getUpdatedDate();
            documents.accept(new SourceDocument(label, text, blankToNull(entry.getTitle()), author(entry), outlet,
                    date == null ? null : PublicationDate.fromInstant(date.toInstant()), blankToNull(entry.getLink())));
        }
        if (entries.isEmpty()) throw new IngestException("empty feed: it has no items");
    }

    private static String body(SyndEntry entry) {
        StringBuilder html = new StringBuilder();
        for (SyndContent content : entry.getContents()) {
            if (content.getValue() != null) html.append(content.getValue()).append('\n');
        }
        if (html.toString().isBlank() && entry.getDescription() != null) return entry.getDescription().getValue();
        return html.toString();
    }

    private static String author(SyndEntry entry) {
        if (entry.getAuthor() != null && !entry.getAuthor().isBlank()) return entry.getAuthor().strip();
        return entry.getAuthors().stream().map(SyndPerson::getName).filter(n -> n != null && !n.isBlank())
                .reduce((a, b) -> a + ", " + b).orElse(null);
    }

    private static String describe(Exception e) {
        String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        if (message.contains("DOCTYPE")) {
            return "XML with a DOCTYPE declaration refused (external entities are not allowed)";
        }
        if (message.contains("not supported") || message.contains("Invalid document")) {
            return "not an RSS or Atom feed: " + message;
        }
        return "malformed XML feed: " + message.replaceAll("\\s+", " ");
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
