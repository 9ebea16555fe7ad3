package org.narrascope.claims;

import static org.assertj.core.api.Assertions.assertThat;
import static org.narrascope.Fixtures.invented;

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

    @Test
    void theGovernmentIsNoStateTheArticleNamesOnlyByItsCapital() {
        InventedArticle corpus = InventedArticle.together(
                invented("sf2", "Pellmark blames Dostravia for silo fire\n\nThe Pellmarkian government blames Dostravia for the fire at the "
                        + "Harlow silo. Orsk rejects the Pellmarkian charge. Dostravia's Foreign Ministry was silent. Police in Orsk detained nobody. The Dostravians were angry."),
                invented("sf3", "A night nurse remembers the silo fire\n\n"
                        + "The government says 40 workers were treated for burns. Orsk says the fire was an accident."));

        assertThat(corpus.said("The government says")).noneMatch(c -> c.endsWith("Dostravia"));
        assertThat(corpus.said("Orsk says")).allMatch(c -> c.endsWith("Dostravia"));
    }
}
