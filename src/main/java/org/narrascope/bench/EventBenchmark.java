package org.narrascope.bench;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.narrascope.model.Article;
import org.narrascope.model.Entity;
import org.narrascope.model.Event;
import org.narrascope.model.Mention;
import org.narrascope.model.Span;
import org.narrascope.versions.AllPairsOpenings;
import org.narrascope.versions.EventFinder;

/**
 * Times the event grouping at growing corpus sizes, with the all-pairs comparison of openings
 * measured in the same run where it finishes. The synthetic names are Zipf-distributed, so the
 * commonest stand in most leads: the worst case for the joins by a shared place or person.
 */
public final class EventBenchmark {

    private static final Pattern NAME = Pattern.compile("\\b\\p{Lu}\\p{Ll}+\\b");

    private EventBenchmark() {
    }

    public static void run(List<Integer> sizes, int baselineUpTo, long seed, PrintWriter out) {
        out.printf(Locale.ROOT, "Event grouping on synthetic news-shaped articles (seed %d, %d cores, max heap %d MB)%n",
                seed, Runtime.getRuntime().availableProcessors(), Runtime.getRuntime().maxMemory() >> 20);
        out.printf(Locale.ROOT, "%9s %9s %11s %8s %14s %9s%n", "articles", "seconds", "articles/s", "events", "all-pairs s", "speed-up");
        out.flush();
        List<double[]> rows = new ArrayList<>();
        for (int n : sizes) {
            List<Article> articles = new SyntheticCorpus(seed).generate(n).articles();
            List<Entity> entities = entities(articles);
            System.gc();
            long start = System.nanoTime();
            List<Event> events = EventFinder.find(articles, entities, List.of());
            double seconds = (System.nanoTime() - start) / 1e9;
            String baseline = "skipped";
            String speedUp = "-";
            if (n <= baselineUpTo) {
                long t = System.nanoTime();
                AllPairsOpenings.similarPairs(articles);
                double allPairs = (System.nanoTime() - t) / 1e9;
                baseline = String.format(Locale.ROOT, "%.2f", allPairs);
                speedUp = String.format(Locale.ROOT, "%.1fx", allPairs / seconds);
            }
            rows.add(new double[] {n, seconds});
            out.printf(Locale.ROOT, "%9d %9.2f %11.0f %8d %14s %9s%n", n, seconds, n / seconds, events.size(), baseline, speedUp);
            out.flush();
        }
        GrowthExponents.print(rows, out);
        out.flush();
    }

    /** The capitalised names inside sentences, every other one a person and the rest places, with all their mentions. */
    private static List<Entity> entities(List<Article> articles) {
        Map<String, List<Mention>> mentions = new LinkedHashMap<>();
        for (Article a : articles) {
            Matcher m = NAME.matcher(a.text());
            while (m.find()) {
                // a capital after a full stop or a paragraph break starts a sentence: not a name
                boolean starts = m.start() == 0 || a.text().charAt(m.start() - 1) == '\n' || m.start() >= 2 && a.text().charAt(m.start() - 2) == '.';
                if (!starts) mentions.computeIfAbsent(m.group(), k -> new ArrayList<>()).add(new Mention(a.id(), new Span(m.start(), m.end())));
            }
        }
        List<Entity> out = new ArrayList<>();
        for (var e : mentions.entrySet()) {
            String type = out.size() % 2 == 0 ? "person" : "place";
            out.add(new Entity("e" + (out.size() + 1), e.getKey(), type, List.of(), e.getValue(), 0));
        }
        return out;
    }
}
