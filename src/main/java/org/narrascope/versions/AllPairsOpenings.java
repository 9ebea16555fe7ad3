package org.narrascope.versions;

import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.IntStream;
import org.narrascope.model.Article;

/**
 * The brute-force way to find which articles tell much the same story, kept as the baseline that
 * benchmarks measure the event grouping against: compare the openings of every pair of articles.
 */
public final class AllPairsOpenings {

    private AllPairsOpenings() {
    }

    /** Number of pairs whose openings reach {@link EventFinder#SAME_PERSON}, the lowest bar a join by words alone sets. */
    public static long similarPairs(List<Article> articles) {
        Openings openings = new Openings(articles, EventFinder.PHRASE_WINDOW, Set.copyOf(EventFinder.NOUNS), Set.of());
        AtomicLong found = new AtomicLong();
        IntStream.range(0, articles.size()).parallel().forEach(i -> {
            for (int j = i + 1; j < articles.size(); j++) if (openings.similarity(i, j) >= EventFinder.SAME_PERSON) found.incrementAndGet();
        });
        return found.get();
    }
}
