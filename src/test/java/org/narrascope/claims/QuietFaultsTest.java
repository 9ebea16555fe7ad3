package org.narrascope.claims;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Charges made without a word of blame: inspections skipped or never held, a danger known and kept quiet, money put
 * before safety, and a warning called blackmail. Each is an accusation, not a plain statement.
 */
class QuietFaultsTest {

    private static final String FIRE = "Depot fire kills four in Marrowby\n\n"
            + "A fire at the Marrowby bus depot killed four mechanics on Monday, the fire service said.\n\n";

    @Test
    void inspectionsSkippedOrNeverHeldAreAChargeAgainstWhoeverOwedThem() {
        InventedArticle skipped = InventedArticle.of("q1", FIRE
                + "The Marrowby Clarion reported that the city's Transport Safety Office skipped the annual depot fire inspections in 2022 and 2023.");
        InventedArticle never = InventedArticle.of("q2", FIRE
                + "Union official Dana Brisk said the fire checks due in 2024 never took place.");

        assertThat(skipped.said("skipped")).containsExactly("accusation reports Marrowby Clarion");
        assertThat(never.said("never took place")).containsExactly("accusation reports Dana Brisk");
    }

    @Test
    void aDangerKnownAndAFirmThatSavedMoneyAreCharges() {
        InventedArticle knew = InventedArticle.of("q3", FIRE + "\"The depot company knew,\" mechanic Ole Vasker said.");
        InventedArticle cheapest = InventedArticle.of("q4", FIRE
                + "Records show that Harrow Bus Services, whose chief executive pocketed a bonus of 300,000 crowns, picked the cheapest wiring on offer.");

        assertThat(knew.said("knew")).containsExactly("accusation reports Ole Vasker");
        assertThat(cheapest.said("cheapest")).containsExactly("accusation asserts -");
    }

    @Test
    void aWarningCalledBlackmailIsACharge() {
        InventedArticle trick = InventedArticle.of("q5", FIRE
                + "Two days before the fire, the Velsian embassy warned of an attack on transport. Transport Minister Olek Varnay called that warning "
                + "\"crude blackmail\".");

        assertThat(trick.said("blackmail")).containsExactly("accusation reports Olek Varnay");
    }
}
