package org.narrascope.claims;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Ways a blamed firm and its people reject a charge without "deny" or "reject", in an invented warehouse fire. */
class DenialWordingsTest {

    @Test
    void aFirmAndItsPeopleRejectTheChargeInTheirOwnWords() {
        InventedArticle report = InventedArticle.of("w1", "Warehouse fire in Tallow Bay\n\n"
                + "A fire destroyed the Harrow Logistics warehouse in Tallow Bay on Sunday, killing four workers. Opposition leader "
                + "Dana Fell accused the company of locking the fire exits.\n\n"
                + "The company's chief executive, Ruben Ost, said there was \"not a shred of truth\" in the allegation. "
                + "Ost said the suggestion was \"a disgraceful slur on our staff\". "
                + "A company spokeswoman said the allegations were \"simply wrong\". "
                + "Ost said he was \"deeply offended\" by the suggestion. "
                + "Ost said the company had \"nothing to hide\".");

        assertThat(report.said("shred of truth", "slur", "simply wrong", "deeply offended", "nothing to hide"))
                .allMatch(said -> said.startsWith("denial denies"))
                .hasSize(5);
    }

    @Test
    void aFirmThatCannotBeHeldResponsibleDeniesRatherThanAccuses() {
        InventedArticle report = InventedArticle.of("w3", "Landslide at Morrow quarry\n\n"
                + "A landslide at the Morrow quarry killed five people on Monday. Opposition leader Tess Varn accused Granite Works "
                + "of ignoring warnings. Granite Works said it \"cannot be held responsible\" for the rainfall.");

        assertThat(report.said("cannot be held responsible")).hasSize(1).allMatch(said -> said.startsWith("denial denies"));
    }

    @Test
    void whatTheSpeakersOwnSideDidNotDoIsADenial() {
        InventedArticle report = InventedArticle.of("w4", "Spill in the Arden river\n\n"
                + "Thousands of fish died in the Arden river on Monday. \"The chemicals did not come from our plant,\" "
                + "said Lena Voss, who manages the Arden Paper Mill.");

        assertThat(report.said("did not come from our plant")).containsExactly("denial denies Lena Voss");
    }

    @Test
    void somethingThatWentWrongWithAMachineIsNoRejection() {
        InventedArticle report = InventedArticle.of("w2", "Warehouse fire in Tallow Bay\n\n"
                + "Workers said something was wrong with the sprinkler pump for weeks before the fire.");

        assertThat(report.said("sprinkler pump")).noneMatch(said -> said.startsWith("denial"));
    }

    @Test
    void notDisputingIsNoDenial() {
        InventedArticle court = InventedArticle.of("w4", "Warehouse fire in Tallow Bay: first hearing\n\n"
                + "A fire destroyed the Harrow Logistics warehouse in Tallow Bay on Sunday, killing four workers. "
                + "A lawyer for the families told the court that the fire exits had been chained. "
                + "The prosecution did not dispute this.");

        assertThat(court.said("did not dispute")).noneMatch(said -> said.startsWith("denial"));
    }
}
