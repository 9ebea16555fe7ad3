package org.narrascope.ingest;

/** A reason an input cannot be read, phrased for the user; never carries a stack trace to the console. */
public class IngestException extends Exception {

    public IngestException(String reason) {
        super(reason);
    }

    public IngestException(String reason, Throwable cause) {
        super(reason, cause);
    }
}
