package org.narrascope.claims;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import org.junit.jupiter.api.Test;
import org.narrascope.model.Claim;

/**
 * A wire follow-up on an invented car park collapse, with an inquiry's first findings, and the first day's report:
 * a cause told after a dateline, "it said" for the body that published the findings, a rejected cause that names
 * nobody, blame that "lies with" someone unnamed, and an owner's quoted defence.
 */
class InquiryFindingsTest {

    private static final String FOLLOW_UP = "ORLEN (Coastline Wire) - The collapse of a multi-storey car park in Orlen that killed nine people "
            + "was caused by the removal of two support columns and years of neglected repairs, an inquiry's first findings said on Friday.\n\n"
            + "The interim report was published by the Orlen Structural Safety Council. "
            + "It said the operator, Parkway Holdings, had been told of widening cracks four times since 2021 and had not commissioned repairs.\n\n"
            + "The council rejected suggestions that the storm on Monday night was to blame.\n\n"
            + "Parkway Holdings disputed the findings. Its lawyer, Miriam Sowe, said the firm had never been told of any building work. "
            + "A union official, Aron Pike, said responsibility lay with the contractor who removed the columns.";

    private static final String FIRST_DAY = "Nine dead as Orlen car park collapses\n\n"
            + "A city councillor, Tomas Hebb, said a contractor had cut away two support columns during building work last spring without a permit.\n\n"
            + "Parkway Holdings said the car park had passed a structural survey in 2023. "
            + "\"We are devastated by this tragedy,\" a company spokesman said. "
            + "\"All required inspections were carried out and no safety concerns were raised.\"";

    @Test
    void aCauseToldAfterADatelineIsTheInquirysAndItSaidIsTheBodyThatPublished() {
        InventedArticle wire = InventedArticle.of("f1", FOLLOW_UP);

        assertThat(wire.claims()).filteredOn(c -> c.text().contains("was caused by the removal")).extracting(Claim::type, Claim::stance, Claim::speakerText)
                .contains(tuple("responsibility", "reports", "an inquiry's first findings"));
        assertThat(wire.said("widening cracks")).containsExactly("accusation reports Orlen Structural Safety Council");
        assertThat(wire.claims()).filteredOn(c -> c.text().contains("widening cracks")).extracting(c -> wire.name(c.subject()))
                .containsExactly("Parkway Holdings");
    }

    @Test
    void aRejectedCauseAndBlameLyingWithSomeoneUnnamedAreAboutNobodyNamedAndNeverBeingToldDenies() {
        InventedArticle wire = InventedArticle.of("f2", FOLLOW_UP);

        assertThat(wire.claims()).filteredOn(c -> c.text().startsWith("The council rejected")).extracting(Claim::type, Claim::subject)
                .containsExactly(tuple("denial", null));
        assertThat(wire.claims()).filteredOn(c -> c.text().startsWith("A union official")).extracting(Claim::type, Claim::subject)
                .containsExactly(tuple("responsibility", null));
        assertThat(wire.claims()).filteredOn(c -> c.text().startsWith("Its lawyer")).extracting(Claim::type, c -> wire.name(c.subject()))
                .containsExactly(tuple("denial", "Parkway Holdings"));
    }

    @Test
    void whoTracedACauseOrKeptTheRecordsIsNotWhoIsBlamed() {
        InventedArticle check = InventedArticle.of("t1", "Fact check: who started the market fire in Dunmere?\n\n"
                + "Posts claim that the fire was started by stallholders. That is false: the Dunmere Fire Service traced the first flames "
                + "to a junction box, not to any stall. Harrow Estates, the market's operator, says a heater at a food stall started the fire. "
                + "Fire Service records do not support that account: the heater was found switched off.");

        assertThat(check.claims()).filteredOn(c -> c.text().contains("traced the first flames")).extracting(Claim::type, c -> check.name(c.subject()))
                .containsExactly(tuple("responsibility", null));
        assertThat(check.claims()).filteredOn(c -> c.text().contains("records do not support")).extracting(c -> check.name(c.subject()))
                .doesNotContain("Dunmere Fire Service");
    }

    @Test
    void workWithoutAPermitIsAChargeAndTheOwnersInspectionsAreItsDefence() {
        InventedArticle day = InventedArticle.of("d1", FIRST_DAY);

        assertThat(day.said("without a permit")).containsExactly("accusation reports Tomas Hebb");
        assertThat(day.said("structural survey")).containsExactly("denial denies Parkway Holdings");
        assertThat(day.claims()).filteredOn(c -> c.text().contains("All required inspections")).extracting(Claim::type, Claim::stance, Claim::speakerText)
                .containsExactly(tuple("denial", "denies", "a company spokesman"));
    }

    @Test
    void anInquiryIsNotWhatItIsIntoAndACompanyAcceptingItsFindingsTakesTheBlame() {
        InventedArticle report = InventedArticle.of("q1", "Four drivers died when the Tarn road bridge fell in March.\n\n"
                + "A government inquiry into the collapse of the Tarn bridge has blamed its operator, Eastway Holdings, for failing to repair "
                + "corroded cables. The report said Eastway had known of the damage since 2020.\n\n"
                + "Eastway Holdings said it accepted the findings and apologised to the families. The transport agency, which was "
                + "responsible for checking the operator's work, said it would study the report.");

        assertThat(report.claims()).filteredOn(c -> c.text().startsWith("A government inquiry")).extracting(Claim::type, Claim::speakerText)
                .contains(tuple("accusation", "A government inquiry into the collapse of the Tarn bridge"));
        assertThat(report.said("had known of the damage")).containsExactly("accusation asserts -");
        assertThat(report.claims()).filteredOn(c -> c.text().startsWith("Eastway Holdings said")).extracting(Claim::type, c -> report.name(c.subject()))
                .containsExactly(tuple("responsibility", "Eastway Holdings"));
        assertThat(report.claims()).filteredOn(c -> c.text().startsWith("The transport agency")).extracting(Claim::type).doesNotContain("responsibility");
    }
}
