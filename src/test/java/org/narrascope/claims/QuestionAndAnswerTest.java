package org.narrascope.claims;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.narrascope.model.Entity;

/** An interview printed as "Q:" and "A:", whose answers are the words of the guest its introduction names (invented roof collapse). */
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
}
