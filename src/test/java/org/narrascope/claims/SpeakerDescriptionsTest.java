package org.narrascope.claims;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;
import static org.narrascope.Fixtures.invented;

import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.narrascope.entities.Entities;
import org.narrascope.model.Article;
import org.narrascope.model.Claim;
import org.narrascope.model.Entity;
import org.narrascope.nlp.Annotations;

/**
 * Speakers an article names by a description ("the group", "the ministry") or through a name it
 * gives itself ("a collective calling itself X"), in invented stories about a power-station blaze and a ferry.
 */
class SpeakerDescriptionsTest {

    private static final String WIRE = "Blaze at Kettering power station\n\n"
            + "The Morvish Energy Ministry said a blaze destroyed two turbines at the Kettering power station on Sunday. "
            + "The Pellan Foreign Ministry said on Monday that its country had nothing to do with the blaze.\n\n"
            + "A collective calling itself the Grey Lantern Front claimed responsibility for the blaze in a message posted on a forum on Monday. "
            + "Separately, the hacker crew Copper Wasp has claimed an attack on the station's billing system. "
            + "The group says it stole 12,000 customer files.";
    private static final String COLUMN = "Opinion: the blaze and the blame\n\n"
            + "Energy Minister Talia Ruske was quick to blame Pellan for the Kettering blaze. "
            + "The ministry says 14 people died; the firefighters' union says 19.";

    private static final String BRIEF = "Ferry sinks off Kettering\n\n"
            + "The Kaverlish Coast Guard searched the bay overnight. "
            + "The government says 12 people died. "
            + "Kaverland has asked its neighbours for divers.";
    private static final String NEIGHBOUR = "Minister blames neighbour for ferry sinking\n\n"
            + "A minister in Kettering said activists from neighbouring Vessland may have sunk the ferry. "
            + "Officials in Dunmoor, the Vesslish capital, rejected the accusation as absurd. "
            + "The Vesslish government said no Vesslish boat had been near the ferry.";

    private static final String ARRESTS = "Four held after Tallin bridge fire\n\n"
            + "Four people have been detained over the fire on the Tallin bridge in northern Sorvania, a spokesman for the Sorvanian National Police said. "
            + "In neighbouring Vessland, Dunmoor Police closed the port.";
    private static final String ARRESTS_COLUMN = "Opinion: the Sorvanians deserve the truth\n\n"
            + "The interior minister says six people were arrested; the police say four.";

    private static List<Entity> entities;
    private static List<Claim> claims;

    @BeforeAll
    static void find() {
        List<Article> both = List.of(invented("w1", WIRE), invented("o1", COLUMN), invented("b1", BRIEF), invented("n1", NEIGHBOUR),
                invented("a1", ARRESTS), invented("a2", ARRESTS_COLUMN));
        Annotations annotations = Annotations.of(both);
        entities = Entities.find(both, annotations);
        claims = Claims.find(both, annotations, entities);
    }

    @Test
    void theBodyJustNamedByItsFormalNameAndTheFirmARoleSpeaksForAreTheSpeakers() {
        InventedArticle bulletin = InventedArticle.of("m1", "Fire at colony near Kelbar\n\n"
                + "A fire broke out at a prison colony near Kelbar on Monday night, the Ministry of Internal Affairs reported. "
                + "The ministry said the fire broke out at 01:40 in a workshop. "
                + "The Dorvan Freight Company, which supplies the workshop, said its equipment had been inspected in May. "
                + "A company spokeswoman said the firm would cooperate with investigators.");

        assertThat(bulletin.said("01:40")).allMatch(c -> c.endsWith("Ministry of Internal Affairs"));
        assertThat(bulletin.said("cooperate with investigators")).isNotEmpty().allMatch(c -> c.endsWith("Dorvan Freight Company"));
    }

    @Test
    void aGroupCallingItselfByANameSpeaksByThatName() {
        assertThat(on("calling itself")).extracting(Claim::type, Claim::stance, c -> name(c.speaker()))
                .containsExactly(tuple("responsibility", "reports", "Grey Lantern Front"));
    }

    @Test
    void thePoliceInAColumnThatNamesOnlyTheCountryAreThatCountrysPolice() {
        assertThat(on("the police say four")).extracting(c -> name(c.speaker())).contains("Sorvanian National Police");
    }

    @Test
    void aFigureAnnouncedByAnotherSourceIsThatSourcesAndTheRestTheSpeakers() {
        InventedArticle wire = InventedArticle.of("f1", "Floods in Orm Province\n\n"
                + "Governor Anna Lisk of Orm Province put the number of dead at 31, well above the figure of 23 announced by the Orm Interior Ministry.");

        assertThat(wire.claims()).filteredOn(c -> c.type().equals("quantity")).extracting(Claim::object, c -> wire.name(c.speaker()))
                .containsExactlyInAnyOrder(tuple("31 dead", "Anna Lisk"), tuple("23 dead", "Orm Interior Ministry"));
    }

    @Test
    void aNameRightBeforeSaysSpeaksWhenTheParserHangsTheVerbFromTheFigure() {
        InventedArticle check = InventedArticle.of("f2", "Floods in Orm Province\n\n"
                + "On the death toll, the government's figure is 17 and the Brenna Mountain Rescue Service says 25.");

        assertThat(check.claims()).filteredOn(c -> c.type().equals("quantity")).extracting(Claim::object, c -> check.name(c.speaker()))
                .contains(tuple("25 death", "Brenna Mountain Rescue Service"));
    }

    @Test
    void theGroupIsTheGroupTheArticleNamedLast() {
        assertThat(on("The group says")).extracting(Claim::type, c -> name(c.speaker())).containsExactly(tuple("quantity", "Copper Wasp"));
    }

