package org.narrascope.nlp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import org.junit.jupiter.api.Test;

class DatelinesTest {

    @Test
    void aDatelineBecomesALineOfItsOwnWithEveryOffsetKept() {
        String text = "Block collapses\n\nKELL BAY (Harbour Wire) - Nine people died when a block collapsed, the fire service said.\n\n"
                + "ORSEN, 4 May — Rescuers worked through the night.";

        String read = Datelines.forTagging(text);

        assertThat(read).hasSameSizeAs(text)
                .contains("Kell Bay (Harbour Wire) . Nine people died")
                .contains("Orsen, 4 May . Rescuers worked");
    }

    @Test
    void aDatelinesPlaceAndAgencyAreKnown() {
        String text = "Title\n\nKELL BAY (Harbour Wire) - Nine died in Kell Bay.\n\nORSEN, 4 May — Rescuers left.";

        assertThat(Datelines.in(text)).extracting(d -> text.substring(d.place().start(), d.place().end()), Datelines.Dateline::agency)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("KELL BAY", "Harbour Wire"), org.assertj.core.groups.Tuple.tuple("ORSEN", null));
    }

    @Test
    void aCountryAfterTheTownAndAnAgencyBetweenSlashesAreKnownButADateIsNoCountry() {
        String text = "Title\n\nPELLOR, Marenland (Northwire) - Nine died.\n\nZAROVSK, 14 October. /ZarPress/. Rescuers left.";

        assertThat(Datelines.in(text)).extracting(d -> d.region() == null ? null : text.substring(d.region().start(), d.region().end()),
                Datelines.Dateline::agency).containsExactly(tuple("Marenland", "Northwire"), tuple(null, "ZarPress"));
        assertThat(Datelines.forTagging(text)).hasSameSizeAs(text).contains("Zarovsk, 14 October. /ZarPress/. Rescuers left.");
    }

    @Test
    void dashesInsideSentencesAndCapitalsWithoutADashStayAsTheyAre() {
        String text = "The NATO summit - held in May - ended early.\n\nUPDATE: the toll has risen to 12.";

        assertThat(Datelines.forTagging(text)).isEqualTo(text);
    }
}
