package org.narrascope.claims;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.narrascope.model.Claim;

/**
 * Where an invented ferry sinking and train derailment happened: a distance that places the wreck is no count, an island
 * and a bridge named after a town are places, and a fact check's verdict on where foreign soldiers were seen disputes
 * their country, not the bridge; a date that dates something other than the event is no time of it.
 */
class PlacesOfTheEventTest {

    @Test
    void aDistanceOffAPortPlacesTheWreckAndAnIslandIsAPlace() {
        InventedArticle live = InventedArticle.of("p1", "The ferry Silver Gull sank in the Marl Strait shortly before midnight on 3 July, "
                + "about six kilometres off the port of Dunmore. The ship was on the last crossing of the evening to the island of Holm.");

        assertThat(live.said("sank in the Marl Strait")).containsExactly("time asserts -", "place asserts -");
        assertThat(live.said("the island of Holm")).containsExactly("place asserts -");
        assertThat(InventedArticle.of("p2", "The storm dropped 120 millimetres of rain on Dunmore in a day.").said("120 millimetres"))
                .containsExactly("quantity asserts -");
    }

    @Test
    void aBridgeOrRiverTheTrainFellFromIsWhereItHappened() {
        InventedArticle check = InventedArticle.of("p3", "Ardle bridge derailment: two viral claims checked\n\n"
                + "Stannia has rejected any link to the derailment.\n\n"
                + "Five days after a train left the rails on the Ardle bridge and fell into the River Tove on 9 May, claims about the "
                + "cause are spreading fast.\n\n"
                + "Claim: A widely shared post says Stannian soldiers were photographed on the Ardle bridge the night before.\n\n"
                + "Verdict: False. The photograph was taken in 2019.");

        assertThat(check.said("Five days after")).contains("place asserts -");
        assertThat(check.claims()).filteredOn(c -> c.text().startsWith("Verdict")).extracting(c -> check.name(c.subject()))
                .containsExactly("Stannia");
    }

    @Test
    void aTimeGivenToSomethingElseThanTheEventIsAPlainStatement() {
        InventedArticle wire = InventedArticle.of("p4", "The fire broke out at about 21:20 on Saturday in the east stand of the Harl stadium. "
                + "The stand's safety certificate expired on 30 June. "
                + "Before the fire, the stand had last been inspected in 2019.");

        assertThat(wire.said("The fire broke out")).containsExactly("time asserts -");
        assertThat(wire.said("safety certificate expired")).containsExactly("statement asserts -");
        assertThat(wire.said("last been inspected in 2019")).as("a year alone dates no event").doesNotContain("time asserts -");
    }

    @Test
    void aChargeThatAlsoSaysWhenAndWhereTheEventHappenedAnswersThoseQuestionsToo() {
        InventedArticle wire = InventedArticle.of("p5", "A wildfire destroyed 40 homes on Saturday. "
                + "Fire investigator Ivo Stenk said a sagging cable caused the blaze, which started in the village of Dorrel at about 15:15.");

        assertThat(wire.said("Ivo Stenk")).containsExactly("responsibility reports Ivo Stenk", "time reports Ivo Stenk", "place reports Ivo Stenk");
    }
}
