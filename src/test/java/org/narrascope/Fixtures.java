package org.narrascope;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.narrascope.ingest.Ingest;
import org.narrascope.ingest.IngestResult;
import org.narrascope.ingest.Limits;
import org.narrascope.language.LanguageIdentifier;
import org.narrascope.model.Article;

/** Fixture articles (written for these tests) and a shared ingest, so Lingua's models load once. */
public final class Fixtures {

    private static final Ingest INGEST = new Ingest(Ingest.Options.defaults());

    private Fixtures() {
    }

    public static String text(String name) {
        try (InputStream in = Fixtures.class.getResourceAsStream("/fixtures/" + name)) {
            if (in == null) throw new IllegalArgumentException("no fixture " + name);
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A fixture folder on the test class path, as a path (test resources are plain files). */
    public static Path folder(String name) {
        try {
            return Path.of(Fixtures.class.getResource("/fixtures/" + name).toURI());
        } catch (java.net.URISyntaxException | NullPointerException e) {
            throw new IllegalArgumentException("no fixture folder " + name, e);
        }
    }

    /** Copies a fixture into {@code dir} under its own name and returns the new path. */
    public static Path copy(String name, Path dir) {
        return write(dir.resolve(name), text(name));
    }

    public static Path write(Path file, String content) {
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            return Files.writeString(file, content, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static IngestResult ingest(Path... inputs) {
        return INGEST.read(java.util.Arrays.stream(inputs).map(Path::toString).toList());
    }

    public static IngestResult ingest(Limits limits, Path... inputs) {
        return new Ingest(new Ingest.Options(limits, LanguageIdentifier.DEFAULT_LANGUAGES))
                .read(java.util.Arrays.stream(inputs).map(Path::toString).toList());
    }

    /** The single article read from one fixture file. */
    public static Article article(String fixture, Path dir) {
        IngestResult result = ingest(copy(fixture, dir));
        List<Article> articles = result.articles();
        if (articles.size() != 1) {
            throw new AssertionError("expected one article from " + fixture + ", got " + articles + " skipped " + result.skipped());
        }
        return articles.get(0);
    }

    /** An invented article written in a test: its first line is the title, its source "id.txt". */
    public static Article invented(String id, String text) {
        return new Article(id, List.of(id + ".txt"), text.lines().findFirst().orElseThrow(), null, null, null, null, null, null, "en",
                text.split("\\s+").length, text);
    }
}
