package org.narrascope.claims;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.narrascope.model.Claim;

/**
 * Denials made without a denying verb, by giving another cause or culprit, and officials naming a culprit, in an
 * invented wire story about a ferry fire: someone blamed naming another cause ("was caused by a fuel leak, the
 * company said"), a spokesman's "our" going on with the company's denial, "X, not Y" clearing a blamed party or
 * the speaker's side, calling the event an accident, a minister naming a culprit, a figure rejected by the voice
 * around it, "according to X's count", a dateline the parser takes for a subject, "was to blame", and a quotation
 * without a verb right after the speaker has put the blame elsewhere.
 */
class OtherCauseDenialsTest {

    private static final String WIRE = "Ferry fire at Caddon\n\n"
            + "CADDON (Tarn Wire) - A fire on the ferry Osprey on Monday killed six passengers and injured 20, the Caddon Coast Guard said on Tuesday. "
            + "The Harbour Workers' Guild accused Halvern Shipping Corporation of ignoring faulty wiring on the ferry. "
            + "The fire was caused by a fuel leak in a tank serviced by the Orrin Fuel Company, the company said. "
            + "\"Our crews followed every rule,\" operations manager Ilka Dorn told reporters. "
            + "The Orrin Fuel Company said its tanks had been checked in April.\n\n"
            + "Transport Minister Bede Caro said the fire was the work of agents sent by Selvania. "
            + "\"The fire was started by a careless smoker, not by Selvanian agents,\" Selvanian embassy spokesman Rolf Hake said. "
            + "The Selvanian government said the fire was an accident. "
            + "Opposition leader Nell Arden said Halvern Shipping Corporation was to blame. "
            + "Halvern chief executive Mara Lind said the wiring had been replaced by a contractor last year. "
            + "\"It was the work of a careless passenger, not of us,\" a Halvern Shipping Corporation spokesman said. "
            + "The Selvanian foreign minister said the fire had been started by smugglers rather than Selvanian agents.\n\n"
            + "Five passengers are still missing, according to the Caddon Coast Guard's latest count. "
            + "The minister said claims by the guild that eleven people had died were exaggerated.\n\n"
            + "\"This was a deliberate act by a passenger,\" deck officer Jon Hale told reporters. \"Our crew did everything right. The alarms sounded at once.\"";

    private static InventedArticle wire;

    @BeforeAll
    static void run() {
        wire = InventedArticle.of("ferry", WIRE);
    }

    @Test
    void someoneBlamedNamingAnotherCauseDeniesTheBlame() {
        // and blames the cause it names instead in turn, whose own side of it is a denial
        assertThat(wire.claims()).filteredOn(c -> c.text().contains("caused by a fuel leak"))
                .extracting(Claim::type, c -> wire.name(c.speaker()), c -> wire.name(c.subject()))
                .containsExactlyInAnyOrder(tuple("denial", "Halvern Shipping Corporation", "Halvern Shipping Corporation"),
                        tuple("accusation", "Halvern Shipping Corporation", "Orrin Fuel Company"));
        assertThat(wire.said("checked in April")).containsExactly("denial denies Orrin Fuel Company");
    }

    @Test
    void aSpokesmanSpeakingForTheCompanyGoesOnWithItsDenial() {
        assertThat(wire.said("Our crews followed")).containsExactly("denial denies Ilka Dorn");
    }

    @Test
    void anOfficialNamingACulpritAccusesIt() {
        saysAbout("the work of agents", "accusation reports Bede Caro", "Selvania");
    }

    @Test
    void notByTheBlamedPartyOrCallingItAnAccidentIsADenial() {
        saysAbout("careless smoker", "denial denies Rolf Hake", "Selvania");
        assertThat(wire.said("was an accident")).containsExactly("denial denies Selvania");
    }

    @Test
    void whoSpeaksForABlamedFirmByTheirTitleGivesItsSide() {
        saysAbout("replaced by a contractor", "denial denies Mara Lind", "Halvern Shipping Corporation");
    }

