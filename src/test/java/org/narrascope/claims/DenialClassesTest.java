package org.narrascope.claims;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The ways an article or a speaker sets itself against a claim without the word "deny", in an
 * invented fact check: a discredited claim ("falsely claim"), evidence set against an account
 * ("contrary to", "is not supported by"), a negative finding ("found no"), what someone pretends,
 * and a quoted denial whose verb has a hearer ("he told a radio station"); in an invented wire
 * story, what someone who has just rejected the blame goes on to say; and, on an invented depot fire, an everyday
 * cause or a duty done given by the operator, records or the police set against an account, the article calling a
 * version false while tracing the cause, and a question testing a version ("If X was to blame, why ...?"); on an
 * invented border shooting, rejections without "deny" ("returned fire in self-defence", "not to blame"), evidence set
 * against the blame by the one blamed, an account that "does not hold water", the article's own question about a
 * claim, and charges without an accusing verb ("trained in X", "the trail leads to X").
 */
class DenialClassesTest {

    private static final String TEXT = "Fact check: the Varrow mine blast\n\n"
            + "By Tomas Grell, Lantern Review\n\n"
            + "Mining Minister Odile Sarn said the Kessian Miners' Union had planted explosives in the Varrow mine. "
            + "\"Our members had nothing to do with the blast,\" union chairman Paul Ember told a radio station. "
            + "Messages shared on social media falsely claim that forty miners died. "
            + "Contrary to the minister's account, the inspectors' report shows that the blast began in a gas pocket. "
            + "Investigators found no detonators in the shaft. "
            + "Our verdict: the minister's claim that the union planted explosives is not supported by the evidence. "
            + "Kessia must stop pretending that this was sabotage.";

    private static final String WIRE = "Harbour spill\n\n"
            + "The Fisheries Council accused the Dunmore Harbour Board of hiding an oil spill. "
            + "Lena Tor, the board's director, rejected the charge as absurd. "
            + "\"Every tank was inspected last week,\" she said. "
            + "She said inspectors from the Fisheries Council had signed every report. "
            + "Tor said council boats had opened fire on the board's inspectors in March.";

    /** A depot fire: a minister blaming a neighbour, an operator giving an everyday cause and its duty done. */
    private static final String DEPOT = "Blaze at the Orvik depot\n\n"
            + "ORVIK (Pell Wire) - Transport Minister Ivo Daskal said the blaze at the Orvik depot had been set by men paid by Tarvelia. "
            + "Tarvelia's Foreign Ministry rejected the charge.\n\n"
            + "Kessel Logistics, which runs the depot, said the fire had been started by a space heater in a guard hut. "
            + "\"Every pump was tested in March and passed,\" the company said.";

    /** A fact check on it: the article tracing the cause against a rumour, records and the police against accounts. */
    private static final String CHECK = "Fact check: the Orvik depot blaze\n\n"
            + "By Ola Fenn, Lantern Check\n\n"
            + "Messages online claim that the blaze was started by squatters. That is false: firefighters traced the flames to a cable room. "
            + "Depot records do not support that account. "
            + "The Orvik Police said they had no record of any break-in. "
            + "If the cables were to blame, why did the alarms stay silent?\n\n"
            + "The death toll is also disputed. "
            + "The Daily Orvik's figure of 12 dead could not be matched to any hospital record. "
            + "The guards who died were betrayed, and Tarvelia has blood on its hands.";

    /** A border shooting: rejections without "deny", an account that cannot stand, charges without an accusing verb. */
    private static final String CROSSING = "Shooting at the Brask crossing\n\n"
            + "Defence Minister Ola Tenn accused the Marvish Border Guard of killing two herders at the Brask crossing. "
            + "The Marvish Border Guard said there was no evidence that its officers had fired. "
            + "\"Our guards returned fire in self-defence,\" guard commander Ivo Stahl said. "
            + "Tenn said the men who fired were trained in Marvia and paid by the Marvish Border Guard. "
            + "\"The trail leads straight to Ostvar,\" Tenn said. "
            + "Police said a smuggling ring stood behind the shooting. "
            + "Why is the minister so keen to claim that Marvia ordered the shooting? "
            + "The minister's story does not hold water. "
            + "Nothing suggests that the herders were armed. "
            + "The ring's leader said his men were not to blame. "
            + "\"Nobody broke into the yard,\" the warden said. "
            + "Marvia had no reason to harm herders, the ambassador added.";

    private static InventedArticle article;
    private static InventedArticle wire;
    private static InventedArticle crossing;
    private static InventedArticle depot;
    private static InventedArticle check;

    @BeforeAll
    static void run() {
        article = InventedArticle.of("fc", TEXT);
        wire = InventedArticle.of("wire", WIRE);
        depot = InventedArticle.of("depot", DEPOT);
        check = InventedArticle.of("check", CHECK);
        crossing = InventedArticle.of("crossing", CROSSING);
    }

    @Test
    void someoneBlamedSettingEvidenceAgainstTheBlameDeniesIt() {
        assertThat(crossing.said("there was no evidence that its officers")).containsExactly("denial denies Marvish Border Guard");
    }

