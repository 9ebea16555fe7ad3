package org.narrascope.cli;

import java.io.PrintStream;
import org.narrascope.ingest.ProgressListener;

/** A one-line progress bar on a terminal; silent for small batches, where it would only flicker. */
final class ProgressBar implements ProgressListener {

    private static final int WIDTH = 30;
    private static final int MIN_INPUTS = 20;

    private final PrintStream out;
    private int shownPercent = -1;

    ProgressBar(PrintStream out) {
        this.out = out;
    }

    /** The launcher sets {@code narrascope.tty} when stderr is a terminal; Java cannot tell for stderr alone. */
    static ProgressListener forStderr() {
        return Boolean.getBoolean("narrascope.tty") ? new ProgressBar(System.err) : ProgressListener.NONE;
    }

    @Override
    public synchronized void inputsRead(int done, int total) {
        if (total < MIN_INPUTS) return;
        int percent = done * 100 / total;
        // threads report out of order; a late, smaller count must not redraw a finished bar
        if (percent <= shownPercent) return;
        shownPercent = percent;
        int filled = done * WIDTH / total;
        out.print("\r[" + "#".repeat(filled) + " ".repeat(WIDTH - filled) + "] " + done + "/" + total + " inputs");
        if (done == total) out.print("\r" + " ".repeat(WIDTH + 30) + "\r");
        out.flush();
    }
}
