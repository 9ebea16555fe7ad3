package org.narrascope.claims;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.narrascope.model.Entity;

/**
 * Interviews printed as questions and answers, with "Q:" and "A:" or without labels, whose answers are the words of the guest
 * the introduction names, and an account quoted whole over several paragraphs (invented roof and quarry collapses).
 */
class QuestionAndAnswerTest {

    private static final InventedArticle INTERVIEW = InventedArticle.of("qa1", "\"Forty came in at once\": the surgeon on the Tarrow hall collapse\n\n"
            + "Dr Mila Ostrand runs the trauma unit of Tarrow General Hospital. On the night the roof of the Tarrow sports hall fell, "
            + "her team received most of the injured. She spoke to the Tarrow Herald.\n\n"
            + "Q: The Tarrow Health Office says nine people died. How many did you see?\n\n"
            + "A: We received eleven people who were dead on arrival. We treated 64 others.\n\n"
            + "Q: Why did it fall?\n\n"
            + "A: The injured told me the roof had been creaking all week. I am a surgeon, so I can only tell you what they said.");

    @Test
    void anAnswerIsTheGuestsWordsAndAQuestionNoClaim() {
        assertThat(INTERVIEW.said("We received eleven people")).containsExactly("quantity reports Mila Ostrand");
        assertThat(INTERVIEW.said("How many did you see")).containsExactly("(none)");
    }

    @Test
    void aDoctorTellingWhatHappenedStatesItRatherThanNamingACause() {
        assertThat(INTERVIEW.said("the roof had been creaking")).containsExactly("statement reports Mila Ostrand");
    }

    @Test
    void aQuestionLabelIsNoInitialOfTheReporterNamedAfterIt() {
        InventedArticle briefing = InventedArticle.of("qa2", "Briefing on the Tarrow hall collapse\n\n"
                + "Mayor Edda Vorn answered questions on Tuesday.\n\n"
                + "Q: Pieter Lasko, Tarrow Herald. How many died?\n\n"
                + "A: Nine people died.\n\n"
                + "Q: Lasko, Tarrow Herald. Who built the roof?\n\n"
                + "A: The Dunmore Roofing Company built it in 1998.");

        assertThat(briefing.entities()).extracting(Entity::name).contains("Pieter Lasko").noneMatch(n -> n.startsWith("Q"));
    }

    private static final InventedArticle UNLABELLED = InventedArticle.of("qa3", "\"Nobody came\": a loader driver on the Brask quarry collapse\n\n"
            + "Teo Varga, 41, has driven a loader at the Brask limestone quarry for twelve years. He was on the upper bench when the "
            + "north wall gave way on Friday.\n\n"
            + "Where were you when the wall fell?\n\n"
            + "I was in the cab of my loader, about two hundred metres away. The ground shook and then dust covered everything.\n\n"
            + "The Brask Mining Company says the wall was inspected in May.\n\n"
            + "I never saw an inspector up there. We asked for one in the spring and nobody came.\n\n"
            + "Who do you blame?\n\n"
            + "The managers knew about the cracks in the wall for weeks.\n\n"
            + "Will you go back to work there?\n\n"
            + "Not while those managers run it. My wife wants me to find a job in the city.");

    @Test
    void anInterviewWithoutLabelsGivesTheAnswersToTheGuestAndAsksNothingItself() {
        assertThat(UNLABELLED.said("dust covered everything", "never saw an inspector", "managers knew about the cracks")).isNotEmpty()
                .allMatch(s -> s.endsWith(" Teo Varga"));
        assertThat(UNLABELLED.said("Where were you", "Who do you blame")).containsOnly("(none)");
        // (the interviewer putting what a body says to the guest passes on the body's words)
        assertThat(UNLABELLED.said("says the wall was inspected")).singleElement().asString().endsWith(" Brask Mining Company");
    }

    @Test
    void anExplainerUnderQuestionHeadingsAnswersInItsOwnVoice() {
        InventedArticle explainer = InventedArticle.of("qa4", "The Brask quarry collapse: what is known\n\n"
                + "Three days after the north wall of the Brask quarry gave way, much is still unclear.\n\n"
                + "What happened?\n\n"
                + "Part of the north wall collapsed at about 10:15 on Friday and buried two loaders.\n\n"
                + "Who owns the quarry?\n\n"
                + "The quarry belongs to the Brask Mining Company, which bought it from the province in 2011.");

        assertThat(explainer.said("buried two loaders", "belongs to the Brask Mining Company")).isNotEmpty().allMatch(s -> s.endsWith(" -"));
    }

    @Test
    void anAccountQuotedWholeOverParagraphsIsThePersonPresentedBeforeIt() {
        InventedArticle account = InventedArticle.of("qa5", "\"We heard the wall crack\": a loader driver on the Brask quarry collapse\n\n"
                + "Teo Varga, 41, has driven a loader at the Brask quarry for twelve years. His account, edited for length:\n\n"
                + "\"I was in the cab when the ground started to shake. Dust came over the bench like a wave.\n\n"
                + "\"We had asked for an inspector in the spring. Nobody came.\n\n"
                + "\"The managers knew about the cracks for weeks.\"");

        assertThat(account.said("Dust came over the bench", "asked for an inspector", "managers knew")).isNotEmpty()
                .allMatch(s -> s.endsWith(" Teo Varga"));
    }
}