    @Test
    void theAssociationIsTheGroupNamedLastThatAnyArticlePresentsAsOne() {
        InventedArticle crush = InventedArticle.together(
                invented("g1", "Gate crush at Marlow\n\nOpen Stands, a Marlovian fan-rights group, has published 26 names of the dead."),
                invented("g2", "Minister blames fans\n\nInterior Minister Lev Arno accused the supporters' association Sombra Verde of storming Gate 4. "
                        + "The association rejected the accusation.\n\n"
                        + "Arno also blamed Open Stands for the panic. The association denies receiving money from abroad."));
        assertThat(crush.said("rejected the accusation", "denies receiving money")).containsExactly("denial denies Sombra Verde", "denial denies Open Stands");
    }

    @Test
    void theMinistryIsTheOneOfTheMinisterTheArticleNames() {
        assertThat(on("The ministry says")).filteredOn(c -> c.object().startsWith("14")).extracting(c -> name(c.speaker()))
                .containsExactly("Morvish Energy Ministry");
    }

    @Test
    void theGovernmentOfAnArticleNamingNoCountryBeforeIsTheCountryOfItsStateBodies() {
        assertThat(on("The government says")).extracting(Claim::type, c -> name(c.speaker())).containsExactly(tuple("quantity", "Kaverland"));
    }

    @Test
    void aCapitalTheArticleNamesAsALandsStandsForIt() {
        assertThat(on("Officials in Dunmoor")).extracting(Claim::type, c -> name(c.speaker()), c -> name(c.subject()))
                .containsExactly(tuple("denial", "Vessland", "Vessland"));
        assertThat(on("The Vesslish government")).extracting(c -> name(c.speaker())).containsExactly("Vessland");
    }

    @Test
    void aTitleAfterAPossessiveIsThePersonWhoHoldsIt() {
        InventedArticle column = InventedArticle.of("c2", "The ferry and the envoy\n\n"
                + "Minister Ilse Varn blamed Kaverland for the sinking of the ferry on Monday. "
                + "Ambassador Teodor Vask of Kaverland answered her on Tuesday. "
                + "Their ambassador told reporters that Kaverland had no part in the sinking.");

        assertThat(column.said("Their ambassador told")).containsExactly("denial denies Teodor Vask");
    }

    @Test
    void aNameInARelativeClauseDescribesTheSpeakerUnlessItIsTheSpeakersOwn() {
        InventedArticle report = InventedArticle.of("r2", "Pumps failed at the Kettering station\n\n"
                + "Mayor Ilse Varn of Kettering called for an inquiry on Monday. "
                + "Engineers who work for Mayor Ilse Varn said the pumps had been faulty for a year. "
                + "A masked man who identified himself as the group's spokesman, Tomas Brell, said fighters had set the fire.");

        assertThat(report.said("Engineers who work for")).allMatch(c -> !c.endsWith("Ilse Varn"));
        assertThat(report.said("identified himself as")).singleElement().asString().endsWith("Tomas Brell");
    }

    @Test
    void aTitleSetBeforeTheNameWithACommaNamesThatPersonLater() {
        InventedArticle hearing = InventedArticle.of("h9", "Rail fire hearing\n\n"
                + "A fire on a night train killed four people on Friday. The committee heard from the State Secretary for Transport, Ilse Vandor, "
                + "and the head of the rail authority, Piet Orman. The State Secretary said the carriages had been inspected in May.");

        assertThat(hearing.said("The State Secretary said")).singleElement().asString().endsWith("Ilse Vandor");
    }

    private static List<Claim> on(String words) {
        return claims.stream().filter(c -> c.text().contains(words)).toList();
    }

    private static String name(String entityId) {
        return entities.stream().filter(e -> e.id().equals(entityId)).map(Entity::name).findFirst().orElse(null);
    }

    @Test
    void aSpeakerWithATitleAfterTheVerbAtTheSentencesEndSpeaksWhatComesBefore() {
        // (the parser takes "said" for a loose word and the speaker for what was said)
        InventedArticle wire = InventedArticle.of("sd9", "Debris falls on Varno\n\n"
                + "Four people were wounded by falling debris, said police chief Anton Drell. "
                + "The old tower on the square fell as well, said to be the tallest in Varno.");

        assertThat(wire.said("Four people were wounded")).containsExactly("quantity reports Anton Drell");
        assertThat(wire.claims()).filteredOn(c -> c.text().contains("tallest")).allMatch(c -> c.speaker() == null && c.speakerText() == null);
    }

    @Test
    void peopleToldOfByHowTheyKnowSpeakWhenTheParserTakesTheParticipleForTheVerb() {
        InventedArticle wire = InventedArticle.of("sd11", "Debris falls on Varno\n\n"
                + "Two people briefed on the inquiry said the tower's cable had been replaced in March.");

        assertThat(wire.claims()).filteredOn(c -> c.text().contains("cable had been replaced")).isNotEmpty()
                .allMatch(c -> "Two people".equals(c.speakerText()));
    }

    @Test
    void aQuotationWhoseLastClauseTheParserGivesTheVerbIsStillTheNamedSpeakers() {
        // (parsed with "I" as a second subject of "said")
        InventedArticle profile = InventedArticle.of("sd10", "Debris falls on Varno\n\n"
                + "Anton Drell ran the Varno tower trust for a decade. "
                + "\"We quarrelled with each other for years, and she was right more often than I was,\" Drell said on Monday.");

        assertThat(profile.said("We quarrelled")).isNotEmpty().allMatch(s -> s.endsWith(" Anton Drell"));
    }
}
