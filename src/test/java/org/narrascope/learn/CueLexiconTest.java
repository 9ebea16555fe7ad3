package org.narrascope.learn;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.narrascope.model.Span;

class CueLexiconTest {

    private final CueLexicon cues = new CueLexicon(new LabelTexts(Map.of(
            "Doubt", List.of("so-called", "it's not clear"),
            "Fear", List.of("catastrophe"))), List.of("Doubt", "Fear", "Empty"));

    @Test
    void countsWholeWordsIgnoringCaseAndApostropheStyle() {
        assertThat(cues.counts("The So-called plan. It’s not  clear why. Catastrophes aside, a CATASTROPHE.")).containsExactly(2, 1, 0);
    }

    @Test
    void findsCuesWithSpansInsideTheGivenRegion() {
        String text = "so-called one. so-called two.";
        assertThat(cues.find("Doubt", text, 10, text.length())).extracting(CueLexicon.Hit::span).containsExactly(new Span(15, 24));
        assertThat(cues.find("Unknown", text, 0, text.length())).isEmpty();
    }
}
