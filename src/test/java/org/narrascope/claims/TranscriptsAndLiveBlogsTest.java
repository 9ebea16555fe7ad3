package org.narrascope.claims;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.narrascope.model.Claim;

/**
 * Formats other than prose: a broadcast transcript whose speakers are named in capitals before their lines, a printed
 * interview whose turns open with the outlet's name and the guest's surname, a live blog whose entries open with clock
 * times, and a quotation opened after "said:" that runs over two sentences; in invented stories about a mine collapse.
 */
class TranscriptsAndLiveBlogsTest {

    private static final String TRANSCRIPT = "Morning Review: the Dellow mine collapse\n\n"
            + "MARTA ELLING (presenter): Three days after the collapse at the Dellow mine, the Health Office says 19 miners died. "
            + "With me is the Mining Minister, Pavel Ostrun, and the union leader Ida Kovar. Minister, who is to blame?\n\n"
            + "PAVEL OSTRUN (Mining Minister): Marta, the inspectors have told me the roof supports were cut on purpose. "
            + "The Stannic Workers Front claimed the attack on Monday.\n\n"
            + "ELLING: Ms Kovar?\n\n"
            + "IDA KOVAR (union leader): The Stannic Workers Front had nothing to do with the collapse. "
            + "Our members have counted 27 dead.\n\n"
            + "TOMAS BRELL (rescue coordinator): Our teams have brought up 12 bodies since Tuesday.\n\n"
            + "ELLING: Thank you all.";

    private static final String LIVE_BLOG = "Dellow mine collapse: live updates\n\n"
            + "Arkley Courier live blog, Arkley.\n\n"
            + "Friday 5 June.\n\n"
            + "09:15 - Rescuers have pulled 44 miners alive from the shaft.\n\n"
            + "11:40 - The Health Office has raised its death toll to 21.\n\n"
            + "12:20 - The Dellow Mining Company has issued a short statement in reply.\n\n"
            + "13:05 - Asked whether the Stannic Workers Front could be involved, Mining Minister Pavel Ostrun said: \"I will not rule anything out. "
            + "The Stannic Workers Front claimed the attack, and we take that seriously.\"\n\n"
            + "14:10 - The Dellow Police confirmed that two men are in custody, not four as the minister said.\n\n"
            + "15:30 - A police spokesman would not say whether the men were linked to the Stannic Workers Front. "
            + "The Dellow Mining Company declined to take part in the briefing.\n\n"
            + "16:45 - Police say the two men are brothers from Arkley.\n\n"
            + "Read also: Miners' families keep watch at the gate";

    private static final String INTERVIEW = "\"We counted every miner\": the union leader Ida Kovar on the Dellow collapse\n\n"
            + "Ten days after the collapse, Mining Minister Pavel Ostrun still blames saboteurs. We spoke to Ida Kovar of the Dellow Miners' Union "
            + "about the Dellow Mining Company (DMC).\n\n"
            + "Review: The Health Office says 19 miners died. Your union says 27. Why the difference?\n\n"
            + "Kovar: Because 19 is the number of bodies brought up, not the number of miners who died. "
            + "Who decided that the roof supports could go five years without an inspection?\n\n"
            + "Review: A group calling itself the Stannic Workers Front says it collapsed the shaft.\n\n"
            + "Review: DMC says the shaft was inspected in May and found to be sound.\n\n"
            + "Kovar: I have seen no evidence of it. The Dellow Police have told us they are holding two men. "
            + "Even the Dellow Chamber of Mines calls the sabotage story nonsense.";

    private static InventedArticle transcript;
    private static InventedArticle blog;
    private static InventedArticle interview;

    @BeforeAll
    static void find() {
        transcript = InventedArticle.of("t1", TRANSCRIPT);
        blog = InventedArticle.of("b1", LIVE_BLOG);
        interview = InventedArticle.of("i1", "Jon Ferle", "The Dellow Review", INTERVIEW);
    }

