package org.narrascope.claims;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import org.junit.jupiter.api.Test;
import org.narrascope.model.Claim;
import org.narrascope.model.Entity;

/** An invented gas blast at a shopping arcade: a supplier called by its first word, blamed, and blaming a fitter in turn. */
class ArcadeGasBlastTest {

    private static final InventedArticle REPORT = InventedArticle.of("g1", "Gas blast at Hollin Arcade\n\n"
            + "A gas explosion destroyed the food hall in the west wing of the Hollin Arcade, in Dorrin's Maple district, shortly after 14:10 on Sunday afternoon. "
            + "Corvane Energy Networks supplies gas to the arcade. "
            + "Shop owners accused Corvane Energy Networks of ignoring their complaints about a smell of gas. "
            + "Corvane says it has no record of any complaint. "
            + "Corvane said the leak had come from pipework installed by Tellis Fitters, a firm hired by the arcade. "
            + "An engineer at Corvane, who asked not to be named, said the pipes were old.");

    @Test
    void aSupplierCalledByItsFirstWordIsTheFirmNotAPlace() {
        assertThat(REPORT.entities()).filteredOn(e -> e.name().startsWith("Corvane"))
                .extracting(Entity::name, Entity::type).containsExactly(tuple("Corvane Energy Networks", "organization"));
    }

    @Test
    void theBlamedFirmNamingAnotherPartyDeniesAndBlamesIt() {
        assertThat(REPORT.claims()).filteredOn(c -> c.text().contains("installed by"))
                .extracting(Claim::type, c -> REPORT.name(c.subject()))
                .containsExactlyInAnyOrder(tuple("denial", "Corvane Energy Networks"), tuple("accusation", "Tellis Fitters"));
    }

    @Test
    void whenAndWhereTheBlastStruckInTheArticlesOwnWords() {
        assertThat(REPORT.said("destroyed the food hall")).containsExactlyInAnyOrder("time asserts -", "place asserts -");
    }
}
