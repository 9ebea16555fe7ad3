package org.narrascope.claims;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * An invented blast at a bus station: a minister saying where the weapon came from or where the attack was planned
 * charges that state, but saying no weapon came from a state's soil does not; a fact check finding the charge false
 * disputes who did it.
 */
class OriginOfTheWeaponTest {

    @Test
    void whereTheWeaponCameFromOrTheAttackWasPlannedIsACharge() {
        InventedArticle wire = InventedArticle.of("o1", "Blast at Varno bus station\n\n"
                + "An explosion at the Varno bus station killed 9 people on Saturday. "
                + "Defence Minister Ivo Brand said military radar had tracked a small drone crossing the river from Dostravia minutes before the explosion. "
                + "\"This was a Dostravian drone, launched from Dostravian soil,\" Brand told reporters. "
                + "Interior Minister Ana Vell said the attack had been planned in Dostravia. "
                + "\"No drone and no shell was fired from Dostravian territory,\" a Dostravian foreign ministry spokesman, Eno Sark, said.");

        assertThat(wire.said("tracked a small drone", "launched from Dostravian soil", "planned in Dostravia"))
                .containsExactly("accusation reports Ivo Brand", "accusation reports Ivo Brand", "accusation reports Ana Vell");
        assertThat(wire.said("No drone and no shell")).noneMatch(said -> said.startsWith("accusation"));
    }

    @Test
    void aChargeAFactCheckFindsFalseDisputesWhoDidIt() {
        InventedArticle check = InventedArticle.of("o2", "Varno blast: a viral claim checked\n\n"
                + "Claim: A nationalist website accuses Dostravia of planting a bomb at the Varno bus station.\n\n"
                + "Verdict: False. Investigators found the remains of a gas cylinder.");

        assertThat(check.said("Verdict")).containsExactly("responsibility denies -");
    }

    @Test
    void theHandwritingOfAServiceNamesItAsTheCulprit() {
        InventedArticle agency = InventedArticle.of("o3", "Blast at Varno bus station\n\n"
                + "An explosion at the Varno bus station killed 9 people on Saturday. "
                + "MP Lena Orsk stated: \"The handwriting of the Dostravian Intelligence Bureau is clearly visible.\"");

        assertThat(agency.said("The handwriting of")).hasSize(1).allMatch(said -> said.matches("(?:responsibility|accusation) reports Lena Orsk"));
    }
}
