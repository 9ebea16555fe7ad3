package org.narrascope.claims;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Whose figure a count is when no verb of saying gives it, in an invented blast: "by X's count", "X has kept its figure at". */
class FigureOwnersTest {

    @Test
    void aCountBySomeonesCountOrAFigureSomeoneKeepsIsTheirs() {
        InventedArticle wire = InventedArticle.of("f1", "Blast at Varno bus station\n\n"
                + "Fourteen people are dead, by the Health Ministry's count. "
                + "The Health Ministry has kept its figure at 14 dead and 56 injured since Saturday evening.");

        assertThat(wire.said("by the Health Ministry's count", "kept its figure"))
                .containsExactly("quantity reports Health Ministry", "quantity reports Health Ministry", "quantity reports Health Ministry");
    }

    @Test
    void aFigureGivenOrIssuedBySomeoneIsTheirs() {
        InventedArticle correction = InventedArticle.of("f5", "Correction: the Varno bus station blast\n\n"
                + "An earlier version of this article said 23 people had died. "
                + "The figure of 23 was given by the Varno Transport Workers Union and included people still missing.");

        assertThat(correction.said("The figure of 23")).isNotEmpty().allMatch(c -> c.equals("quantity reports Varno Transport Workers Union"));
    }

    @Test
    void aListsBulletLeavesEveryCountOfTheLineToItsSpeaker() {
        InventedArticle explainer = InventedArticle.of("f2", "Blast at Varno bus station: what we know\n\n"
                + "- Varno District Hospital says 19 people died and 63 were treated.\n"
                + "- The Health Ministry says 14 people were killed.");

        assertThat(explainer.said("Varno District Hospital says"))
                .containsExactly("quantity reports Varno District Hospital", "quantity reports Varno District Hospital");
    }

    @Test
    void aFigureClungToIsItsOwners() {
        InventedArticle wire = InventedArticle.of("f3", "Ferry lost off Varno\n\n"
                + "The Varno Fire Service still clings to a toll of 13.");

        assertThat(wire.said("clings to a toll")).containsExactly("quantity reports Varno Fire Service");
    }

    @Test
    void aBareFigureAfterACountCountsTheSameThingForItsOwnSpeaker() {
        InventedArticle column = InventedArticle.of("f4", "Varno: the numbers nobody agrees on\n\n"
                + "The Varno Bus Company says 52 passengers were on board, and the Varno Passengers' Association says at least 60. "
                + "The station's own cameras were not working. "
                + "The Varno Transport Union says 58.");

        assertThat(column.claims()).filteredOn(c -> c.type().equals("quantity")).extracting(c -> c.object() + " by " + column.name(c.speaker()))
                .containsExactly("52 board by Varno Bus Company", "60 board by Varno Passengers' Association", "58 board by Varno Transport Union");
    }

    @Test
    void everyBareFigureOfAListAfterACountIsACountOfItsOwn() {
        InventedArticle column = InventedArticle.of("f6", "Varno: the numbers nobody agrees on\n\n"
                + "Fourteen people died in the blast at Varno bus station, the Health Ministry said on Sunday. "
                + "The Varno District Hospital says 19, the Varno Transport Union says 23 and the Varno Commuters' Association says 26.");

        assertThat(column.claims()).filteredOn(c -> c.type().equals("quantity") && c.text().startsWith("The Varno District Hospital"))
                .extracting(c -> c.object() + " by " + column.name(c.speaker()))
                .containsExactly("19 died by Varno District Hospital", "23 died by Varno Transport Union", "26 died by Varno Commuters' Association");
    }

    @Test
    void aMinistryWrittenInLowerCaseGivesItsFigure() {
        InventedArticle blog = InventedArticle.of("f5", "Varno bus station blast: live\n\n"
                + "Fourteen people have been confirmed dead, the health ministry says.");

        assertThat(blog.said("the health ministry says")).containsExactly("quantity reports Health Ministry");
    }
}
