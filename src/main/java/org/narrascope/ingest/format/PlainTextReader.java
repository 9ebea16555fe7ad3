package org.narrascope.ingest.format;

import java.util.function.Consumer;
import org.narrascope.ingest.IngestException;
import org.narrascope.ingest.Input;
import org.narrascope.ingest.InputBytes;
import org.narrascope.ingest.Limits;
import org.narrascope.ingest.SourceDocument;
import org.narrascope.model.Skipped;

/** Plain text, typically a page pasted from a browser: metadata is recovered later from its lines. */
final class PlainTextReader implements FormatReader {

    @Override
    public void read(Input input, Limits limits, Consumer<SourceDocument> documents, Consumer<Skipped> problems)
            throws IngestException {
        String text = InputBytes.decodeUtf8(InputBytes.read(input, limits));
        documents.accept(SourceDocument.ofText(input.source(), text));
    }
}