    @Test
    void notOfUsOrRatherThanTheBlamedPartyIsADenial() {
        assertThat(wire.said("not of us")).containsExactly("denial denies Halvern Shipping Corporation");
        assertThat(wire.said("rather than Selvanian")).extracting(s -> s.substring(0, s.indexOf(" ", 7))).containsExactly("denial denies");
        assertThat(subjectOn("rather than Selvanian")).isEqualTo("Selvania");
    }

    @Test
    void aLeaderRejectingBlameOnHerGroupDeniesItForTheGroup() {
        InventedArticle rally = InventedArticle.of("rally", "Interior Minister Ivo Brenn blamed the Orne Front, a separatist group, for the blast at the Kell depot. "
                + "The group, which denies the charge, said it does not attack depots.\n\n"
                + "The leader of the Orne Front, Tova Keller, rejected accusations that her group was behind the blast at the Kell depot, "
                + "calling them \"a lie told to justify a crackdown\".");

        assertThat(rally.claims()).filteredOn(c -> c.text().startsWith("The group")).extracting(c -> rally.name(c.speaker())).containsOnly("Orne Front");
        assertThat(rally.claims()).filteredOn(c -> c.text().startsWith("The leader")).extracting(c -> rally.name(c.speaker()), c -> rally.name(c.subject()))
                .containsExactly(org.assertj.core.groups.Tuple.tuple("Tova Keller", "Orne Front"));
    }

    @Test
    void aGroupSayingItHadNothingToDoWithItDeniesItsOwnBlame() {
        InventedArticle statement = InventedArticle.of("statement", "Interior Minister Ivo Brenn blamed the Orne Front for the tram bombing. "
                + "The Orne Front, in a statement sent to the Kell Herald, said it \"had nothing to do with this cowardly act\".");

        assertThat(statement.claims()).filteredOn(c -> c.type().equals("denial")).extracting(c -> statement.name(c.subject())).containsOnly("Orne Front");
    }

    @Test
    void anAccuserGoingOnAboutTheirOwnSideDeniesNothing() {
        InventedArticle union = InventedArticle.of("union", "Dock union leader Per Halvik said the Orrin Fuel Company had cut its safety crews by half. "
                + "\"We wrote to them in March. We wrote again in June,\" Halvik said.");

        assertThat(union.said("We wrote to them", "We wrote again")).noneMatch(c -> c.startsWith("denial"));
    }

    @Test
    void aQuotationWithoutAVerbGoesOnWithTheSpeakerWhoJustBlamedSomeoneElse() {
        assertThat(wire.said("Our crew did everything right", "alarms sounded")).containsExactly("denial denies Jon Hale", "denial denies Jon Hale");
    }

    @Test
    void whoIsToBlameIsNoAccuser() {
        saysAbout("was to blame", "accusation reports Nell Arden", "Halvern Shipping Corporation");
    }

    @Test
    void aDatelineIsNoSpeakerAndACountIsItsAuthors() {
        assertThat(wire.said("killed six")).containsOnly("quantity reports Caddon Coast Guard");
        assertThat(wire.said("latest count")).containsExactly("quantity reports Caddon Coast Guard");
    }

    @Test
    void aTollOrAManifestIsItsAuthorsCount() {
        InventedArticle ferry = InventedArticle.of("toll", "Ferry sinks off Caddon\n\nThe Caddon Coast Guard's latest toll stands at 41 dead. "
                + "Marrel Ferries said the boat was sound, but Marrel's manifest says 212 people were on board.");
        assertThat(ferry.said("latest toll", "manifest says")).containsExactly("quantity reports Caddon Coast Guard", "quantity reports Marrel Ferries");
    }

    @Test
    void aFigureTheVoiceAroundItRejectsIsThatVoicesDenial() {
        assertThat(wire.said("were exaggerated")).containsExactly("quantity denies Bede Caro");
    }

    /** The sentence holding these words gives one claim, "type stance speaker", about this party. */
    private static void saysAbout(String words, String claim, String subject) {
        assertThat(wire.said(words)).containsExactly(claim);
        assertThat(subjectOn(words)).isEqualTo(subject);
    }

    private static String subjectOn(String words) {
        return wire.claims().stream().filter(c -> c.text().contains(words)).map(Claim::subject).map(wire::name).findFirst().orElse(null);
    }
}
