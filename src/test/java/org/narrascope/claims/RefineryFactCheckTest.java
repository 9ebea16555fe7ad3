package org.narrascope.claims;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.narrascope.model.Claim;

/**
 * An invented fact check on a refinery fire: a "Claim:" line that a video passes on, a refinery named after its town,
 * and, under "What we know:", investigators from a board looking into a faulty pump; neither the town nor the board is
 * the one blamed.
 */
class RefineryFactCheckTest {

    private static InventedArticle check;

    @BeforeAll
    static void read() {
        check = InventedArticle.of("fc", "Fact check: did saboteurs start the Kettle Point refinery fire?\n\n"
                + "Claim: A video shared 40,000 times says saboteurs set fire to the Kettle Point refinery on 3 June.\n\n"
                + "Verdict: False.\n\n"
                + "What we know: Investigators from the National Fire Board are examining a pump that failed a safety inspection in April.");
    }

    @Test
    void aClaimLineBlamingSaboteursIsPassedOnNotAssertedAndBlamesNoSite() {
        assertThat(check.claims()).filteredOn(c -> c.text().startsWith("Claim:") && !c.type().equals("time"))
                .extracting(Claim::type, Claim::stance, c -> check.name(c.subject()))
                .containsExactly(tuple("responsibility", "reports", null));
        assertThat(check.said("Claim:")).as("the date it gives, passed on as well").contains("time reports -");
    }

    @Test
    void theBoardWhoseInvestigatorsExamineThePumpIsNotTheOneCharged() {
        assertThat(check.claims()).filteredOn(c -> c.text().contains("failed a safety inspection")).extracting(Claim::type, c -> check.name(c.subject()))
                .containsExactly(tuple("accusation", null));
    }
}
