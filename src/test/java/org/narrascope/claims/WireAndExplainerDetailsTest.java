package org.narrascope.claims;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.narrascope.model.Claim;
import org.narrascope.model.Question;
import org.narrascope.versions.EventVersions;

/**
 * A wire story and an explainer on an invented crowd crush: a toll that replaces the speaker's own earlier one, a part
 * of the toll, a source speaking on condition of anonymity about who gave an order, the one named denying it through
 * his office, and an explainer's question headings, which are no claims.
 */
class WireAndExplainerDetailsTest {

    private static final String WIRE = "ORSEN (Meridian Wire) - At least 38 people were killed in a crush at the Orsen arena on Sunday, "
            + "the regional health office said on Monday, raising its earlier toll of 27.\n\n"
            + "Among the dead were five children.\n\n"
            + "A senior police officer, speaking on condition of anonymity, told Meridian Wire that the exits had been locked on the orders "
            + "of the arena's owner, Lukas Brandt. Brandt's office said he was abroad at the time and had given no such order.";

    private static final String EXPLAINER = "What we know about the Orsen crush\n\n"
            + "How many died?\n\n"
            + "The regional health office puts the toll at 38.\n\n"
            + "Were the exits locked?\n\n"
            + "Survivors say they were. The arena's owner says they were open.";

    @Test
    void aTollReplacingTheSpeakersOwnIsTheirsAndAPartOfTheTollAnswersNoHowMany() {
        InventedArticle wire = InventedArticle.of("w1", WIRE);

        assertThat(wire.claims()).filteredOn(c -> c.text().contains("earlier toll")).extracting(Claim::object, Claim::speakerText)
                .contains(org.assertj.core.groups.Tuple.tuple("27 toll", "the regional health office"));
        assertThat(wire.claims()).filteredOn(c -> c.text().startsWith("Among")).extracting(Claim::object).containsExactly("five among the dead");
        List<Question> questions = EventVersions.of(wire.claims(), wire.entities()).questions();
        assertThat(questions).filteredOn(q -> q.text().startsWith("how many were killed")).flatExtracting(Question::answers)
                .extracting(Question.Answer::answer).containsExactlyInAnyOrder("38", "27");
    }

    @Test
    void anAnonymousSourceNamesWhoGaveTheOrderAndTheOneNamedDeniesIt() {
        InventedArticle wire = InventedArticle.of("w2", WIRE);

        assertThat(wire.claims()).filteredOn(c -> c.text().startsWith("A senior police officer"))
                .extracting(Claim::type, Claim::speakerText, c -> wire.name(c.subject()))
                .containsExactly(org.assertj.core.groups.Tuple.tuple("responsibility", "A senior police officer", "Lukas Brandt"));
        assertThat(wire.claims()).filteredOn(c -> c.text().startsWith("Brandt's office")).extracting(Claim::type, c -> wire.name(c.subject()))
                .containsExactly(org.assertj.core.groups.Tuple.tuple("denial", "Lukas Brandt"));
    }

    @Test
    void aVersionKeptOpenIsPassedOnAndNobodyKilledIsACountOfZero() {
        InventedArticle fire = InventedArticle.of("f1", "Nobody was killed. The cause of the fire is not yet known, but arson has not been ruled out, "
                + "according to Chief Inspector Mira Venn. The Kell Refining Company said its safety systems had worked as designed.");

        assertThat(fire.claims()).filteredOn(c -> c.text().startsWith("Nobody")).extracting(Claim::object).containsExactly("Nobody killed");
        assertThat(fire.said("ruled out")).containsExactly("responsibility reports Mira Venn");
        assertThat(fire.said("worked as designed")).containsExactly("denial denies Kell Refining Company");
    }

