package org.narrascope.ingest;

/** Told after each input is read; may be called from several threads. */
@FunctionalInterface
public interface ProgressListener {

    ProgressListener NONE = (done, total) -> { };

    void inputsRead(int done, int total);
}
