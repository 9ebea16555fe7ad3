package org.narrascope.claims;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Two parties who speak together each say it: "the board and the union blamed X" is a charge by each (invented warehouse fire). */
class SpeakersTogetherTest {

    private static final InventedArticle WIRE = InventedArticle.of("t1", "Fire at Merrow warehouse\n\n"
            + "A fire destroyed a warehouse in the port of Merrow on Sunday, killing three night watchmen. "
            + "The Merrow Harbour Board and the Dockers' Union of Vessany have blamed the logistics firm Kestrel Freight for the fire. "
            + "Kestrel Freight rejected the accusation. "
            + "Governor Alda Pell and the Coastal Guard Service have denied any involvement. "
            + "Officials and residents said the alarm sounded late.");

    @Test
    void aChargeMadeByTwoPartiesIsEachOnesCharge() {
        assertThat(WIRE.said("have blamed the logistics firm")).containsExactlyInAnyOrder(
                "accusation reports Merrow Harbour Board", "accusation reports Dockers' Union of Vessany");
    }

    @Test
    void aDenialMadeByTwoPartiesIsEachOnesDenial() {
        assertThat(WIRE.said("have denied any involvement")).containsExactlyInAnyOrder(
                "denial denies Alda Pell", "denial denies Coastal Guard Service");
    }

    @Test
    void speakersWhoNameNoOneOfTheirOwnStayOneVoice() {
        assertThat(WIRE.said("Officials and residents")).hasSizeLessThanOrEqualTo(1);
    }
}
