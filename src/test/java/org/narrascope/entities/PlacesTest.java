package org.narrascope.entities;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.narrascope.model.Article;

/** Places fill in the country of mentions NER typed wrongly: here a capital taken for a person. */
class PlacesTest {

    private static final String TEXT = "Minsk has widened its strikes, and Sofia Brandt said Sofia would stay in Orne, not Minsk.";

    @Test
    void aCapitalTakenForAPersonIsItsCountryWhereItActsElseTheCityUnlessSomeoneInTheCorpusHasThatName() {
        Article article = new Article("a", List.of("a.txt"), null, null, null, null, null, null, null, "en", 17, TEXT);
        List<RawMention> mentions = List.of(person("Minsk", 0), person("Sofia Brandt", TEXT.indexOf("Sofia Brandt")),
                person("Sofia", TEXT.indexOf("Sofia would")), new RawMention("a", "Minsk", "person", TEXT.lastIndexOf("Minsk"),
                        TEXT.lastIndexOf("Minsk") + 5, null, null, false, false));

        assertThat(new Places(new Countries(), mentions, List.of(article)).resolve(mentions))
                .extracting(RawMention::text, RawMention::type, RawMention::country)
                .containsExactly(tuple("Minsk", "place", "Belarus"), tuple("Sofia Brandt", "person", null), tuple("Sofia", "person", null),
                        tuple("Minsk", "place", null));
    }

    private static RawMention person(String name, int at) {
        return new RawMention("a", name, "person", at, at + name.length(), null, null, true, false);
    }
}
