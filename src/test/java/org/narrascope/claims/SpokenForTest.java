package org.narrascope.claims;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Those who speak for someone, "the governor's office", "Minister X's lawyer", give that one's words (invented quarry blast). */
class SpokenForTest {

    private static final InventedArticle WIRE = InventedArticle.of("sf1", "Blast at Tervo quarry\n\n"
            + "An explosion at the Tervo quarry killed nine workers on Monday. "
            + "Opposition councillors blamed Governor Ilse Marrant, who had ordered the quarry reopened in May. "
            + "The governor's office said the accusation was \"a lie\". "
            + "Tervo District Police said two managers had been detained.");

    @Test
    void aPersonsOfficeSpeaksForThePerson() {
        assertThat(WIRE.said("The governor's office")).containsExactly("denial denies Ilse Marrant");
    }
}
