package org.narrascope.claims;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** An invented water contamination story: a charge against several parties listed together, and the counts of the sick. */
class ChargesAgainstSeveralTest {

    @Test
    void aChargeAgainstAListIsOneAgainstEachParty() {
        InventedArticle wire = InventedArticle.of("l1", "Tap water poisons hundreds in Orlin\n\n"
                + "More than 400 people fell ill after drinking tap water in the town of Orlin on Sunday, the health ministry said. "
                + "Residents' leader Nell Varga accused Halvern Chemicals, Orlin Water Company and the Kestrel Water Inspectorate of ignoring warnings for years.");

        assertThat(wire.claims()).filteredOn(c -> c.text().contains("ignoring warnings")).extracting(c -> c.type() + " " + wire.name(c.subject()))
                .containsExactly("accusation Halvern Chemicals", "accusation Orlin Water Company", "accusation Kestrel Water Inspectorate");
    }

    @Test
    void thoseInHospitalAndThoseMadeIllAreCounted() {
        InventedArticle update = InventedArticle.of("l2", "Orlin water: the latest\n\n"
                + "The health ministry says 1,200 people have been made ill. Of those, 140 remain in hospital and two have died.");

        assertThat(update.claims()).extracting(c -> c.object()).containsExactly("1,200 ill", "140 hospital", "two died");
    }
}
