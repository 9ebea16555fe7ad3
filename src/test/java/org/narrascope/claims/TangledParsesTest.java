package org.narrascope.claims;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import org.junit.jupiter.api.Test;
import org.narrascope.model.Claim;

/**
 * Sentences the parser misreads: sources described by who questioned them ("analysts consulted by the broadcaster said"),
 * a charge hung as the subject of the next clause, a quotation tangled around a charge; in invented stories.
 */
class TangledParsesTest {

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

    @Test
    void aChargeIsNotDisputedByTheNextClausesSpeaker() {
        InventedArticle report = InventedArticle.of("r2", "Blast at Dorrin mall\n\n"
                + "A gas explosion tore through the Dorrin mall on Saturday, killing nine people, the fire service said. "
                + "Within hours of the blast, posts on nationalist websites were blaming saboteurs from Velmoria, but police said there was no sign of foul play.");

        assertThat(report.claims()).filteredOn(c -> c.type().equals("accusation")).extracting(Claim::stance, Claim::speakerText, c -> report.name(c.subject()))
                .containsExactly(tuple("reports", "posts on nationalist websites", "Velmoria"));
    }

    @Test
    void aQuotationTheParserTanglesAroundAChargeIsStillRead() {
        // (the parser spreads the joined clause back over the verb's own words, which once ended the charge before it began)
        InventedArticle column = InventedArticle.of("r3", "Ban sought\n\n"
                + "And so Mira Dane, \u201ca senior Civic backbencher, has written to Holt urging her to go further, and issue an official ban "
                + "on Petr Vasko from entering the country on the grounds he is condoning violence and his presence is \u2018not conducive to "
                + "the public good\u2019, a senior Civic MP has said.\u201d");

        assertThat(column.claims()).isNotEmpty();
    }

    @Test
    void aFigureAttributedToOthersIsNotItsOwnersSaying() {
        // (the parser reads "attributed" as the main verb, with the figure as the one who attributes)
        InventedArticle check = InventedArticle.of("r4", "Fact check: the Orlin ferry toll\n\n"
                + "The Harbour Courier reported on Monday that 40 people died when the ferry capsized off Orlin. "
                + "The Courier's figure of 40 dead, attributed to unnamed families, could not be matched to any hospital or morgue record.");

        assertThat(check.claims()).filteredOn(c -> c.text().startsWith("The Courier's"))
                .extracting(Claim::type, Claim::stance, c -> check.name(c.speaker()))
                .contains(tuple("quantity", "denies", null))
                .doesNotContain(tuple("quantity", "denies", "Harbour Courier"));
    }
}
