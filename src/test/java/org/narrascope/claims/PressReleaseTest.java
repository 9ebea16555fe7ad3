package org.narrascope.claims;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A body's press release, as the body publishes it (invented ferry terminal fire): its words, and a chief's under a heading. */
class PressReleaseTest {

    private static final InventedArticle RELEASE = InventedArticle.titled("pr", "Halvard Ferry Lines statement on the fire at the Pennick terminal",
            "PRESS RELEASE | Tollam, 9 May\n\n"
            + "Halvard Ferry Lines (HFL) confirms that a fire broke out at 03:40 on 9 May in the ticket hall of the Pennick terminal.\n\n"
            + "Two members of staff are receiving treatment in hospital.\n\n"
            + "STATEMENT BY MARIT OSSEL, MANAGING DIRECTOR OF HFL\n\n"
            + "\"This is a hard day for everyone at our company.\n\n"
            + "\"Our crews followed every procedure, and the alarms in the hall worked as they should.\"\n\n"
            + "Ms Ossel will visit Pennick on Friday.");

    @Test
    void theReleaseIsTheBodysWords() {
        assertThat(RELEASE.said("confirms that a fire broke out", "Two members of staff"))
                .containsExactly("time reports Halvard Ferry Lines", "quantity reports Halvard Ferry Lines");
    }

    @Test
    void aStatementUnderAHeadingIsThePersonsUntilTheQuotationEnds() {
        assertThat(RELEASE.said("a hard day", "followed every procedure"))
                .containsExactly("statement reports Marit Ossel", "denial denies Marit Ossel");
        assertThat(RELEASE.said("will visit Pennick")).allMatch(s -> s.endsWith("Halvard Ferry Lines"));
    }
}
