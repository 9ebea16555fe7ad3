package org.narrascope.versions;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.narrascope.Fixtures;
import org.narrascope.entities.Entities;
import org.narrascope.model.Article;
import org.narrascope.model.Event;
import org.narrascope.nlp.Annotations;

/**
 * A quarry collapse told by a wire story and an explainer, an interview that names neither the collapse nor any other
 * event, and a results story about the same company (fixtures/events-alone): the interview joins the collapse by
 * the company and the town it shares with it; one shared name does not bring in the results.
 */
class ArticlesAloneTest {

    @Test
    void anArticleAloneJoinsTheEventItSharesRareNamesWith() {
        List<Article> articles = Fixtures.ingest(Fixtures.folder("events-alone")).articles();
        List<Event> events = EventFinder.find(articles, Entities.find(articles, Annotations.of(articles)), List.of());
        Map<String, String> fileOf = articles.stream().collect(Collectors.toMap(Article::id, a -> a.source().replaceAll(".*/|_.*", "")));

        assertThat(events).extracting(e -> e.articles().stream().map(fileOf::get).sorted().toList())
                .containsExactlyInAnyOrder(List.of("01", "02", "03"), List.of("04"));
    }
}
