package org.narrascope.claims;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The ways an article or a speaker sets itself against a claim without the word "deny", in an
 * invented fact check: a discredited claim ("falsely claim"), evidence set against an account
 * ("contrary to", "is not supported by"), a negative finding ("found no"), what someone pretends,
 * and a quoted denial whose verb has a hearer ("he told a radio station"); and, in an invented wire
 * story, what someone who has just rejected the blame goes on to say.
 */
class DenialClassesTest {

    private static final String TEXT = "Fact check: the Varrow mine blast\n\n"
            + "By Tomas Grell, Lantern Review\n\n"
            + "Mining Minister Odile Sarn said the Kessian Miners' Union had planted explosives in the Varrow mine. "
            + "\"Our members had nothing to do with the blast,\" union chairman Paul Ember told a radio station. "
            + "Messages shared on social media falsely claim that forty miners died. "
            + "Contrary to the minister's account, the inspectors' report shows that the blast began in a gas pocket. "
            + "Investigators found no detonators in the shaft. "
            + "Our verdict: the minister's claim that the union planted explosives is not supported by the evidence. "
            + "Kessia must stop pretending that this was sabotage.";

    private static final String WIRE = "Harbour spill\n\n"
            + "The Fisheries Council accused the Dunmore Harbour Board of hiding an oil spill. "
            + "Lena Tor, the board's director, rejected the charge as absurd. "
            + "\"Every tank was inspected last week,\" she said. "
            + "She said inspectors from the Fisheries Council had signed every report. "
            + "Tor said council boats had opened fire on the board's inspectors in March.";

    private static InventedArticle article;
    private static InventedArticle wire;

    @BeforeAll
    static void run() {
        article = InventedArticle.of("fc", TEXT);
        wire = InventedArticle.of("wire", WIRE);
    }

    @Test
    void whatARejecterGoesOnToSayIsTheirSideUnlessItChargesSomeoneElse() {
        assertThat(wire.said("Every tank was inspected")).containsExactly("denial denies Lena Tor");
        assertThat(wire.said("opened fire")).containsExactly("accusation reports Lena Tor");
        // naming the accuser does not make them the party the denial is about
        assertThat(wire.claims()).filteredOn(c -> c.text().contains("signed every report"))
                .extracting(c -> c.type() + " " + wire.name(c.subject())).singleElement().asString()
                .startsWith("denial").doesNotContain("Fisheries Council");
    }

    @Test
    void aQuotedDenialTrailedByAVerbOfTellingIsTheSpeakers() {
        assertThat(article.said("Our members had nothing")).containsExactly("denial denies Paul Ember");
    }

    @Test
    void aClaimTheArticleCallsFalseIsDeniedByIt() {
        assertThat(article.said("falsely claim")).containsExactly("quantity denies -");
    }

    @Test
    void evidenceSetAgainstAnAccountDeniesIt() {
        assertThat(article.said("Contrary to", "found no detonators", "stop pretending")).containsOnly("responsibility denies -");
        assertThat(article.said("not supported by")).contains("responsibility denies -");
    }
}
