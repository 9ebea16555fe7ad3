package org.narrascope.cli;

import java.nio.file.Path;
import java.util.Locale;
import picocli.CommandLine.Option;

/** Where the shared-task training data is, which language, and how many folds: common to eval and train. */
final class SharedTaskOptions {

    @Option(names = "--benchmarks", paramLabel = "DIR", defaultValue = "../shared/benchmarks",
            description = "Folder with the shared-task training data (default: ${DEFAULT-VALUE}).")
    Path benchmarks;

    @Option(names = "--language", paramLabel = "LANG",
            description = "Language folder of the shared task (default: English).")
    String language;

    @Option(names = "--folds", defaultValue = "5", description = "Cross-validation folds (default: ${DEFAULT-VALUE}).")
    int folds;

    /** The language as analyze names it (ISO 639-1): the folder name lower-cased, with the 2023 task's two own spellings. */
    String isoLanguage() {
        if (language == null) return "en";
        String folder = language.toLowerCase(Locale.ROOT);
        return switch (folder) {
            case "ge" -> "de";
            case "po" -> "pl";
            default -> folder;
        };
    }

    /** The language folder name; the tasks spell it differently ({@code en} in 2023, {@code EN} in 2025). */
    String language(String englishFolder) {
        if (language == null) return englishFolder;
        return Character.isUpperCase(englishFolder.charAt(0)) ? language.toUpperCase(Locale.ROOT) : language.toLowerCase(Locale.ROOT);
    }
}
