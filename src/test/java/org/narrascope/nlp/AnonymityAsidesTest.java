package org.narrascope.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class AnonymityAsidesTest {

    @Test
    void whyASourceIsNotNamedIsBlankedWithTheCommasAroundItAndEveryOffsetKept() {
        String text = "One guard, who asked not to be named because he feared for his job, said the gate was shut.";
        String tagged = AnonymityAsides.forTagging(text);

        assertThat(tagged).hasSameSizeAs(text);
        assertThat(tagged.replaceAll(" +", " ")).isEqualTo("One guard said the gate was shut.");
    }

    @Test
    void anAsideWithoutCommasBeforeTheVerbOfSayingIsBlankedToo() {
        String tagged = AnonymityAsides.forTagging("The cable had frayed, two officials who spoke on condition of anonymity told the Courier.");

        assertThat(tagged.replaceAll(" +", " ")).isEqualTo("The cable had frayed, two officials told the Courier.");
    }

    @Test
    void aRelativeClauseOfAnotherKindIsLeftAlone() {
        String text = "Two officials who asked for an inquiry said the cable had frayed.";

        assertThat(AnonymityAsides.forTagging(text)).isEqualTo(text);
    }
}
