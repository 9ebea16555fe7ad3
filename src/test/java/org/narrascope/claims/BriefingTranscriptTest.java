package org.narrascope.claims;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A police briefing's transcript (invented warehouse fire): reporters labelled with their newsroom ask, they claim nothing. */
class BriefingTranscriptTest {

    private static final InventedArticle BRIEFING = InventedArticle.of("br", "Transcript: Harbour Police briefing on the Quay 9 warehouse fire\n\n"
            + "OSKAR BRANDT: Four people died in the fire at the Quay 9 warehouse on Sunday night. Two men are in custody.\n\n"
            + "MILA FEN (Harbour Evening News): Is the owner of the warehouse among them?\n\n"
            + "BRANDT: I will not name the detained.\n\n"
            + "PETRA HOLM (Opposition, Quay district): Who allowed a warehouse full of fuel to stand beside a school?\n\n"
            + "BRANDT: That is a question for the council.");

    @Test
    void aReportersQuestionIsNoClaim() {
        assertThat(BRIEFING.said("Is the owner of the warehouse among them?")).containsExactly("(none)");
    }

    @Test
    void anotherSpeakersQuestionStillAsks() {
        assertThat(BRIEFING.said("Who allowed a warehouse")).hasSize(1).allMatch(s -> s.contains(" questions "));
    }
}
