package org.narrascope.claims;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A column's questions that doubt who did it, or a count, in an invented story about a pier collapse. */
class DoubtingQuestionsTest {

    @Test
    void questionsDoubtingAVersionAskWhoIsResponsibleAndOnesDoubtingACountAskHowMany() {
        InventedArticle column = InventedArticle.of("q1", "The pier did not fall by magic\n\n"
                + "The minister says foreign agents brought down the Marlow pier, killing 14 people. "
                + "Where is the evidence? "
                + "Are we really to believe that two tourists planted explosives under a pier in broad daylight? "
                + "Are we supposed to believe that the families have miscounted their own dead? "
                + "Why did the council ignore the cracks for a decade?");

        assertThat(column.said("Where is the evidence", "Are we really", "miscounted", "ignore the cracks"))
                .containsExactly("responsibility questions -", "responsibility questions -", "quantity questions -", "accusation questions -");
    }
}
