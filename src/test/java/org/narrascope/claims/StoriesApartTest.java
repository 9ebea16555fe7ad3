package org.narrascope.claims;

import static org.assertj.core.api.Assertions.assertThat;
import static org.narrascope.Fixtures.invented;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.narrascope.model.Claim;

/** A corpus holding two invented stories: a description in one never names an actor only the other story has. */
class StoriesApartTest {

    private static final String FIRE = "Warehouse fire in Dunmarsh\n\nA fire destroyed a warehouse in Dunmarsh on Monday. "
            + "The building belongs to Halden Property Group, which said the sprinklers had been inspected in May.";
    private static final String HACK = "Hackers hit Lorrin water utility\n\nHackers broke into the billing system of the Lorrin water utility last week. "
            + "The group says it stole 40,000 customer records.";

    @Test
    void theGroupInOneStoryIsNoFirmFromAnother() {
        InventedArticle corpus = InventedArticle.together(invented("f", FIRE), invented("h", HACK));
        List<Claim> stolen = corpus.claims().stream().filter(c -> c.text().contains("stole")).toList();
        String firm = corpus.entities().stream().filter(e -> e.name().equals("Halden Property Group")).findFirst().orElseThrow().id();

        assertThat(stolen).isNotEmpty().allSatisfy(c -> assertThat(c.speaker()).isNotEqualTo(firm));
    }
}
