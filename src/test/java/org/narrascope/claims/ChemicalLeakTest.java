package org.narrascope.claims;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.narrascope.model.Claim;
import org.narrascope.model.Entity;

/**
 * A wire story on an invented chemical leak: a dateline naming the country before the agency, a plant owner and a grid
 * operator blaming each other, a regulator naming the likely source, a minister clearing the government and blaming the
 * company in one sentence, a group's claim on social media that the police call a hoax, and two injury counts.
 */
class ChemicalLeakTest {

    private static InventedArticle wire;

    @BeforeAll
    static void read() {
        wire = InventedArticle.of("leak", "Toxic cloud over Pellingford\n\n"
                + "PELLINGFORD, Marenland (Northwire) - At least nine people were killed after a cloud of chlorine gas escaped from the "
                + "Ostova Chemicals plant on Tuesday night, regional health officials said.\n\n"
                + "Ostova Chemicals rejected suggestions that it had ignored safety warnings.\n\n"
                + "The company said the leak was caused by a power surge from the grid operator, Marenland Power Lines, which knocked out "
                + "the plant's cooling pumps. Marenland Power Lines dismissed that account as \"pure invention\".\n\n"
                + "The state safety regulator, the Industrial Hazards Board, said a corroded valve on the main storage tank was the most "
                + "likely source of the leak.\n\n"
                + "Opposition leader Anika Sorell held the government responsible, saying ministers had cut the regulator's budget. "
                + "\"This disaster has the government's fingerprints all over it,\" she said.\n\n"
                + "Environment Minister Georg Halloway denied that budget cuts played any part and said the company alone was to blame.\n\n"
                + "A previously unknown group calling itself the Green Hand claimed on social media that it had released the gas. Police "
                + "said they had found no evidence to support the claim and described the post as a hoax.\n\n"
                + "Hospital officials put the number of injured at 140; the company says only 38 people needed treatment.");
    }

    @Test
    void theCountryInTheDatelineIsAPlaceOfItsOwnAndTheAgencyNoOtherName() {
        assertThat(wire.entities()).extracting(Entity::name, Entity::type).contains(tuple("Marenland", "place"));
        assertThat(wire.entities()).filteredOn(e -> e.name().equals("Marenland Power Lines")).flatExtracting(Entity::aliases).isEmpty();
        assertThat(wire.entities()).flatExtracting(Entity::aliases).doesNotContain("Northwire");
    }

    @Test
    void holdingSomeoneResponsibleAccusesThemAndHerNextQuotationIsHers() {
        assertThat(wire.said("held the government responsible", "fingerprints")).containsExactly(
                "accusation reports Anika Sorell", "responsibility reports Anika Sorell");
    }

    @Test
    void clearingTheGovernmentAndBlamingTheCompanyInOneSentenceAreTwoClaims() {
        assertThat(wire.claims()).filteredOn(c -> c.text().contains("alone was to blame"))
                .extracting(Claim::type, c -> wire.name(c.subject()))
                .containsExactlyInAnyOrder(tuple("denial", null), tuple("accusation", "Ostova Chemicals"));
    }

    @Test
    void aGroupClaimingOnSocialMediaThatItReleasedTheGasTakesTheBlameAndThePoliceDisputeIt() {
        assertThat(wire.claims()).filteredOn(c -> c.text().contains("released the gas") || c.text().contains("a hoax"))
                .extracting(Claim::type, Claim::stance, c -> wire.name(c.subject()))
                .containsExactly(tuple("responsibility", "reports", "Green Hand"), tuple("denial", "denies", "Green Hand"));
    }

    @Test
    void theLikelySourceOfTheLeakIsItsCause() {
        assertThat(wire.said("likely source")).containsExactly("responsibility reports Industrial Hazards Board");
    }

    @Test
    void peopleWhoNeededTreatmentAreCountedAndTheCompanyIsTheOneMostNamed() {
        assertThat(wire.claims()).filteredOn(c -> c.text().contains("needed treatment"))
                .extracting(Claim::object, c -> c.speaker() == null ? c.speakerText() : wire.name(c.speaker()))
                .containsExactlyInAnyOrder(tuple("140 injured", "Hospital officials"), tuple("38 treatment", "Ostova Chemicals"));
    }
}
