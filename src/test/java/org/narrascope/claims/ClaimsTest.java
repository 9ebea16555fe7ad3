package org.narrascope.claims;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.narrascope.Fixtures;
import org.narrascope.entities.Entities;
import org.narrascope.model.Article;
import org.narrascope.model.Claim;
import org.narrascope.model.Entity;
import org.narrascope.nlp.Annotations;

/** Who says what in the bundled examples: the wire story's claim, accusation, denial and count, and the op-ed's question. */
class ClaimsTest {

    private static List<Article> articles;
    private static List<Entity> entities;
    private static List<Claim> claims;

    @BeforeAll
    static void find() {
        articles = Fixtures.ingest(Path.of("examples")).articles();
        Annotations annotations = Annotations.of(articles);
        entities = Entities.find(articles, annotations);
        claims = Claims.find(articles, annotations, entities);
    }

    @Test
    void claimOfResponsibilityNamesTheGroupAsSubject() {
        Claim c = claim("04_wire", "claimed responsibility");

        assertThat(c.type()).isEqualTo("responsibility");
        assertThat(name(c.subject())).isEqualTo("Northern Liberation Front");
    }

    @Test
    void quotedDenialIsADenialByItsSpeaker() {
        Claim c = claim("04_wire", "nothing to do with this tragedy");

        assertThat(c.type()).isEqualTo("denial");
        assertThat(c.stance()).isEqualTo("denies");
        assertThat(name(c.speaker())).isEqualTo("Mirela Daskova");
    }

    @Test
    void attributedCountIsAReportedQuantity() {
        Claim c = claim("04_wire", "Police detained four suspects");

        assertThat(c.type()).isEqualTo("quantity");
        assertThat(c.stance()).isEqualTo("reports");
        assertThat(c.object()).isEqualTo("four detained");
    }

    @Test
    void rhetoricalQuestionInTheArticlesOwnVoice() {
        Claim c = claim("01_oped", "who benefits?");

        assertThat(c.stance()).isEqualTo("questions");
        assertThat(c.speaker()).isNull();
    }

    @Test
    void claimSpansHoldTheClaimText() {
        for (Claim c : claims) {
            Article a = articles.stream().filter(x -> x.id().equals(c.article())).findFirst().orElseThrow();
            assertThat(a.text().substring(c.span().start(), c.span().end())).isEqualTo(c.text());
        }
    }

    private static Claim claim(String source, String words) {
        String article = articles.stream().filter(a -> a.source().contains(source)).findFirst().orElseThrow().id();
        return claims.stream().filter(c -> c.article().equals(article) && c.text().contains(words)).findFirst()
                .orElseThrow(() -> new AssertionError("no claim with '" + words + "' in " + source));
    }

    private static String name(String entityId) {
        return entities.stream().filter(e -> e.id().equals(entityId)).map(Entity::name).findFirst().orElse(null);
    }
}