    @Test
    void anInterviewsLabelsInTitleCaseGiveTheGuestHerLinesAndTheOutletItsQuestions() {
        assertThat(interview.said("Health Office says 19")).containsExactly("quantity reports Health Office");
        assertThat(interview.said("Your union says 27")).singleElement().asString().startsWith("quantity reports");
        assertThat(interview.said("Why the difference?")).containsExactly("(none)");
        assertThat(interview.said("bodies brought up")).containsExactly("quantity denies Ida Kovar");
        assertThat(interview.said("Who decided")).singleElement().asString().endsWith("questions Ida Kovar");
        assertThat(interview.said("says it collapsed the shaft")).containsExactly("responsibility reports Stannic Workers Front");
        assertThat(interview.said("seen no evidence of it")).containsExactly("responsibility denies Ida Kovar");
        // a body the guest names as saying something says it
        assertThat(interview.said("holding two men")).containsExactly("quantity reports Dellow Police");
        assertThat(interview.said("Chamber of Mines calls")).containsExactly("denial denies Dellow Chamber of Mines");
        // (the parser reads the words after a label as a sentence of their own)
        assertThat(interview.said("found to be sound")).containsExactly("denial denies Dellow Mining Company");
    }

    @Test
    void whatNobodyWouldSayOrTakePartInIsNoOnesClaim() {
        assertThat(blog.said("would not say whether", "declined to take part")).containsExactly("other asserts -", "other asserts -");
    }

    @Test
    void aFigureAfterNotIsTheOneTheSpeakerDenies() {
        assertThat(blog.said("two men are in custody")).containsExactlyInAnyOrder("quantity reports Dellow Police", "quantity denies Dellow Police");
    }

    @Test
    void aGuestsLinesAreTheGuestsWordsUnderTheirCapitalisedName() {
        assertThat(transcript.said("roof supports were cut on purpose")).containsExactly("responsibility reports Pavel Ostrun");
        assertThat(transcript.said("had nothing to do with")).containsExactly("denial denies Ida Kovar");
        assertThat(transcript.said("counted 27 dead")).containsExactly("quantity reports Ida Kovar");
    }

    @Test
    void aGuestNamedOnlyByTheLabelInCapitalsIsAPersonWrittenAsAName() {
        assertThat(transcript.said("brought up 12 bodies")).containsExactly("quantity reports Tomas Brell");
        assertThat(transcript.entities()).filteredOn(e -> e.name().equals("Tomas Brell")).singleElement()
                .satisfies(e -> assertThat(e.type()).isEqualTo("person"));
    }

    @Test
    void theDeathTollAFigureRisesToIsTheCountersAlongsideTheMissing() {
        InventedArticle report = InventedArticle.of("r1", "Dellow mine collapse\n\nThe death toll from the collapse of the Dellow mine "
                + "near the town of Arkley has risen to 31, with 12 miners still missing, the Health Office said on Friday.");
        assertThat(report.said("has risen to 31")).containsExactly("quantity reports Health Office", "quantity reports Health Office");
        assertThat(report.claims()).extracting(c -> c.object().replaceAll(" .*", "")).containsExactlyInAnyOrder("31", "12");
    }

    @Test
    void thePresentersLinesAreTheProgrammesOwnAndItsQuestionsToGuestsAreNoClaims() {
        assertThat(transcript.said("the Health Office says 19")).allMatch(c -> c.startsWith("quantity reports"));
        assertThat(transcript.said("who is to blame?", "Ms Kovar?", "Thank you all")).containsOnly("(none)");
    }

    @Test
    void aClockTimeIsNoCountAndAFigureSomeoneRaisesIsTheirs() {
        assertThat(blog.said("pulled 44 miners alive")).containsExactly("quantity asserts -");
        assertThat(blog.said("raised its death toll to 21")).containsExactly("quantity reports Health Office");
    }

    @Test
    void anEntrysTimeIsNoPartOfWhoSpeaksOrOfTheClaim() {
        assertThat(blog.said("two men are brothers")).containsExactly("statement reports Dellow Police");
        assertThat(blog.claims()).filteredOn(c -> c.text().contains("two men are brothers")).singleElement()
                .satisfies(c -> assertThat(List.of(c.text(), c.speakerText())).containsExactly("Police say the two men are brothers from Arkley.", "Police"));
    }

    @Test
    void headingsDatelinesAndPointersToOtherStoriesAreNoClaims() {
        assertThat(blog.said("live blog, Arkley", "Friday 5 June", "Read also")).containsOnly("(none)");
    }

    @Test
    void anEntryThatOnlySaysSomeoneSpokeIsNoClaim() {
        assertThat(blog.said("has issued a short statement")).containsExactly("(none)");
    }

    @Test
    void aQuotationOpenedAfterSaidIsTheSpeakersToItsEnd() {
        assertThat(blog.said("claimed the attack, and we take")).containsExactly("responsibility reports Pavel Ostrun");
    }

