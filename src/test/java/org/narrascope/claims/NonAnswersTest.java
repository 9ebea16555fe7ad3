package org.narrascope.claims;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** What the article says was left unanswered is a claim of type "other": a refusal to say, silence, a gap not explained. */
class NonAnswersTest {

    @Test
    void refusalsSilenceAndGapsNotExplainedAreOtherClaims() {
        InventedArticle wire = InventedArticle.of("n1", "Depot fire kills four in Marrowby\n\n"
                + "A fire at the Marrowby bus depot killed four mechanics on Monday, the fire service said. "
                + "Police spokesman Ivo Darrel declined to say whether the men held were foreign citizens. "
                + "The depot's owner could not be reached. "
                + "The gap between the hospital's six and the ministry's four has not been explained.");

        assertThat(wire.said("declined to say", "could not be reached", "has not been explained"))
                .containsExactly("other asserts -", "other asserts -", "other asserts -");
    }
}