    @Test
    void clearingSomeoneWithoutTheWordDenyIsADenial() {
        assertThat(crossing.said("in self-defence", "not to blame", "Nobody broke into", "no reason to harm")).allMatch(c -> c.startsWith("denial denies"))
                .hasSize(4);
    }

    @Test
    void anAccountThatCannotStandIsDisputedInTheArticlesVoice() {
        assertThat(crossing.said("does not hold water", "Nothing suggests")).containsOnly("responsibility denies -");
    }

    @Test
    void aQuestionTheArticleAsksAboutSomeoneElsesClaimIsItsOwnQuestion() {
        assertThat(crossing.said("so keen to claim")).containsExactly("accusation questions -");
    }

    @Test
    void whoTrainedOrPaidTheMenOrWhereTheTrailLeadsIsACharge() {
        assertThat(crossing.said("trained in Marvia", "trail leads")).containsOnly("accusation reports Ola Tenn");
        assertThat(crossing.said("stood behind")).singleElement().asString().startsWith("responsibility reports");
    }

    @Test
    void anEverydayCauseGivenOnceSomeoneIsBlamedIsADenialByTheOneWhoseDutyItWas() {
        assertThat(depot.said("space heater")).containsExactly("denial denies Kessel Logistics");
        assertThat(depot.claims()).filteredOn(c -> c.text().contains("space heater"))
                .extracting(c -> depot.name(c.subject())).containsExactly("Kessel Logistics");
    }

    @Test
    void aSpeakerSayingItsDutyWasDoneDeniesTheBlame() {
        assertThat(depot.said("tested in March and passed")).containsExactly("denial denies Kessel Logistics");
    }

    @Test
    void anOfficialSayingSomeoneSetTheFireAccusesTheAgent() {
        assertThat(depot.said("had been set by")).containsExactly("accusation reports Ivo Daskal");
        assertThat(depot.claims()).filteredOn(c -> c.text().contains("had been set by"))
                .extracting(c -> depot.name(c.subject())).singleElement().asString().startsWith("Tarvelia");
    }

    @Test
    void theArticleCallingAVersionFalseWhileTracingTheCauseDisputesWhoIsResponsible() {
        assertThat(check.said("That is false")).containsExactly("responsibility denies -");
    }

    @Test
    void recordsThatDoNotSupportAnAccountAndNoRecordOfItDenyIt() {
        assertThat(check.said("do not support")).containsExactly("responsibility denies -");
        assertThat(check.said("no record of")).containsExactly("responsibility denies Orvik Police");
    }

    @Test
    void hearsayPassedOnIsReportedNotAsserted() {
        assertThat(check.said("Messages online claim")).containsExactly("responsibility reports -");
    }

    @Test
    void sayingThatACountIsDisputedTakesNoSide() {
        assertThat(check.said("is also disputed")).containsExactly("(none)");
    }

    @Test
    void aCountTheArticleFindsNoRecordOfIsItsAuthorsReportAndTheArticlesDenial() {
        assertThat(check.claims()).filteredOn(c -> c.text().contains("could not be matched"))
                .extracting(c -> c.type() + " " + c.stance() + " " + (c.speaker() == null ? "-" : "named") + " " + c.object())
                .containsExactly("quantity reports named 12 dead", "quantity denies - 12 dead");
    }

    @Test
    void aFaultSaidOfAnActorInAClauseOfItsOwnIsACharge() {
        assertThat(check.said("blood on its hands")).containsExactly("accusation asserts -");
    }

    @Test
    void aQuestionTestingAVersionAgainstWhatIsKnownIsAboutResponsibility() {
        assertThat(check.said("If the cables were to blame")).containsExactly("responsibility questions -");
    }

    @Test
    void whatARejecterGoesOnToSayIsTheirSideUnlessItChargesSomeoneElse() {
        assertThat(wire.said("Every tank was inspected")).containsExactly("denial denies Lena Tor");
        assertThat(wire.said("opened fire")).containsExactly("accusation reports Lena Tor");
        // naming the accuser does not make them the party the denial is about
        assertThat(wire.claims()).filteredOn(c -> c.text().contains("signed every report"))
                .extracting(c -> c.type() + " " + wire.name(c.subject())).singleElement().asString()
                .startsWith("denial").doesNotContain("Fisheries Council");
    }

    @Test
    void aQuotedDenialTrailedByAVerbOfTellingIsTheSpeakers() {
        assertThat(article.said("Our members had nothing")).containsExactly("denial denies Paul Ember");
    }

    @Test
    void aClaimTheArticleCallsFalseIsDeniedByIt() {
        assertThat(article.said("falsely claim")).containsExactly("quantity denies -");
    }

    @Test
    void evidenceSetAgainstAnAccountDeniesIt() {
        assertThat(article.said("Contrary to", "found no detonators", "stop pretending")).containsOnly("responsibility denies -");
        assertThat(article.said("not supported by")).contains("responsibility denies -");
    }
}
