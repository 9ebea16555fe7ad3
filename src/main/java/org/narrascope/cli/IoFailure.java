package org.narrascope.cli;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.NoSuchFileException;

/** One line for a failed read or write: Java's own message for a missing file is the bare path. */
final class IoFailure {

    private IoFailure() {
    }

    static String describe(IOException e) {
        if (e instanceof NoSuchFileException) return "no such file or folder: " + e.getMessage();
        if (e instanceof AccessDeniedException) return "permission denied: " + e.getMessage();
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }
}
