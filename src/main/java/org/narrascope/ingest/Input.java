package org.narrascope.ingest;

import java.io.IOException;
import java.io.InputStream;

/**
 * Something to read: a file, standard input or a fetched URL.
 *
 * @param source      what the user will see in {@code sources} and error messages
 * @param fileName    name used to guess the format from its extension (may be empty)
 * @param contentType media type announced by the transport, or null
 * @param size        length in bytes, or -1 when unknown before reading
 */
public record Input(String source, String fileName, String contentType, long size, Opener opener) {

    /** Opens the bytes; may be called more than once for files, once for streams. */
    @FunctionalInterface
    public interface Opener {
        InputStream open() throws IOException;
    }

    public InputStream open() throws IOException {
        return opener.open();
    }
}
