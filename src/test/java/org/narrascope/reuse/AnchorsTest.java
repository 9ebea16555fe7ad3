package org.narrascope.reuse;

import static org.assertj.core.api.Assertions.assertThat;

import org.narrascope.NameFold;

import org.junit.jupiter.api.Test;

class AnchorsTest {

    @Test
    void spellingVariantsTransliterationsAndInflectionsFoldTogether() {
        assertThat(NameFold.fold("Kharovan")).isEqualTo(NameFold.fold("Kharavan")).isEqualTo(NameFold.fold("Харован"));
        assertThat(NameFold.fold("Ostravia")).isEqualTo(NameFold.fold("Остравии"));
        assertThat(NameFold.fold("Ivanova")).isEqualTo(NameFold.fold("Иванова"));
        assertThat(NameFold.fold("Lanford")).isEqualTo(NameFold.fold("Лэнфорде"));
        assertThat(NameFold.fold("Kostrević")).isEqualTo(NameFold.fold("Kostrevic"));
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
