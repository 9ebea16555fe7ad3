package org.narrascope.claims;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.narrascope.model.Entity;

/**
 * An invented wire story on a protest broken up by police: a town in a dateline's capitals, a spokeswoman's "they" who
 * are not her own side, and a video an agency verified.
 */
class ProtestCrackdownTest {

    private static InventedArticle wire;

    @BeforeAll
    static void read() {
        wire = InventedArticle.of("protest", "Three dead as police break up square protest\n\n"
                + "TERVAN (Halden Press) - Three protesters were killed when police cleared Liberty Square on Saturday night, "
                + "hospital staff said.\n\n"
                + "Organisers of the protest, the Citizens' Forum, said the police had fired live rounds into the crowd. "
                + "\"They shot at unarmed people,\" said Forum spokeswoman Irena Dask.\n\n"
                + "A video verified by Halden Press shows an officer firing a rifle at the crowd.");
    }

    @Test
    void aTownInADatelinesCapitalsIsNamedInTitleCase() {
        assertThat(wire.entities()).extracting(Entity::name).contains("Tervan").doesNotContain("TERVAN");
    }

    @Test
    void theyWhoShotAreNotTheSpokeswomansOwnSide() {
        assertThat(wire.claims()).filteredOn(c -> c.text().contains("They shot")).extracting(c -> wire.name(c.subject())).doesNotContain("Citizens' Forum");
    }

    @Test
    void aVideoAnAgencyVerifiedShowsWhatTheArticleStates() {
        assertThat(wire.said("A video verified")).containsExactly("statement asserts -");
    }
}
