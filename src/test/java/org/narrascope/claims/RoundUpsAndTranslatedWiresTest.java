package org.narrascope.claims;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A verification desk's round-up, whose verdicts rate the claim checked above them, and a wire translated into stilted
 * English, whose sources are named in the passive ("it was noted in the Health Office"); invented stories about a mine
 * collapse.
 */
class RoundUpsAndTranslatedWiresTest {

    private static final String ROUND_UP = "Dellow mine collapse: three viral claims checked\n\n"
            + "Five days after the Dellow mine collapsed on 2 June, the country is still arguing about who caused it.\n\n"
            + "Claim: Posts on social media say that saboteurs from Stannia blew up the main shaft.\n\n"
            + "Verdict: False. The mine's own sensors recorded no blast.\n\n"
            + "Claim: A union leaflet says that more than 60 miners died.\n\n"
            + "Verdict: Unproven.\n\n"
            + "Claim: The Dellow Mining Company says the shaft had been inspected and passed in March.\n\n"
            + "Verdict: Mostly true, although the inspection was a short one.\n\n"
            + "Our conclusion: Stannia did not blow up the shaft.";

    private static final String WIRE = "Mine collapse: detentions\n\n"
            + "ARKLEY, 4 June (Tellan News Agency) - Six persons are still considered missing after the collapse of the Dellow mine, "
            + "it was noted in the Health Office.\n\n"
            + "In the Dellow Mining Company it was reported that the shaft had been inspected and passed in March.\n\n"
            + "It was also reported by the Mining Minister Pavel Ostrun that five persons have been detained, two of them citizens of Stannia.\n\n"
            + "\"The threads of this crime lead to Stannia,\" the Minister declared.\n\n"
            + "According to preliminary data of the Dellow Mining Company, the winch operator lowered the cage too fast.\n\n"
            + "The Dellow Miners' Union said its members in the shaft did everything right.\n\n"
            + "According to the Minister, traces of an explosive substance were discovered on the cage.";

    private static InventedArticle roundUp;
    private static InventedArticle wire;

    @BeforeAll
    static void find() {
        roundUp = InventedArticle.of("r1", ROUND_UP);
        wire = InventedArticle.of("w1", WIRE);
    }

    @Test
    void aVerdictRatesTheClaimCheckedAboveIt() {
        assertThat(roundUp.said("Verdict: False")).containsExactly("responsibility denies -");
        assertThat(roundUp.said("Verdict: Unproven")).containsExactly("quantity denies -");
        assertThat(roundUp.said("Verdict: Mostly true")).containsExactly("responsibility asserts -");
    }

    @Test
    void aVerdictOnAPostAboutForeignAgentsAtTheSceneDisputesTheirCountryNotTheScene() {
        InventedArticle check = InventedArticle.of("r2", "Dellow mine collapse: two viral claims checked\n\n"
                + "Stannia has rejected any link to the collapse.\n\n"
                + "Claim: A widely shared post says Stannian soldiers were photographed at the Dellow shaft the night before the collapse.\n\n"
                + "Verdict: False. The photograph was taken in 2019.");

        assertThat(check.claims()).filteredOn(c -> c.text().startsWith("Verdict")).extracting(c -> check.name(c.subject()))
                .containsExactly("Stannia");
    }

    @Test
    void theActDeniedOfSomeoneDisputesTheirBlame() {
        assertThat(roundUp.said("did not blow up the shaft")).containsExactly("responsibility denies -");
    }

    @Test
    void aQuestionToldOfBlamesNoOne() {
        assertThat(roundUp.said("still arguing about who caused it")).containsExactly("time asserts -");
    }

    @Test
    void aSourceNamedInThePassiveSpeaks() {
        assertThat(wire.said("Six persons are still considered missing")).containsExactly("quantity reports Health Office");
        assertThat(wire.said("it was reported that the shaft")).containsExactly("denial denies Dellow Mining Company");
    }

    @Test
    void faultAndAPlotTracedAbroadAreAccusationsAndTracesOfExplosivesACauseOfWhoeverGivesThem() {
        assertThat(wire.said("The threads of this crime")).containsExactly("accusation reports Pavel Ostrun");
        assertThat(wire.said("lowered the cage too fast")).containsExactly("accusation reports Dellow Mining Company");
        assertThat(wire.said("traces of an explosive substance")).containsExactly("responsibility reports Pavel Ostrun");
    }

    @Test
    void aSideSayingItsPeopleDidEverythingRightRejectsTheBlame() {
        assertThat(wire.said("did everything right")).containsExactly("denial denies Dellow Miners' Union");
    }

    @Test
    void anAgentReportsAndAPartOfACountIsACountOfItsOwn() {
        assertThat(wire.said("five persons have been detained")).containsExactly("quantity reports Pavel Ostrun", "quantity reports Pavel Ostrun");
        assertThat(wire.claims()).filteredOn(c -> c.text().contains("five persons")).extracting(c -> c.object().replaceAll(" .*", ""))
                .containsExactly("five", "two");
    }
}
