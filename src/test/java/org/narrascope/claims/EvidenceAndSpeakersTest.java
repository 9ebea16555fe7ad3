package org.narrascope.claims;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Evidence for and against a version, and speakers named by a description, in an invented fact check about a
 * pipeline leak: a statement "not backed by" evidence, data that "show no" sign, "no public evidence", the "likelier
 * cause", sheltering militants, those held named as a group's members; "the company" for a firm whose name ends like
 * one, and a union whose name NER cuts at the plural possessive.
 */
class EvidenceAndSpeakersTest {

    private static final String FACT = "Fact check: the Marlow pipeline leak\n\n"
            + "By Edda Vost, Signal Review\n\n"
            + "Energy Minister Paul Grebe said the leak was the work of saboteurs sent by Ostvaria. "
            + "The minister's statement is not backed by any evidence made public so far. "
            + "Pressure data seen by Signal Review show no sudden drop before the leak. "
            + "There is no public evidence of sabotage. "
            + "Corrosion after years of skipped inspections is the likelier cause. "
            + "Ostvaria has sheltered armed militants near the border for years. "
            + "The Marlow Police said the three men detained on Friday were members of the Red Valley Front.\n\n"
            + "The Tessin Pipefitters' Union said 40 homes had been evacuated. "
            + "Corran Chemicals runs the pipeline. "
            + "The company said the pipe had been inspected in May. "
            + "The pipefitters' union says 60 homes were evacuated.";

    /** Who examines the event and who takes a side: an inspector, an engineer, a union steward. */
    private static final String EXPERTS = "Orvik depot blaze\n\n"
            + "Chief inspector Hal Brenner of the Orvik Fire Service said his team had found no sign of fuel. "
            + "\"The cables were decades old and nobody replaced them,\" Brenner said. "
            + "\"Either the alarms were switched off, or someone ignored them,\" said Marit Lowe, an engineer at the Orvik Institute. "
            + "\"Hendry Freight never repaired a single valve,\" union steward Ana Ruhl said. "
            + "Tarvelia's Foreign Ministry says the blaze did not start by itself. "
            + "Transport Minister Ivo Daskal said traces of explosives had been found in the yard. "
            + "No detonators were found in the yard. "
            + "Kessel Logistics said intruders had cut the fence the night before. "
            + "The safety board's first report says the blaze began in a cable room under the yard. "
            + "The arson theory is partly true. "
            + "Tarvelians make up a large share of Hendry Freight's night shift, according to analysts who study the port. "
            + "Doubts have been raised by local papers about the rescue, including that the Orvik Fire Service arrived late and failed to "
            + "prevent the blaze from spreading.";

    private static InventedArticle fact;
    private static InventedArticle experts;

    @BeforeAll
    static void run() {
        fact = InventedArticle.of("leak", FACT);
        experts = InventedArticle.of("experts", EXPERTS);
    }

    @Test
    void theOutletAStatementWasToldToOrCarriedByIsNoAnswerToWhoDidIt() {
        InventedArticle told = InventedArticle.of("told", "Orne depot blaze\n\n"
                + "Fire investigator Anton Holm told the Orne Courier that the blaze was set by arsonists. "
                + "According to the Veska Herald, investigators believe the depot was set alight by arsonists.");

        assertThat(told.claims()).filteredOn(c -> c.type().equals("responsibility")).isNotEmpty()
                .allSatisfy(c -> assertThat(told.name(c.subject())).isNull());
    }

    @Test
    void aClauseJoinedAfterATrailingSaidIsTheSpeakersToo() {
        InventedArticle flood = InventedArticle.of("joined", "Twelve people remain missing, the Veska Coast Guard said, "
                + "and more than 300 residents have been moved to emergency shelters in the town of Orne.");

        assertThat(flood.said("remain missing")).containsExactly("quantity reports Veska Coast Guard", "quantity reports Veska Coast Guard");
    }

    @Test
    void everySentenceOfAQuotationIsTheSpeakersClaim() {
        InventedArticle quoted = InventedArticle.of("quoted", "Flood in Orne\n\n"
                + "Residents of Orne say the river wall had been cracked for years. "
                + "\"We wrote to the council twice about the wall. Nobody answered,\" said Ilse Varga, who lives on Quay Street.");

        assertThat(quoted.said("We wrote to the council")).containsExactly("statement reports Ilse Varga");
    }

