package org.narrascope.claims;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import org.junit.jupiter.api.Test;
import org.narrascope.model.Claim;

/** Sources a wire describes by who questioned them ("analysts consulted by the broadcaster said"), in an invented pipeline story. */
class ReducedRelativeSpeakersTest {

    @Test
    void peopleConsultedOrInterviewedByAnOutletSpeakThemselves() {
        InventedArticle wire = InventedArticle.of("r1", "Questions over Tarnby pipeline blast\n\n"
                + "An explosion on the Tarnby gas pipeline killed three workers on Friday, the operator Velgas said. "
                + "Analysts consulted by the broadcaster said corrosion was the most likely cause. "
                + "Residents interviewed by the newspaper Morning Ledger pointed out that the pipe had been left to rot.");

        assertThat(wire.claims()).filteredOn(c -> c.text().contains(" by the "))
                .extracting(Claim::type, Claim::stance, Claim::speakerText)
                .containsExactly(tuple("responsibility", "reports", "Analysts"), tuple("accusation", "reports", "Residents"));
    }
}