    @Test
    void aColumnsOwnWordsAreNotWhatItsSpeakersSayAndCompoundFiguresAreRead() {
        InventedArticle column = InventedArticle.of("c1", "The smoke over the Orne tower had not cleared when Kestria's foreign ministry announced that "
                + "the fire had nothing to do with its agents. Interior Minister Ada Brun has said only that the fire was started deliberately "
                + "and that three Kestrian nationals are being questioned. Yet the opposition would rather blame the owner, Lindqvist Homes, "
                + "for cladding that it says was flammable. Twenty-two people died.");

        assertThat(column.claims()).filteredOn(c -> c.text().startsWith("The smoke")).isNotEmpty().noneMatch(c -> c.speaker() == null);
        assertThat(column.said("started deliberately")).contains("responsibility reports Ada Brun");
        List<Question> questions = EventVersions.of(column.claims(), column.entities()).questions();
        assertThat(questions).filteredOn(q -> q.text().startsWith("how many were killed")).flatExtracting(Question::answers)
                .extracting(Question.Answer::answer).containsExactly("22");
        assertThat(questions).filteredOn(q -> q.text().startsWith("how many were detained")).flatExtracting(Question::answers)
                .extracting(Question.Answer::answer).containsExactly("3");
    }

    @Test
    void deathsAddedToATollAreNotTheTollAndFallingShortOfStandardsIsAFault() {
        InventedArticle followUp = InventedArticle.of("f2", "Two more residents have died in hospital, bringing the death toll to 24, officials said. "
                + "The inquiry's first findings say the flames spread through panels that did not meet fire standards.");

        assertThat(EventVersions.of(followUp.claims(), followUp.entities()).questions()).filteredOn(q -> q.text().startsWith("how many were killed"))
                .flatExtracting(Question::answers).extracting(Question.Answer::answer).containsExactly("24");
        assertThat(followUp.claims()).filteredOn(c -> c.text().contains("did not meet")).extracting(Claim::type).containsExactly("accusation");
    }

    @Test
    void aPoisoningToldByParentsAKitchenThatFailedAnInspectionAndASupplierDefendingItsFood() {
        InventedArticle lunch = InventedArticle.of("l1", "Parents in Selwick demanded answers after 41 children fell ill from a school lunch. "
                + "Fire chief Tomas Reel said the kitchen had failed an inspection in March. "
                + "Greenplate Catering said the food had left its kitchen in perfect condition. "
                + "Health officials said no child had died.");

        assertThat(lunch.claims()).as("parents in a town are not the town").noneMatch(c -> "Selwick".equals(lunch.name(c.speaker())));
        assertThat(lunch.claims()).filteredOn(c -> c.type().equals("quantity")).extracting(Claim::object).containsExactlyInAnyOrder("41 ill", "no died");
        assertThat(lunch.said("failed an inspection", "perfect condition")).containsExactly("accusation reports Tomas Reel", "denial denies Greenplate Catering");
    }

    @Test
    void anExplainersQuestionHeadingsAreNoClaims() {
        assertThat(InventedArticle.of("e1", EXPLAINER).said("How many died?", "Were the exits locked?")).containsExactly("(none)", "(none)");
    }

    @Test
    void aPartOfTheInjuredAnswersNoHowManyAndBearingNoResponsibilityOrNoEvidenceDenies() {
        InventedArticle depot = InventedArticle.of("d1", "Nine people were killed and 34 injured, according to the district council. "
                + "Fourteen of the injured remain in hospital.\n\n"
                + "The ministry blamed Brightfire Displays. Brightfire Displays said the allegations were categorically false and that it bore "
                + "no responsibility for the blast.\n\n"
                + "A local MP suggested that a rival firm may have started the fire. Police said there was no evidence to support that claim.");

        List<Question> questions = EventVersions.of(depot.claims(), depot.entities()).questions();
        assertThat(questions).filteredOn(q -> q.text().startsWith("how many were injured")).flatExtracting(Question::answers)
                .extracting(Question.Answer::answer).containsExactly("34");
        assertThat(depot.said("categorically false")).containsExactly("denial denies Brightfire Displays");
        assertThat(depot.claims()).filteredOn(c -> c.text().startsWith("Police said")).extracting(Claim::type, Claim::stance, Claim::speakerText)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("responsibility", "denies", "Police"));
    }
}
