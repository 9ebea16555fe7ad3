package org.narrascope.claims;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import org.junit.jupiter.api.Test;
import org.narrascope.model.Claim;

/** An invented fuel-depot blast told by a wire: figures and charges in one sentence, denials and charges in many wordings. */
class DepotBlastTest {

    private static final InventedArticle WIRE = InventedArticle.of("w1", "Blast at Corvel depot\n\n"
            + "The Corvel fuel depot exploded on Tuesday, killing six workers, the fire service said. "
            + "By nine o'clock on Wednesday, Corvel General Hospital had confirmed eight deaths. "
            + "The union accused Norvane Fuels of ignoring warnings about a leaking valve. "
            + "\"Dalvia grieves with the people of Corvel and had nothing whatsoever to do with this accident,\" spokeswoman Mira Tolk said. "
            + "Board chair Lars Venn said Norvane Fuels would set up a fund for the families \"without any admission of liability\". "
            + "The safety board's chair, Hedda Roos, said Norvane Fuels had missed three deadlines to replace old pipes. "
            + "The contractor said it had recommended replacing the valve last October, but Norvane Fuels deferred the work. "
            + "Norvane Fuels hit back within the hour, saying its engineers had \"nothing whatsoever to do with the leak\". "
            + "The workers' federation put the death toll at nine and accused police and the depot's operator of keeping the gate locked.");

    @Test
    void aFigureGivenAndAChargeMadeInOneSentenceAreTwoClaims() {
        assertThat(WIRE.said("put the death toll")).containsExactlyInAnyOrder("quantity reports -", "accusation reports -");
        assertThat(WIRE.claims()).filteredOn(c -> c.text().contains("put the death toll")).extracting(Claim::speakerText).containsOnly("The workers' federation");
    }

    @Test
    void denialsWithoutDenyingVerbs() {
        assertThat(WIRE.said("nothing whatsoever to do with this", "without any admission", "hit back"))
                .containsExactly("denial denies Mira Tolk", "denial denies Lars Venn", "denial denies Norvane Fuels");
    }

    @Test
    void missedDeadlinesAndDeferredWorkCharge() {
        assertThat(WIRE.said("missed three deadlines", "deferred the work")).containsExactly("accusation reports Hedda Roos", "accusation reports -");
    }

    @Test
    void whatEverythingPointsToIsTheCauseAndNoReasonToBelieveDisputesIt() {
        InventedArticle report = depotStory("w2", "\"At this stage everything points to a corroded valve,\" fire chief Ola Berg said. "
                + "\"We have no reason to believe anyone did this deliberately,\" Berg added.");

        assertThat(report.said("everything points", "no reason to believe")).containsExactly("responsibility reports Ola Berg", "denial denies Ola Berg");
    }

    @Test
    void aRejectionBesideAnotherStatementIsWhatTheSpeakerSays() {
        InventedArticle report = InventedArticle.of("w3", "Norvane shares fall after Corvel blast\n\n"
                + "Shares in Norvane Fuels fell 18 percent on Monday after the blast at its Corvel depot. "
                + "On a call with analysts, chief executive Ada Brisk said it was \"far too early\" to estimate costs and rejected suggestions "
                + "that Norvane had squeezed maintenance spending to protect its dividend. "
                + "The fire at the depot began in a pump room owned by Tellis Fitters, Norvane Fuels said.");

        assertThat(report.said("far too early", "began in a pump room")).containsExactly("denial denies Ada Brisk", "accusation reports Norvane Fuels", "denial denies Norvane Fuels");
    }

    @Test
    void countsRisenToPastAnAndInDetentionsAndOfPeopleAdmittedToHospital() {
        InventedArticle update = InventedArticle.of("w4", "Corvel depot blast: toll rises\n\n"
                + "The death toll from Tuesday's blast and fire at the Corvel depot has risen to 11, the Health Ministry said. "
                + "Corvel General Hospital said that nine people had died there, three of them after being admitted. "
                + "Police have so far confirmed only two detentions.");

        assertThat(update.claims()).filteredOn(c -> c.type().equals("quantity")).extracting(Claim::object, c -> update.name(c.speaker()))
                .containsExactly(tuple("11 death", "Health Ministry"), tuple("nine died", "Corvel General Hospital"),
                        tuple("three of the died", "Corvel General Hospital"), tuple("two detentions", null));
    }

    @Test
    void someoneBlamedTellingOfAnothersNeglectCharges() {
        InventedArticle report = InventedArticle.of("w6", "Blast at Corvel depot\n\n"
                + "The union blamed the depot's tenant, Tellis Fitters, for the blast that killed six workers on Tuesday. "
                + "Tellis Fitters said its staff had called Norvane Fuels' emergency line on Monday to report a smell of fuel, and that no engineer had come. "
                + "Its director said Norvane Fuels had never approved the repairs his firm asked for.");

        assertThat(report.said("no engineer had come", "never approved")).containsExactly("accusation reports Tellis Fitters", "accusation reports -");
    }

    @Test
    void unconfirmedReportsAndFootageShowingNothingDisputeTheBlame() {
        InventedArticle report = depotStory("w8", "Early reports that striking drivers started the fire have not been confirmed by investigators, the minister said. "
                + "None of the camera recordings shows anyone near the pump room before the blast.");

        assertThat(report.said("have not been confirmed", "None of the camera")).containsExactly("responsibility denies -", "responsibility denies -");
    }

    @Test
    void aTimeOpeningWithByIsNoAgent() {
        assertThat(WIRE.claims()).filteredOn(c -> c.text().contains("nine o'clock"))
                .extracting(Claim::type, c -> WIRE.name(c.speaker())).containsExactly(tuple("quantity", "Corvel General Hospital"));
    }

    /** The depot story's headline and lead, then {@code rest}. */
    private static InventedArticle depotStory(String id, String rest) {
        return InventedArticle.of(id, "Blast at Corvel depot\n\nThe Corvel fuel depot exploded on Tuesday, killing six workers. " + rest);
    }
}
