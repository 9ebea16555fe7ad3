package org.narrascope.claims;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Formats other than prose: a broadcast transcript whose speakers are named in capitals before their lines, a live
 * blog whose entries open with clock times, and a quotation opened after "said:" that runs over two sentences; in
 * invented stories about a mine collapse.
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
            + "09:15 - Rescuers have pulled 44 miners alive from the shaft.\n\n"
            + "11:40 - The Health Office has raised its death toll to 21.\n\n"
            + "12:20 - The Dellow Mining Company has issued a short statement in reply.\n\n"
            + "13:05 - Asked whether the Stannic Workers Front could be involved, Mining Minister Pavel Ostrun said: \"I will not rule anything out. "
            + "The Stannic Workers Front claimed the attack, and we take that seriously.\"";

    private static InventedArticle transcript;
    private static InventedArticle blog;

    @BeforeAll
    static void find() {
        transcript = InventedArticle.of("t1", TRANSCRIPT);
        blog = InventedArticle.of("b1", LIVE_BLOG);
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
    void anEntryThatOnlySaysSomeoneSpokeIsNoClaim() {
        assertThat(blog.said("has issued a short statement")).containsExactly("(none)");
    }

    @Test
    void aQuotationOpenedAfterSaidIsTheSpeakersToItsEnd() {
        assertThat(blog.said("claimed the attack, and we take")).containsExactly("responsibility reports Pavel Ostrun");
    }
}
