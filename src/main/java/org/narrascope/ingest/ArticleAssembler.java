package org.narrascope.ingest;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import org.narrascope.ingest.clean.PageHeader;
import org.narrascope.ingest.clean.ParagraphFilter;
import org.narrascope.ingest.clean.TextCleaner;
import org.narrascope.language.LanguageIdentifier;
import org.narrascope.model.Article;

/**
 * Makes an {@link Article} of what a reader found: cleans the text, recovers header metadata
 * (format metadata wins where both exist), names the language, and derives the id from the text.
 */
final class ArticleAssembler {

    private final TextCleaner cleaner = TextCleaner.standard();
    private final PageHeader header = new PageHeader();
    private final LanguageIdentifier languages;

    ArticleAssembler(LanguageIdentifier languages) {
        this.languages = languages;
    }

    Article assemble(SourceDocument doc) throws IngestException {
        List<String> paragraphs = cleaner.clean(doc.text());
        if (paragraphs.isEmpty()) throw new IngestException("empty: nothing left once boilerplate is removed");
        PageHeader.Result head = header.read(paragraphs, doc.title());
        List<String> all = new ArrayList<>();
        if (head.title() != null) all.add(head.title());
        all.addAll(head.body());
        String text = String.join("\n\n", all);
        if (text.isBlank()) throw new IngestException("empty: nothing left once boilerplate is removed");
        return new Article(idOf(text), List.of(doc.source()), head.title(),
                firstNonNull(doc.byline(), head.byline()), head.translator(), firstNonNull(doc.outlet(), head.outlet()),
                firstNonNull(doc.published(), head.published()), doc.url(), head.provenance(),
                languages.identify(text), ParagraphFilter.words(text), text);
    }

    /** The same text always gets the same id, in any run, from any file. */
    static String idOf(String text) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash, 0, 6);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    private static String firstNonNull(String a, String b) {
        return a != null && !a.isBlank() ? a : b;
    }
}
