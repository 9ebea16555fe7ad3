package org.narrascope.entities;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.narrascope.Fixtures;
import org.narrascope.model.Article;
import org.narrascope.model.Entity;
import org.narrascope.model.Mention;

/** One entity per real thing across the bundled examples (planted variants in docs/examples-gold.md). */
class EntitiesTest {

    private static List<Article> articles;
    private static List<Entity> entities;

    @BeforeAll
    static void find() {
        articles = Fixtures.ingest(Path.of("examples")).articles();
        entities = Entities.find(articles);
    }

    @Test
    void acronymGivenInParenthesesAndSpellingVariantsJoinTheFullName() {
        Entity nlf = named("Northern Liberation Front");

        assertThat(nlf.type()).isEqualTo("organization");
        assertThat(nlf.aliases()).contains("NLF", "North Liberation Front");
        assertThat(named("Arvenian Secret Intelligence Bureau").aliases()).contains("ASIB");
    }

    @Test
    void surnamesAndTitledFormsJoinTheFullName() {
        Entity minister = named("Olga Ivanova");

        assertThat(minister.type()).isEqualTo("person");
        assertThat(minister.aliases()).contains("Ivanova", "Mrs Ivanova");
        assertThat(entities).filteredOn(e -> e.name().equals("Ivanova")).isEmpty();
    }

    @Test
    void mentionsPointAtTheNameInTheText() {
        Map<String, Article> byId = articles.stream().collect(Collectors.toMap(Article::id, Function.identity()));
        Entity minister = named("Olga Ivanova");
        for (Mention m : minister.mentions()) {
            assertThat(byId.get(m.article()).text().substring(m.span().start(), m.span().end())).contains("Ivanova");
        }
        assertThat(minister.mentions().stream().map(Mention::article).distinct().count()).isGreaterThan(3);
    }

    @Test
    void demonymsNameTheirCountryOnlyAsActors() {
        Article a = new Article("d1", List.of("d1"), null, null, null, null, null, null, null, "en", 40,
                "The British denied any role in the sabotage on Monday. A British court later heard the case. "
                        + "Ukrainians protested outside the embassy, and Britain recalled its envoy.");
        List<Entity> found = Entities.find(List.of(a));
        Entity uk = found.stream().filter(e -> e.name().equals("United Kingdom")).findFirst().orElseThrow();

        assertThat(uk.mentions()).extracting(m -> a.text().substring(m.span().start(), m.span().end()))
                .containsExactlyInAnyOrder("British", "Britain");
        assertThat(found).extracting(Entity::name).contains("Ukraine");
    }

    @Test
    void anAcronymDefinedOnceNamesTheOrganisationEverywhere() {
        Article first = new Article("a1", List.of("a1"), null, null, null, null, null, null, null, "en", 30,
                "The Union of Salt Marsh Fishermen (USMF) blocked the harbour on Tuesday, its leaders said.");
        Article second = new Article("a2", List.of("a2"), null, null, null, null, null, null, null, "en", 30,
                "Police removed the barricades on Wednesday. USMF leaders vowed to return next week.");
        List<Entity> found = Entities.find(List.of(first, second));
        Entity union = found.stream().filter(e -> e.name().equals("Union of Salt Marsh Fishermen")).findFirst().orElseThrow();

        assertThat(union.aliases()).contains("USMF");
        assertThat(union.mentions()).extracting(Mention::article).contains("a1", "a2");
    }

    @Test
    void salienceOrdersTheEntities() {
        assertThat(entities.get(0).salience()).isGreaterThanOrEqualTo(entities.get(entities.size() - 1).salience());
        assertThat(entities.stream().mapToDouble(Entity::salience).sum()).isBetween(0.99, 1.01);
    }

    private static Entity named(String name) {
        return entities.stream().filter(e -> e.name().equals(name)).findFirst()
                .orElseThrow(() -> new AssertionError("no entity " + name + " in " + entities.stream().map(Entity::name).toList()));
    }
}
