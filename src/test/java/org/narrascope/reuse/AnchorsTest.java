package org.narrascope.reuse;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class AnchorsTest {

    @Test
    void spellingVariantsTransliterationsAndInflectionsFoldTogether() {
        assertThat(Anchors.fold("Kharovan")).isEqualTo(Anchors.fold("Kharavan")).isEqualTo(Anchors.fold("Харован"));
        assertThat(Anchors.fold("Ostravia")).isEqualTo(Anchors.fold("Остравии"));
        assertThat(Anchors.fold("Ivanova")).isEqualTo(Anchors.fold("Иванова"));
        assertThat(Anchors.fold("Lanford")).isEqualTo(Anchors.fold("Лэнфорде"));
        assertThat(Anchors.fold("Kostrević")).isEqualTo(Anchors.fold("Kostrevic"));
    }

    @Test
    void numbersAndMidSentenceNamesAreAnchorsOrdinaryWordsAreNot() {
        assertThat(Anchors.anchorOf("41", false)).isEqualTo("#41");
        assertThat(Anchors.anchorOf("1,200", false)).isEqualTo("#1200");
        assertThat(Anchors.anchorOf("Veldran", false)).isNotNull();
        assertThat(Anchors.anchorOf("Veldran", true)).as("sentence-initial capitals prove nothing").isNull();
        assertThat(Anchors.anchorOf("NLF", true)).as("acronyms count anywhere").isNotNull();
        assertThat(Anchors.anchorOf("harbour", false)).isNull();
        assertThat(Anchors.anchorOf("Tuesday", false)).as("weekdays are capitalised in English only").isNull();
    }
}
