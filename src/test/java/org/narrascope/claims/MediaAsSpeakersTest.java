package org.narrascope.claims;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import org.junit.jupiter.api.Test;
import org.narrascope.model.Claim;

/** Outlets named by where they are speak for themselves, not for their country, in an invented stadium story. */
class MediaAsSpeakersTest {

    @Test
    void mediaInACountryAreNotTheCountry() {
        InventedArticle wire = InventedArticle.of("m1", "Stadium fire in Vell\n\n"
                + "A fire swept through a stand of the Vell stadium in Marovia on Saturday, killing 12 fans. "
                + "Pro-government media in Marovia have accused neighbouring Dressa of funding the protest movement.");

        assertThat(wire.claims()).filteredOn(c -> c.text().contains("Pro-government"))
                .extracting(Claim::type, c -> wire.name(c.speaker()), Claim::speakerText)
                .containsExactly(tuple("accusation", null, "Pro-government media in Marovia"));
    }

    @Test
    void theArticlesOwnOutletByTheFirstWordOfItsNameSpeaksInTheArticlesVoice() {
        InventedArticle check = InventedArticle.of("m2", "Mira Tolle", "Brightwater Verify", "Stadium fire in Vell: five posts checked\n\n"
                + "A fire swept through a stand of the Vell stadium on Saturday, killing 12 fans. "
                + "Brightwater notes: the account that posted the video belongs to a fan who sent us the original file.");

        assertThat(check.said("Brightwater notes")).containsExactly("statement asserts -");
    }
}
