package org.narrascope.claims;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.narrascope.model.Question;
import org.narrascope.versions.EventVersions;

/**
 * Who survived, what was destroyed and what was demanded are figures a story's versions differ on, as the dead are
 * (invented ferry, wildfire and ransom attack).
 */
class SurvivorsAndLossesTest {

    @Test
    void survivorsAndDestroyedHomesAreCounted() {
        InventedArticle wire = InventedArticle.of("sl1", "Ferry sinks off Orvel\n\n"
                + "The ferry Kestrel Bay sank off Orvel on Friday night. By Sunday, 31 bodies had been recovered and 140 people had survived. "
                + "A wildfire on the same coast burned for two days, and the Orvel Civil Protection Office said 58 homes had been destroyed.");

        assertThat(wire.said("had survived", "homes had been destroyed"))
                .containsExactly("quantity asserts -", "quantity asserts -", "quantity reports Orvel Civil Protection Office");
        List<Question> questions = EventVersions.of(wire.claims(), wire.entities()).questions();
        assertThat(questions).extracting(Question::text).contains("how many were rescued in the event?", "how many were destroyed in the event?");
    }

    @Test
    void thosePulledFromTheWaterAndThoseInACriticalConditionAreCountsOfTheirOwn() {
        InventedArticle wire = InventedArticle.of("sl3", "Ferry capsizes off Vellin\n\n"
                + "The ferry Morrow Star capsized off Vellin on Tuesday morning. The Vellin Port Authority said 38 people had been "
                + "pulled from the water and that 9 were in a critical condition.");

        assertThat(wire.claims()).filteredOn(c -> c.type().equals("quantity")).extracting(c -> c.object() + " by " + wire.name(c.speaker()))
                .contains("38 pulled by Vellin Port Authority", "9 critical by Vellin Port Authority");
        List<Question> questions = EventVersions.of(wire.claims(), wire.entities()).questions();
        assertThat(questions).extracting(Question::text).contains("how many were rescued in the event?");
    }

    @Test
    void aSumInMillionsIsAnAmountButViewsAreNot() {
        InventedArticle wire = InventedArticle.of("sl2", "Hackers hit Orvel hospitals\n\n"
                + "Hackers shut down the computers of three Orvel hospitals on Monday. The ransom note demands 12 million korts. "
                + "A video of the empty wards has 2.3 million views.");

        assertThat(wire.said("ransom note demands")).singleElement().asString().startsWith("quantity ");
        assertThat(wire.said("million views")).containsExactly("statement asserts -");
    }
}
