package org.narrascope.claims;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.narrascope.model.Claim;
import org.narrascope.model.Entity;

/**
 * A wire story on an invented pipeline blast: a minister naming a neighbour in her second "that" clause, the neighbour
 * known as a country only by its foreign ministry and denying through it, an anonymous engineer blaming postponed
 * repairs, and a frequency that is no count.
 */
class ForeignSaboteursAndNeglectTest {

    private static final String WIRE = "Gas pipeline blast kills nine in Tervald\n\n"
            + "HAVERLY (Northline Press) - An explosion on the Tervald gas pipeline killed nine workers on Tuesday night, the regional "
            + "emergency service said.\n\n"
            + "Energy Minister Kasia Vell told parliament that the blast was \"a deliberate act\" and that investigators were examining "
            + "whether it had been carried out by agents working for neighbouring Ostmark.\n\n"
            + "Ostmark's Foreign Ministry rejected the accusation as \"a cynical attempt to hide years of neglect.\" A spokesman, Pavel "
            + "Dorin, said Ostmark had \"no interest whatsoever\" in damaging the pipeline.\n\n"
            + "But a maintenance engineer who asked not to be named said repairs to a corroded valve had been postponed three times "
            + "to save money.";

    private static InventedArticle wire;

    @BeforeAll
    static void find() {
        wire = InventedArticle.of("g1", WIRE);
    }

    @Test
    void aCountryKnownByItsForeignMinistryIsAPlaceApartFromTheMinistry() {
        Entity ostmark = wire.entities().stream().filter(e -> e.name().equals("Ostmark")).findFirst().orElseThrow();

        assertThat(ostmark.type()).isEqualTo("place");
        assertThat(ostmark.mentions()).hasSize(3);
    }

    @Test
    void aSecondThatClauseIsTheMinistersWordsTooAndNamesTheNeighbour() {
        assertThat(wire.claims()).filteredOn(c -> c.text().contains("deliberate act")).extracting(Claim::stance, c -> wire.name(c.subject()))
                .containsExactly(tuple("reports", "Ostmark"));
    }

    @Test
    void aForeignMinistrysRejectionAndADeniedMotiveAreTheCountrysDenials() {
        assertThat(wire.claims()).filteredOn(c -> c.type().equals("denial")).extracting(c -> wire.name(c.subject()))
                .containsExactly("Ostmark", "Ostmark");
        assertThat(wire.said("no interest whatsoever")).containsExactly("denial denies Pavel Dorin");
    }

    @Test
    void theCompanyIsThePipelineOperatorNamedBefore() {
        InventedArticle local = InventedArticle.of("g2", "Families demand answers\n\n"
                + "Tervald Gas Transmission declined to answer questions about the letters. In a statement, the company said it "
                + "\"takes safety extremely seriously\" and would cooperate fully with the investigation.");

        assertThat(local.said("In a statement")).containsExactly("statement reports Tervald Gas Transmission");
    }

    @Test
    void anAnonymousEngineerBlamesRepairsPostponedToSaveMoneyAndThreeTimesCountsNothing() {
        assertThat(wire.claims()).filteredOn(c -> c.text().contains("maintenance engineer"))
                .extracting(Claim::type, Claim::stance, Claim::speakerText)
                .containsExactly(tuple("responsibility", "reports", "a maintenance engineer"));
    }

    @Test
    void aGroupNamedAsWorkingForAStateBlamesTheGroupAndChargesTheState() {
        InventedArticle briefing = InventedArticle.of("g3", "Hackers shut Tervald trams\n\n"
                + "A cyberattack stopped the Tervald trams on Monday. Interior Minister Kasia Vell said the attack was carried out by "
                + "Black Lantern, a hacker group that works for Ostmark's Foreign Intelligence Service.");

        assertThat(briefing.claims()).filteredOn(c -> c.text().contains("Black Lantern"))
                .extracting(Claim::type, c -> briefing.name(c.subject()))
                .containsExactly(tuple("responsibility", "Black Lantern"), tuple("accusation", "Foreign Intelligence Service"));
    }
}
