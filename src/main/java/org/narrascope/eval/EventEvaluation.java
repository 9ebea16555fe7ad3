package org.narrascope.eval;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.narrascope.AnalysisPipeline;
import org.narrascope.DataFile;
import org.narrascope.ingest.Ingest;
import org.narrascope.ingest.IngestResult;
import org.narrascope.learn.FeatureSpace;
import org.narrascope.model.Analysis;
import org.narrascope.model.Article;
import org.narrascope.model.Event;

/**
 * Events on real news: shared-task training articles grouped by hand into the stories they report
 * ({@code article<TAB>event} lines after a {@code # corpus: FOLDER} line naming their folder under the
 * benchmarks), against the events Narrascope finds in them (B-cubed), beside the two trivial
 * groupings: every article alone, and all in one event.
 */
public final class EventEvaluation {

    private static final String CORPUS = "# corpus:";
    /** Words of an event's name that say nothing of its story. */
    private static final Set<String> NOT_TELLING = notTelling();

    private EventEvaluation() {
    }

    public static void run(Path gold, Path benchmarks, PrintWriter out) throws IOException {
        if (!Files.isRegularFile(gold)) throw new IOException("no gold file at " + gold.toAbsolutePath());
        List<String> lines = Files.readAllLines(gold);
        String corpus = lines.stream().filter(l -> l.startsWith(CORPUS)).map(l -> l.substring(CORPUS.length()).strip()).findFirst()
                .orElseThrow(() -> new IOException(gold + ": no '" + CORPUS + "FOLDER' line naming the articles' folder under the benchmarks"));
        Path base = benchmarks.toAbsolutePath().normalize();
        Path folder = base.resolve(corpus).normalize();
        if (!folder.startsWith(base)) throw new IOException(gold + ": the corpus folder " + corpus + " is not inside the benchmarks folder");
        if (!Files.isDirectory(folder)) throw new IOException("no benchmarks folder at " + folder.toAbsolutePath() + " (the articles of " + gold + ")");
        Map<String, String> eventOf = new LinkedHashMap<>();
        for (String line : lines) {
            if (line.isBlank() || line.startsWith("#")) continue;
            String[] cols = line.split("\t");
            if (cols.length < 2) throw new IOException(gold + ": not article<TAB>event: " + line);
            eventOf.put(cols[0].strip(), cols[1].strip());
        }
        List<String> files = new ArrayList<>();
        for (String article : eventOf.keySet()) {
            Path file = folder.resolve(article + ".txt");
            if (!Files.isRegularFile(file)) throw new IOException("no article " + file.toAbsolutePath());
            files.add(file.toString());
        }
        IngestResult read = new Ingest(Ingest.Options.defaults()).read(files);
        Analysis analysis = AnalysisPipeline.analyze(read, false);
        Map<String, String> nameOf = new HashMap<>();
        for (Article a : read.articles()) nameOf.put(a.id(), Path.of(a.source()).getFileName().toString().replaceFirst("\\.txt$", ""));

        List<List<String>> goldEvents = List.copyOf(eventOf.keySet().stream()
                .collect(Collectors.groupingBy(eventOf::get, LinkedHashMap::new, Collectors.toList())).values());
        List<List<String>> found = analysis.events().stream().map(e -> e.articles().stream().map(nameOf::get).toList()).toList();
        out.printf("Events on real news: %d articles (%s), %d stories by hand (%s), %d with two articles or more.%n%n",
                eventOf.size(), folder, goldEvents.size(), gold, goldEvents.stream().filter(g -> g.size() > 1).count());
        out.printf("%-44s %6s %6s %6s %8s%n", "articles grouped by event, B-cubed", "P", "R", "F1", "events");
        row(out, "baseline: every article alone", Clustering.bCubed(goldEvents, Clustering.singletons(eventOf.keySet())), eventOf.size());
        row(out, "baseline: all one event", Clustering.bCubed(goldEvents, List.of(List.copyOf(eventOf.keySet()))), 1);
        row(out, "Narrascope", Clustering.bCubed(goldEvents, found), found.size());
        // a rough check of names: an event's name should say something its story's hand-made label says
        int named = 0;
        int shared = 0;
        for (Event e : analysis.events()) {
            if (e.articles().size() < 2) continue;
            String story = e.articles().stream().map(a -> eventOf.get(nameOf.get(a)))
                    .collect(Collectors.groupingBy(l -> l, Collectors.counting())).entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow().getKey();
            Set<String> labelWords = new HashSet<>(FeatureSpace.words(story));
            named++;
            if (FeatureSpace.words(e.name()).stream().anyMatch(w -> !NOT_TELLING.contains(w) && labelWords.contains(w))) shared++;
        }
        out.printf(Locale.ROOT, "names of events of two articles or more sharing a word with their story's hand-made label: %d of %d%n", shared, named);
        out.println();
        out.println("Largest events found (name: articles by their hand-made story):");
        analysis.events().stream().sorted(Comparator.comparingInt((Event e) -> -e.articles().size())).limit(10).forEach(e -> {
            Map<String, Long> stories = e.articles().stream().collect(Collectors.groupingBy(a -> eventOf.get(nameOf.get(a)), LinkedHashMap::new, Collectors.counting()));
            out.printf(Locale.ROOT, "  %s (%d): %s%n", e.name(), e.articles().size(), stories);
        });
        out.println();
        out.flush();
    }

    private static Set<String> notTelling() {
        Set<String> words = new HashSet<>(DataFile.FUNCTION_WORDS);
        words.addAll(List.of("event", "events")); // "events in X", the name of an event with no event word
        return Set.copyOf(words);
    }

    private static void row(PrintWriter out, String label, double[] score, int events) {
        out.printf(Locale.ROOT, "%-44s %6.3f %6.3f %6.3f %8d%n", label, score[0], score[1], score[2], events);
    }
}
