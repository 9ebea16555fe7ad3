package org.narrascope.ingest.format;

import java.io.IOException;
import java.io.InputStream;
import java.util.Optional;
import java.util.function.Consumer;
import org.narrascope.ingest.IngestException;
import org.narrascope.ingest.Input;
import org.narrascope.ingest.InputBytes;
import org.narrascope.ingest.Limits;
import org.narrascope.ingest.PublicationDate;
import org.narrascope.ingest.SourceDocument;
import org.narrascope.model.Skipped;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.MessageBody;
import org.netpreserve.jwarc.WarcReader;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcResource;
import org.netpreserve.jwarc.WarcResponse;

/**
 * WARC and WARC.gz web archives through jwarc, streamed record by record so archives of any size
 * can be read: each successful HTML response (or HTML/text resource record) becomes a document.
 * The size limit applies to each page, not to the archive. A damaged record ends the archive with
 * a report, keeping the pages read before it.
 */
final class WarcArchiveReader implements FormatReader {

    @Override
    public void read(Input input, Limits limits, Consumer<SourceDocument> documents, Consumer<Skipped> problems)
            throws IngestException {
        int pages = 0;
        int records = 0;
        try (InputStream in = input.open(); WarcReader reader = new WarcReader(in)) {
            for (Optional<WarcRecord> next = reader.next(); next.isPresent(); next = reader.next()) {
                records++;
                try {
                    SourceDocument doc = page(next.get(), input.source(), limits);
                    if (doc != null) {
                        documents.accept(doc);
                        pages++;
                    }
                } catch (IngestException e) {
                    problems.accept(new Skipped(input.source() + "#" + targetOf(next.get()), e.getMessage()));
                } catch (IOException | RuntimeException e) {
                    // one damaged record (duplicate headers, a bad date, broken HTTP) costs that record only
                    problems.accept(new Skipped(input.source() + "#" + targetOf(next.get()), "malformed record in archive: "
                            + (e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage().replaceAll("\\s+", " "))));
                }
            }
        } catch (IOException | IllegalArgumentException e) {
            String reason = "malformed WARC" + (records > 0 ? " after record " + records : "") + ": "
                    + (e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage().replaceAll("\\s+", " "));
            if (pages == 0) throw new IngestException(reason, e);
            problems.accept(new Skipped(input.source(), reason + (pages == 1 ? " (the page read before it was kept)"
                    : " (the " + pages + " pages read before it were kept)")));
            return;
        }
        if (records == 0) throw new IngestException("empty archive: no WARC records");
        if (pages == 0) throw new IngestException("no pages: none of the " + records + " records is an HTML or text page");
    }

    /** The document in one record, or null when the record is not a successful HTML or text page. */
    private static SourceDocument page(WarcRecord record, String archive, Limits limits) throws IOException, IngestException {
        String target;
        MediaType type;
        MessageBody body;
        if (record instanceof WarcResponse response) {
            HttpResponse http = response.http();
            if (http.status() != 200) return null;
            target = response.target();
            type = http.contentType();
            body = http.bodyDecoded();
        } else if (record instanceof WarcResource resource) {
            target = resource.target();
            type = resource.contentType();
            body = resource.body();
        } else {
            return null;
        }
        String subtype = type.base().toString();
        boolean html = subtype.equals("text/html") || subtype.equals("application/xhtml+xml");
        if (!html && !subtype.equals("text/plain")) return null;
        String label = archive + "#" + target;
        byte[] bytes;
        try (InputStream in = body.stream()) {
            bytes = InputBytes.readBounded(in, limits);
        }
        SourceDocument doc = html
                ? HtmlReader.parse(bytes, type.parameters().get("charset"), label, target)
                : SourceDocument.ofText(label, InputBytes.decodeUtf8(bytes));
        if (doc.published() != null) return doc;
        return new SourceDocument(doc.source(), doc.text(), doc.title(), doc.byline(), doc.outlet(),
                PublicationDate.fromInstant(record.date()), doc.url() != null ? doc.url() : target);
    }

    private static String targetOf(WarcRecord record) {
        return record instanceof org.netpreserve.jwarc.WarcTargetRecord t ? t.target() : "record";
    }
}
