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

/** The place an invented event is named after answers "where?" for every article of it that names the place. */
class EventSiteTest {

    @Test
    void everyArticleNamingThePlaceTheEventIsNamedAfterSetsItThere() {
        Article wire = Fixtures.invented("s1", "Fire destroys bus depot in Tollen\n\n"
                + "A fire destroyed the municipal bus depot in Tollen on Monday night, killing three drivers, the fire service said.");
        Article column = Fixtures.invented("s2", "Tollen depot fire: the questions nobody answers\n\n"
                + "Three drivers are dead and the depot is a shell. Tollen deserves answers from the company that ran it. "
                + "Mayor Ina Rusk said Tollen would rebuild.");
        List<Article> articles = List.of(wire, column);
        Annotations annotations = Annotations.of(articles);
        List<Entity> entities = Entities.find(articles, annotations);
        EventVersions.Result versions = EventVersions.of(articles, List.of(), Claims.find(articles, annotations, entities), entities);

        assertThat(versions.events()).extracting(e -> e.name()).containsExactly("Tollen fire");
        Question where = versions.questions().stream().filter(q -> q.text().startsWith("where")).findFirst().orElseThrow();
        Question.Answer tollen = where.answers().stream().filter(a -> a.answer().equals("Tollen")).findFirst().orElseThrow();
        assertThat(tollen.assertedBy()).containsExactlyInAnyOrder("s1", "s2");
    }
}
