package org.narrascope.learn;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class VoiceTest {

    @Test
    void sharesOfParagraphsThatReportSpeakForUsAskAndQuote() {
        List<String> paragraphs = List.of(
                "The harbour authority said the pier would reopen on Monday.",
                "According to the port's engineers, the damage is limited.",
                "We will not let our fishermen pay for this. Who else will stand up for them?",
                "\u201cIt is a disgrace,\u201d a trader shouted.",
                "Cranes stood idle along the quay.");

        double[] shares = VoiceSigns.shares(paragraphs);

        assertThat(shares).containsExactly(0.4, 0.2, 0.2, 0.2);
    }

    @Test
    void wordsCountOnlyWhole() {
        // "usual" holds "us", "saidin" holds "said": neither is a voice word
        assertThat(VoiceSigns.shares(List.of("As usual, the saidin festival drew crowds."))).containsOnly(0.0);
        assertThat(VoiceSigns.shares(List.of("LET US be clear about this."))[1]).isEqualTo(1.0);
        assertThat(VoiceSigns.shares(List.of())).containsOnly(0.0);
    }
}
