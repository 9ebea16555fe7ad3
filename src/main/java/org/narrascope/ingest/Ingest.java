package org.narrascope.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import java.util.stream.IntStream;
import org.narrascope.ingest.format.Format;
import org.narrascope.ingest.format.FormatReader;
import org.narrascope.language.LanguageIdentifier;
import org.narrascope.model.Article;
import org.narrascope.model.Skipped;

/**
 * The ingest stage: reads every input in any supported format, cleans and describes each article,
 * and merges exact duplicates. One bad input never stops the others: it is listed in
 * {@link IngestResult#skipped()} with its reason.
 */
public final class Ingest {

    /** Options a user can set; see {@code narrascope analyze --help}. */
    public record Options(Limits limits, List<String> languages) {

        public Options {
            languages = List.copyOf(languages);
        }

        public static Options defaults() {
            return new Options(Limits.defaults(), LanguageIdentifier.DEFAULT_LANGUAGES);
        }
    }

    private final Options options;
    private final ArticleAssembler assembler;
    private final Supplier<InputStream> stdin;

    public Ingest(Options options) {
        this(options, () -> System.in);
    }

    public Ingest(Options options, Supplier<InputStream> stdin) {
        this.options = options;
        this.assembler = new ArticleAssembler(new LanguageIdentifier(options.languages()));
        this.stdin = stdin;
    }

    public IngestResult read(List<String> arguments) {
        return read(arguments, ProgressListener.NONE);
    }

    public IngestResult read(List<String> arguments, ProgressListener progress) {
        List<Skipped> skipped = new ArrayList<>();
        List<Input> inputs = new InputResolver(options.limits(), stdin).resolve(arguments, skipped::add);
        AtomicInteger done = new AtomicInteger();
        List<PerInput> results = IntStream.range(0, inputs.size()).parallel()
                .mapToObj(i -> {
                    PerInput result = readOne(inputs.get(i));
                    progress.inputsRead(done.incrementAndGet(), inputs.size());
                    return result;
                })
                .toList();
        Map<String, Article> byId = new LinkedHashMap<>();
        for (PerInput result : results) {
            skipped.addAll(result.skipped());
            for (Article article : result.articles()) {
                byId.merge(article.id(), article, Ingest::mergeDuplicate);
            }
        }
        return new IngestResult(List.copyOf(byId.values()), skipped);
    }

    private record PerInput(List<Article> articles, List<Skipped> skipped) {
    }

    private PerInput readOne(Input input) {
        List<Article> articles = new ArrayList<>();
        List<Skipped> skipped = new ArrayList<>();
        try {
            Format format = Format.detect(input.fileName(), input.contentType(), head(input));
            FormatReader.of(format).read(input, options.limits(), doc -> {
                try {
                    articles.add(assembler.assemble(doc));
                } catch (IngestException e) {
                    skipped.add(new Skipped(doc.source(), e.getMessage()));
                } catch (RuntimeException | StackOverflowError e) {
                    skipped.add(new Skipped(doc.source(), unexpected(e)));
                }
            }, skipped::add);
        } catch (IngestException e) {
            skipped.add(new Skipped(input.source(), e.getMessage()));
        } catch (RuntimeException | StackOverflowError e) {
            // A library tripping over hostile input must cost this input (or record) only, never the batch.
            skipped.add(new Skipped(input.source(), unexpected(e)));
        }
        return new PerInput(articles, skipped);
    }

    static String unexpected(Throwable e) {
        return "cannot be read: " + e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage());
    }

    private static byte[] head(Input input) throws IngestException {
        try (InputStream in = input.open()) {
            return in.readNBytes(2048);
        } catch (IOException e) {
            throw new IngestException("cannot read: " + InputBytes.describe(e), e);
        }
    }

    /** The first copy keeps its metadata; later copies add their sources and fill what it lacks. */
    private static Article mergeDuplicate(Article first, Article copy) {
        List<String> sources = new ArrayList<>(first.sources());
        copy.sources().stream().filter(s -> !sources.contains(s)).forEach(sources::add);
        return new Article(first.id(), sources, first.title(), or(first.byline(), copy.byline()),
                or(first.translator(), copy.translator()), or(first.outlet(), copy.outlet()),
                or(first.published(), copy.published()), or(first.url(), copy.url()),
                or(first.provenance(), copy.provenance()), first.language(), first.words(), first.text());
    }

    private static String or(String a, String b) {
        return a != null ? a : b;
    }
}
