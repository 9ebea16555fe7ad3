package org.narrascope.claims;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.narrascope.model.Claim;
import org.narrascope.model.Entity;

/**
 * A feature on an invented coach crash: an operator saying its driver was not at fault and its owner going on with its
 * side, a garage whose check found nothing wrong, a line announcing other versions, a minister accused by his title, a
 * road called a death trap, and records of complaints "since" a year, which say nothing of when the crash happened.
 */
class BusCrashTest {

    private static InventedArticle feature;

    @BeforeAll
    static void read() {
        feature = InventedArticle.of("crash", "Who is to blame?\n\n"
                + "Three days after a coach carrying 52 pilgrims left the road above Orlenz and fell into the gorge, killing 23, the "
                + "arguments have only grown louder.\n\n"
                + "The coach operator, Valtra Tours, says the driver was not at fault. \"Our driver had twenty years' experience and a "
                + "clean record,\" said its owner, Benno Kraml.\n\n"
                + "Survivors tell a different story.\n\n"
                + "The garage, Orlenz Motor Works, said it had serviced the brakes in March and found nothing wrong.\n\n"
                + "Transport Minister Piet Sander said the government would set up an independent inquiry. Opposition deputies "
                + "accused the minister of ignoring years of warnings about the pass. \"Locals have called this road a death trap "
                + "for a decade,\" said deputy Mara Lenk.\n\n"
                + "The roads agency's own records show that residents filed complaints about the barrier since 2021.");
    }

    @Test
    void anOperatorSayingItsDriverWasNotAtFaultDeniesAndItsOwnerGoesOnWithItsSide() {
        assertThat(feature.claims()).filteredOn(c -> c.text().contains("not at fault") || c.text().contains("clean record"))
                .extracting(Claim::type, Claim::stance, c -> feature.name(c.subject()))
                .containsExactly(tuple("denial", "denies", "Valtra Tours"), tuple("denial", "denies", "Valtra Tours"));
    }

    @Test
    void aBodyThatRejectedTheBlameSpeaksForItselfThroughItsChairman() {
        InventedArticle report = InventedArticle.of("crash-2", "Coach crash\n\n"
                + "Police are examining whether the coach driver had been drinking. The Kestrian Drivers' Association (KDA) rejected "
                + "the suggestion on Monday. KDA chairman Otto Brenn said its members drive that pass every week without trouble.");

        assertThat(report.said("every week")).containsExactly("denial denies Otto Brenn");
    }

    @Test
    void aLineAnnouncingAnotherVersionIsNoClaim() {
        assertThat(feature.said("a different story")).containsExactly("(none)");
    }

    @Test
    void aGarageWhoseCheckFoundNothingWrongDenies() {
        assertThat(feature.said("found nothing wrong")).containsExactly("denial denies Orlenz Motor Works");
    }

    @Test
    void theMinisterAccusedByHisTitleIsTheMinisterNamedBefore() {
        assertThat(feature.claims()).filteredOn(c -> c.text().contains("accused the minister"))
                .extracting(Claim::type, c -> feature.name(c.subject())).containsExactly(tuple("accusation", "Piet Sander"));
    }

    @Test
    void aRoadCalledADeathTrapIsACharge() {
        assertThat(feature.said("death trap")).containsExactly("accusation reports Mara Lenk");
    }

    @Test
    void complaintsFiledSinceAYearSayNothingOfWhenTheCrashHappened() {
        assertThat(feature.claims()).filteredOn(c -> c.text().contains("since 2021")).extracting(Claim::type).doesNotContain("time");
    }

    @Test
    void aTownWrittenWherePlacesGoIsAPlaceApartFromTheGarageNamedAfterIt() {
        assertThat(feature.entities()).extracting(Entity::name, Entity::type)
                .contains(tuple("Orlenz", "place"), tuple("Orlenz Motor Works", "organization"));
    }
}
