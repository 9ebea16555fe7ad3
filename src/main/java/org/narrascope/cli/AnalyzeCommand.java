package org.narrascope.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.narrascope.AnalysisPipeline;
import org.narrascope.ingest.Ingest;
import org.narrascope.ingest.IngestResult;
import org.narrascope.ingest.Limits;
import org.narrascope.language.LanguageIdentifier;
import org.narrascope.model.Analysis;
import org.narrascope.model.Skipped;
import org.narrascope.narratives.Taxonomy;
import org.narrascope.report.AnalysisJson;
import org.narrascope.report.HtmlReport;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "analyze",
        mixinStandardHelpOptions = true,
        sortOptions = false,
        description = {
            "Reads articles and writes analysis.json and report.html to the output folder.",
            "",
            "Inputs can be files, folders (read recursively), globs (quote them: \"news/**.html\"),",
            "http(s) URLs of pages or feeds, and - for standard input. Formats: plain text,",
            "Markdown, HTML pages, JSON, JSON Lines, RSS/Atom feeds, WARC and WARC.gz archives.",
            "",
            "An input that cannot be read is listed on stderr and under \"skipped\" in",
            "analysis.json with the reason; every other input is still analysed."},
        footer = {
            "",
            "Exit status: 0 when at least one article was analysed; 1 when none could be read,",
            "or with --strict when any input was skipped; 2 for a command-line mistake.",
            "",
            "Examples:",
            "  narrascope analyze examples/ --out out/",
            "  narrascope analyze \"archive/**.warc.gz\" feed.xml --max-size 200MB",
            "  curl -s https://example.org/story | narrascope analyze - --out story/"})
final class AnalyzeCommand implements Callable<Integer> {

    @Parameters(arity = "1..*", paramLabel = "INPUT", description = "Files, folders, globs, URLs, or - for stdin.")
    List<String> inputs;

    @Option(names = {"-o", "--out"}, paramLabel = "DIR", defaultValue = "out",
            description = "Folder for analysis.json and report.html (default: ${DEFAULT-VALUE}).")
    Path out;

    @Option(names = "--max-size", paramLabel = "SIZE", defaultValue = "50MB",
            description = "Largest input file (for web archives: largest page) to read, e.g. 50MB, 512KB (default: ${DEFAULT-VALUE}).")
    String maxSize;

    @Option(names = "--languages", paramLabel = "CODES", split = ",",
            description = "ISO 639-1 codes of the languages to tell apart (default: en,ru,uk,pt,bg,hi,de,fr,es,it,pl).")
    List<String> languages;

    @Option(names = "--no-embeddings",
            description = {"Run without the sentence-embedding model where it can be left out: faster, but reuse misses",
                "paraphrases that share few words or names, and roles, narratives and techniques are not run.",
                "Claims still read each claim's sentence with it."})
    boolean noEmbeddings;

    @Option(names = "--taxonomy", paramLabel = "FILE",
            description = {"A narrative taxonomy of your own (label<TAB>text lines: 'Domain: Narrative' and",
                "'Domain: Narrative: Subnarrative' with a description, then example sentences), looked for",
                "zero-shot beside the shipped ones. Repeatable."})
    List<Path> taxonomies;

    @Option(names = "--deep",
            description = "Add CoreNLP's statistical coreference: pronouns (\"she said\") are resolved to the people and groups they stand for. Several times slower.")
    boolean deep;

    @Option(names = "--strict", description = "Exit with status 1 if any input is skipped.")
    boolean strict;

    @Option(names = "--no-report", description = "Write analysis.json only.")
    boolean noReport;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter stdout = spec.commandLine().getOut();
        PrintWriter stderr = spec.commandLine().getErr();
        Ingest.Options options;
        try {
            options = new Ingest.Options(new Limits(Limits.parseSize(maxSize)),
                    languages == null ? LanguageIdentifier.DEFAULT_LANGUAGES : languages);
            LanguageIdentifier.requireKnown(options.languages());
        } catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage());
        }

        Taxonomy taxonomy;
        try {
            taxonomy = Taxonomy.withFiles(taxonomies == null ? List.of() : taxonomies);
        } catch (IOException | IllegalArgumentException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--taxonomy: " + e.getMessage());
        }

        IngestResult read = new Ingest(options).read(inputs, ProgressBar.forStderr());
        for (Skipped s : read.skipped()) {
            stderr.println("skipped " + s.source() + ": " + s.reason());
        }
        stderr.flush();
        if (read.articles().isEmpty()) {
            stderr.println("error: no article could be read from " + String.join(" ", inputs));
            return 1;
        }
        List<String> notes = new ArrayList<>();
        Analysis analysis = AnalysisPipeline.analyze(read, !noEmbeddings, deep, taxonomy, notes::add);
        try {
            AnalysisJson.write(analysis, out.resolve("analysis.json"));
            if (!noReport) HtmlReport.write(analysis, out.resolve("report.html"));
        } catch (IOException e) {
            stderr.println("error: cannot write to " + out + ": " + IoFailure.describe(e));
            return 1;
        }
        int sources = read.articles().stream().mapToInt(a -> a.sources().size()).sum();
        stdout.printf("Analysed %d article%s from %d source%s; %d input%s skipped.%n",
                read.articles().size(), plural(read.articles().size()), sources, plural(sources),
                read.skipped().size(), plural(read.skipped().size()));
        int links = analysis.reuse().size();
        int families = analysis.families().size();
        int entities = analysis.entities().size();
        int claims = analysis.claims().size();
        stdout.printf("Found %d reuse link%s in %d story famil%s.%n", links, plural(links), families, families == 1 ? "y" : "ies");
        stdout.printf("Found %d entit%s and %d claim%s.%n", entities, entities == 1 ? "y" : "ies", claims, plural(claims));
        notes.forEach(stdout::println);
        stdout.println("Wrote " + out.resolve("analysis.json")
                + (!noReport ? " and " + out.resolve("report.html") : ""));
        return strict && !read.skipped().isEmpty() ? 1 : 0;
    }

    private static String plural(int n) {
        return n == 1 ? "" : "s";
    }

}