    @Test
    void aBulletinsAnchorAndItsOwnCorrespondentSpeakForTheProgramme() {
        InventedArticle bulletin = InventedArticle.of("n1", "Evening News: tram bombing in Holder\n\n"
                + "ANCHOR: Good evening. At least seven people were killed this morning when a bomb exploded on a tram in Holder. "
                + "Our correspondent Mila Strand is at the scene.\n\n"
                + "MILA STRAND: The tram was full when the device went off. The mayor, Oskar Berg, told me that he holds the Red Dawn group responsible.\n\n"
                + "OSKAR BERG: They have threatened this city for months. This is their work.\n\n"
                + "ANCHOR: Mila, how many people are still in hospital?\n\n"
                + "MILA STRAND: Doctors say 19 people are being treated, three of them in a critical condition.");

        assertThat(bulletin.said("holds the Red Dawn", "This is their work")).containsExactly("accusation reports Oskar Berg", "responsibility reports Oskar Berg");
        assertThat(bulletin.said("The tram was full", "how many people are still")).as("the correspondent's words are the programme's; the anchor's question is none")
                .containsExactly("responsibility asserts -", "(none)");
        assertThat(bulletin.claims()).filteredOn(c -> c.text().startsWith("Doctors")).extracting(Claim::object, Claim::speakerText)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("19 treated", "Doctors"), org.assertj.core.groups.Tuple.tuple("three of the treated", "Doctors"));
    }

    @Test
    void aQuotationReopenedAfterTheSpeakerIsStillTheirs() {
        InventedArticle report = InventedArticle.of("q1", "Holder grieves\n\n"
                + "\"I heard the bang. I will never forget it,\" said Ivo Marr, 61. \"The council was behind this, whatever they say now. "
                + "I just want the truth.\"");

        assertThat(report.claims()).filteredOn(c -> c.text().contains("was behind this")).extracting(c -> report.name(c.speaker()))
                .containsOnly("Ivo Marr");
    }

    @Test
    void aLiveEntrysSourceBeforeItsCountAndChargesOfFailedAlarmsAndInspectionsAreTheSpeakers() {
        InventedArticle live = InventedArticle.of("l9", "Live: ferry fire off Maresh\n\n"
                + "21:05 - A fire has broken out on the ferry Northern Light off the port of Maresh, the Maresh Coast Guard says.\n\n"
                + "21:40 - The Coast Guard says 240 passengers have been taken off the ship.\n\n"
                + "00:20 - A passenger, Jonas Keld, told local radio that the fire alarms did not sound and that crew members \"had no idea what to do\".\n\n"
                + "01:10 - Opposition leader Per Amundsen says the ship failed a fire safety inspection in March and should never have been allowed to sail.");

        assertThat(live.said("240 passengers")).containsExactly("quantity reports Maresh Coast Guard");
        assertThat(live.said("fire alarms did not sound", "fire safety inspection")).containsExactly("accusation reports Jonas Keld", "accusation reports Per Amundsen");
        assertThat(live.entities()).filteredOn(e -> e.name().equals("Maresh Coast Guard")).singleElement()
                .satisfies(e -> assertThat(e.aliases()).doesNotContain("Maresh"));
    }

    @Test
    void aLiveEntryHeadedWithABodysFiguresGivesThemToThatBody() {
        InventedArticle live = InventedArticle.of("l8", "Live: ferry fire off Maresh\n\n"
                + "21:05 - A fire has broken out on the ferry Northern Light off the port of Maresh, the Maresh Coast Guard says.\n\n"
                + "23:40 - The Maresh Coast Guard's latest figures: 14 dead and 31 injured.\n\n"
                + "00:15 - Figures from the Maresh Port Authority: 240 passengers were on board.");

        assertThat(live.said("14 dead")).isNotEmpty().allMatch(c -> c.equals("quantity reports Maresh Coast Guard"));
        assertThat(live.said("240 passengers")).isNotEmpty().allMatch(c -> c.equals("quantity reports Maresh Port Authority"));
    }

    @Test
    void aGuestTellingWhatATitledPersonSaysGivesThatPersonsWords() {
        InventedArticle podcast = InventedArticle.of("t9", "The Dellow collapse, a week on\n\n"
                + "Arkley's mayor, Greta Sollis, spoke on Monday. Our guest is Jan Weller, a councillor from the town.\n\n"
                + "HOST: How many people were moved out of the town?\n\n"
                + "WELLER: The rescue service says 1,200 people were evacuated. The mayor says 1,900.");

        assertThat(podcast.said("The mayor says")).singleElement().asString().endsWith("Greta Sollis");
    }
}
