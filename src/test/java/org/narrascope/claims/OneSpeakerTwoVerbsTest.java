package org.narrascope.claims;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** One speaker, two verbs in one sentence: a claim for each when they say things of another kind, in invented stories. */
class OneSpeakerTwoVerbsTest {

    @Test
    void aCountAndADenialByOneSpeakerAreTwoClaims() {
        InventedArticle wire = InventedArticle.of("v1", "Stadium fire in Tarvel\n\n"
                + "A fire swept through the north stand of the Tarvel stadium on Saturday, killing nine fans. "
                + "Tarvel City Police said 34 people had been arrested and denied that officers had fired tear gas into the stand.");

        assertThat(wire.said("34 people")).containsExactlyInAnyOrder("quantity reports Tarvel City Police", "denial denies Tarvel City Police");
    }

    @Test
    void aDenialAndAChargeInReturnAreTwoClaims() {
        InventedArticle wire = InventedArticle.of("v3", "Refinery blast in Orlin\n\n"
                + "An explosion at the Orlin refinery in Tolmaria killed six workers on Monday. "
                + "Tolmaria's Interior Minister Jan Vesk blamed saboteurs sent by Velmark. "
                + "Velmark's Prime Minister Ada Sorn called the explosion an industrial accident and said Tolmaria was looking for a scapegoat.");

        assertThat(wire.said("Ada Sorn called")).containsExactlyInAnyOrder("denial denies Ada Sorn", "accusation reports Ada Sorn");
    }

    @Test
    void aSecondVerbThatSaysNothingOfAnotherKindIsNoClaimOfItsOwn() {
        InventedArticle wire = InventedArticle.of("v2", "Stadium fire in Tarvel\n\n"
                + "A fire swept through the north stand of the Tarvel stadium on Saturday, killing nine fans. "
                + "Tarvel City Police said 34 people had been arrested and added that the stadium would stay closed.");

        assertThat(wire.said("34 people")).containsExactly("quantity reports Tarvel City Police");
    }
}
