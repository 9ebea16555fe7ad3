package org.narrascope.claims;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.narrascope.entities.Entities;
import org.narrascope.model.Article;
import org.narrascope.model.Claim;
import org.narrascope.model.Entity;
import org.narrascope.nlp.Annotations;

/** One article the extractor fails on costs that article's claims, named with its file, and no one else's. */
class ClaimsBatchTest {

    private static final String WIRE = "Fire at Dorrin market\n\nA fire destroyed the Dorrin market on Monday, killing four traders, the fire service said.";
    private static final String OTHER = "Flood in Orme\n\nThe river burst its banks in Orme on Tuesday, and the mayor blamed the water board for the flooding.";

    @Test
    void anArticleTheExtractorCannotReadIsReportedAndTheOthersKeepTheirClaims() {
        List<Article> annotated = List.of(article("a", "a.txt", WIRE), article("b", "b.txt", OTHER));
        Annotations annotations = Annotations.of(annotated);
        List<Entity> entities = Entities.find(annotated, annotations);
        // the same article cut short after it was annotated: the parse's offsets run past its text
        List<Article> read = List.of(article("a", "a.txt", WIRE.substring(0, 40)), annotated.get(1));
        List<String> problems = new ArrayList<>();

        List<Claim> claims = Claims.find(read, annotations, entities, problems::add);

        assertThat(claims).isNotEmpty().allMatch(c -> c.article().equals("b"));
        assertThat(problems).singleElement().asString().startsWith("claims: none read from a.txt: ");
        assertThatThrownBy(() -> Claims.find(read, annotations, entities)).hasMessageContaining("a.txt");
    }

    private static Article article(String id, String source, String text) {
        return new Article(id, List.of(source), text.substring(0, text.indexOf('\n')), null, null, null, null, null, null, "en",
                text.split(" ").length, text);
    }
}
