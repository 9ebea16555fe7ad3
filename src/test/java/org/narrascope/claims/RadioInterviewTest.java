package org.narrascope.claims;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.narrascope.model.Claim;

/**
 * An invented radio interview whose presenter is labelled by role and name first ("PRESENTER (Jonas Krell):") and by
 * surname after, who addresses the guest by name before telling what others say, and who closes with thanks.
 */
class RadioInterviewTest {

    private static InventedArticle interview;

    @BeforeAll
    static void read() {
        interview = InventedArticle.of("radio", "An engineer on the Hessle reservoir collapse\n\n"
                + "Radio Vennor spoke to Klara Dunmoor, a structural engineer who worked on the Hessle reservoir until last year.\n\n"
                + "PRESENTER (Jonas Krell): Klara Dunmoor, the Water Authority says the wall passed its last inspection in March.\n\n"
                + "DUNMOOR: That inspection was done from a car park. Nobody went down to the north face. They sent nobody.\n\n"
                + "KRELL: The minister, Aldo Brisk, says divers found explosives near the outlet.\n\n"
                + "DUNMOOR: He has not shown anyone those explosives. If there was a charge, where is the crater?\n\n"
                + "KRELL: Klara Dunmoor, thank you.");
    }

    @Test
    void thePresenterNamedByRoleFirstTellsWhatOthersSayInTheArticlesVoice() {
        assertThat(interview.said("divers found explosives")).containsExactly("responsibility reports Aldo Brisk");
    }

    @Test
    void theGuestAddressedByNameIsNotTheOneWhoSaysIt() {
        assertThat(interview.said("passed its last inspection")).containsExactly("denial denies Water Authority");
    }

    @Test
    void nobodySentOrGoingDownChargesAndEvidenceNeverShownDisputes() {
        assertThat(interview.said("Nobody went down", "sent nobody", "not shown anyone"))
                .containsExactly("responsibility reports Klara Dunmoor", "responsibility reports Klara Dunmoor", "responsibility denies Klara Dunmoor");
    }

    @Test
    void bareFiguresAnsweringThePresentersQuestionCountWhatItAskedAndABodyTheGuestDescribesSpeaks() {
        InventedArticle answers = InventedArticle.of("radio-2", "An engineer on the Hessle reservoir collapse\n\n"
                + "Radio Vennor spoke to Klara Dunmoor, a structural engineer.\n\n"
                + "PRESENTER (Jonas Krell): The Water Authority says the wall passed its last inspection. How many people died, do you know?\n\n"
                + "DUNMOOR: The authority says nine. The families I have spoken to count fourteen.");

        assertThat(answers.claims()).filteredOn(c -> c.type().equals("quantity")).extracting(Claim::object, c -> answers.name(c.speaker()))
                .containsExactly(tuple("nine died", "Water Authority"), tuple("fourteen died", "Klara Dunmoor"));
    }

    @Test
    void theyWhoSentNobodyAreTheBodyNamedLast() {
        assertThat(interview.claims()).filteredOn(c -> c.text().contains("sent nobody")).extracting(c -> interview.name(c.subject()))
                .containsExactly("Water Authority");
    }

    @Test
    void theGuestsQuestionAfterAConditionIsAsked() {
        assertThat(interview.claims()).filteredOn(c -> c.text().contains("where is the crater")).extracting(Claim::stance).containsExactly("questions");
    }

    @Test
    void everySentenceOfAGuestsTurnIsTheGuestsClaimButThanksAndFragments() {
        InventedArticle turns = InventedArticle.of("radio-3", "A resident on the Hessle reservoir collapse\n\n"
                + "Radio Vennor spoke to Klara Dunmoor, who lives below the reservoir.\n\n"
                + "PRESENTER (Jonas Krell): Was the wall ever repaired?\n\n"
                + "DUNMOOR: Not yet. The repairs were planned for the autumn. I want to thank the rescue crews.");

        assertThat(turns.said("Not yet", "planned for the autumn", "thank the rescue crews"))
                .containsExactly("(none)", "statement reports Klara Dunmoor", "(none)");
    }

    @Test
    void thanksClosingTheInterviewIsNoClaim() {
        assertThat(interview.said("thank you")).containsExactly("(none)");
    }
}
