package org.narrascope.claims;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import org.junit.jupiter.api.Test;
import org.narrascope.model.Claim;

/**
 * A regional report and a wire brief on an invented hospital power cut: two tolls in one sentence from two sources, one
 * told in an aside after a clause the parser hangs it from, patients counted as the dead, and a contractor shifting the
 * blame onto the board that refused to pay.
 */
class HospitalPowerCutTest {

    @Test
    void twoTollsInOneSentenceAreTheirSourcesAndPatientsWhoDiedAreTheDead() {
        InventedArticle report = InventedArticle.of("h1", "Power cut at Linmoor hospital\n\n"
                + "Four patients died when the power failed at Linmoor General Hospital on Saturday night, their families say, "
                + "although the Linmoor Health Board has so far confirmed only two deaths.");

        assertThat(report.claims()).extracting(Claim::object, Claim::stance, Claim::speakerText)
                .containsExactlyInAnyOrder(tuple("Four died", "reports", "their families"), tuple("two deaths", "reports", "the Linmoor Health Board"));
    }

    @Test
    void aContractorSayingTheBoardRefusedToPayAndCutsInSpendingCharge() {
        InventedArticle report = InventedArticle.of("h2", "Linmoor hospital deaths\n\n"
                + "Health minister Tomas Brede said the contractor Corlane Facilities was responsible. "
                + "The company denied the allegation. Its managing director, Elise Varn, said the firm had warned the health board "
                + "that the generators needed replacing, and that the board had refused to pay for new ones. "
                + "Councillor Ruth Anand said the board's budget papers showed that spending on equipment had been cut by a third since 2021.");

        assertThat(report.said("The company denied")).containsExactly("denial denies Corlane Facilities");
        assertThat(report.said("refused to pay")).containsExactly("accusation reports Elise Varn");
        assertThat(report.said("spending on equipment")).containsExactly("accusation reports Ruth Anand");
    }
}