    @Test
    void aBodyThatNamesTheDeadGivesTheirCount() {
        InventedArticle named = InventedArticle.of("named", "The Veska Nurses' Union has named four patients who died after the attack. "
                + "The Orne Dockers' Guild has the names of 12 dead.");

        assertThat(named.said("has named", "has the names")).containsExactly("quantity reports Veska Nurses' Union", "quantity reports Orne Dockers' Guild");
    }

    @Test
    void aNaturalCauseAndKnowingOfADangerAreAboutWhoIsResponsibleAndTheCompanyIsTheFirmNamed() {
        InventedArticle colliery = InventedArticle.of("colliery", "Tunnel collapse at Orne\n\n"
                + "The operator, Halden Coal, said the collapse followed a small earthquake. "
                + "The miners' union blames the company for skimping on roof bolts. "
                + "Union leader Per Halvik says Halden Coal knew for years that the bolts were unsafe.");

        assertThat(colliery.said("small earthquake", "knew for years")).containsExactly("responsibility reports Halden Coal", "accusation reports Per Halvik");
        assertThat(colliery.claims()).filteredOn(c -> c.text().contains("blames the company")).extracting(c -> colliery.name(c.subject()))
                .containsExactly("Halden Coal");
    }

    @Test
    void anExpertStatingAStandingFactGivesNoCauseAndDoubtsRaisedByOthersAreReported() {
        assertThat(experts.said("make up a large share")).containsExactly("statement reports -");
        assertThat(experts.said("Doubts have been raised")).containsExactly("accusation reports -");
    }

    @Test
    void anExpertTellingHowItCameAboutGivesItsCause() {
        // the title is in the name the article first gives ("Chief inspector X"), then a surname speaks
        assertThat(experts.said("nobody replaced them")).containsExactly("responsibility reports Hal Brenner");
        // ... or in an apposition ("X, an engineer at ...")
        assertThat(experts.said("someone ignored them")).containsExactly("responsibility reports Marit Lowe");
    }

    @Test
    void whatADeliberateActLeavesBehindFoundOrNotAndIntrudersAtWorkAreAboutWhoIsResponsible() {
        assertThat(experts.said("traces of explosives")).containsExactly("responsibility reports Ivo Daskal");
        assertThat(experts.said("No detonators were found")).containsExactly("responsibility denies -");
        assertThat(experts.said("intruders had cut")).containsExactly("responsibility reports Kessel Logistics");
        // where it started, as its cause
        assertThat(experts.said("began in a cable room")).containsExactly("responsibility asserts -");
        // a fact check's verdict on a version
        assertThat(experts.said("partly true")).containsExactly("responsibility asserts -");
    }

    @Test
    void aDutyLeftUndoneIsACharge() {
        assertThat(experts.said("never repaired a single valve")).containsExactly("accusation reports Ana Ruhl");
    }

    @Test
    void aFireThatDidNotStartByItselfWasSet() {
        assertThat(experts.said("did not start by itself")).singleElement().asString().startsWith("responsibility reports");
    }

    @Test
    void evidenceAgainstAVersionDeniesIt() {
        assertThat(fact.said("not backed by", "show no sudden drop", "no public evidence")).containsOnly("responsibility denies -");
    }

    @Test
    void theLikelierCauseIsTheArticlesVersion() {
        assertThat(fact.said("likelier cause")).containsExactly("responsibility asserts -");
    }

    @Test
    void shelteringMilitantsIsACharge() {
        assertThat(fact.said("sheltered armed militants")).containsExactly("accusation asserts -");
    }

    @Test
    void thoseHeldNamedAsAGroupsMembersAreAboutWhoDidIt() {
        assertThat(fact.said("were members of")).contains("responsibility reports Marlow Police", "quantity reports Marlow Police");
    }

    @Test
    void descriptionsNameTheFirmAndTheUnion() {
        assertThat(fact.said("40 homes")).containsExactly("quantity reports Tessin Pipefitters' Union");
        assertThat(fact.said("inspected in May")).extracting(s -> s.substring(s.indexOf(' ', s.indexOf(' ') + 1) + 1))
                .containsExactly("Corran Chemicals");
        assertThat(fact.said("60 homes")).containsExactly("quantity reports Tessin Pipefitters' Union");
    }
}
