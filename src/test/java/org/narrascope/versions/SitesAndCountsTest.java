package org.narrascope.versions;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.narrascope.Fixtures;
import org.narrascope.claims.Claims;
import org.narrascope.entities.Entities;
import org.narrascope.model.Article;
import org.narrascope.model.Entity;
import org.narrascope.model.Question;
import org.narrascope.nlp.Annotations;

/**
 * Where and how many, on invented articles: the place an event is named after answers "where?" for every article of it
 * that names the place, and the wounded and those in custody are counts of their own.
 */
class SitesAndCountsTest {

    @Test
    void everyArticleNamingThePlaceTheEventIsNamedAfterSetsItThere() {
        EventVersions.Result versions = versions(
                Fixtures.invented("s1", "Fire destroys bus depot in Tollen\n\n"
                        + "A fire destroyed the municipal bus depot in Tollen on Monday night, killing three drivers, the fire service said."),
                Fixtures.invented("s2", "Tollen depot fire: the questions nobody answers\n\n"
                        + "Three drivers are dead and the depot is a shell. Tollen deserves answers from the company that ran it. "
                        + "Mayor Ina Rusk said Tollen would rebuild."));

        assertThat(versions.events()).extracting(e -> e.name()).containsExactly("Tollen fire");
        assertThat(answer(versions, "where", "Tollen").assertedBy()).containsExactlyInAnyOrder("s1", "s2");
    }

    @Test
    void theWoundedAndThoseInCustodyAreCountsOfTheirOwn() {
        EventVersions.Result versions = versions(Fixtures.invented("c1", "Blast at Varno market\n\n"
                + "An explosion tore through the market in Varno on Saturday, killing 9 people and wounding 31, the Health Ministry said. "
                + "A police spokeswoman said four people were in custody."));

        assertThat(answer(versions, "how many were injured", "31").reportedBy()).containsExactly("c1");
        assertThat(answer(versions, "how many were detained", "4").reportedBy()).containsExactly("c1");
    }

    private static EventVersions.Result versions(Article... written) {
        List<Article> articles = List.of(written);
        Annotations annotations = Annotations.of(articles);
        List<Entity> entities = Entities.find(articles, annotations);
        return EventVersions.of(articles, List.of(), Claims.find(articles, annotations, entities), entities);
    }

    private static Question.Answer answer(EventVersions.Result versions, String question, String answer) {
        return versions.questions().stream().filter(q -> q.text().startsWith(question)).flatMap(q -> q.answers().stream())
                .filter(a -> a.answer().equals(answer)).findFirst()
                .orElseThrow(() -> new AssertionError("no answer " + answer + " to '" + question + "' in " + versions.questions()));
    }
}
