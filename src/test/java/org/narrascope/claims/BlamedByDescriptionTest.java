package org.narrascope.claims;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.narrascope.model.Claim;
import org.narrascope.model.Question;
import org.narrascope.versions.EventVersions;

/**
 * Who a blame is about when the sentence never names them: a country by its agents or its acts ("Pellandian
 * commandos", "a Marvonian operation"), a country under another spelling of its name, and an organisation by
 * what the article calls it ("the authority").
 */
class BlamedByDescriptionTest {

    private static final String REPORT = "The Marvonian Water Authority (MWA) runs the Tesk reservoir, which burst on Friday. "
            + "Marvonia's interior minister, Ilse Draken, accused Pellandia of the disaster.\n\n"
            + "Pellandia's Foreign Ministry rejected an accusation by Draken that Pellandian commandos had blown up the Tesk Dam.\n\n"
            + "Engineer Rolf Maas said the authority ignored years of warnings about the spillway. "
            + "The authority denies any neglect, spokeswoman Ana Loor said.";

    @Test
    void aCountryNamedByItsAgentsIsTheOneBlamedNotThePlaceTheyHit() {
        InventedArticle report = InventedArticle.of("r1", REPORT);

        assertThat(report.claims()).filteredOn(c -> c.text().startsWith("Pellandia's Foreign Ministry rejected"))
                .extracting(Claim::type, c -> report.name(c.subject()))
                .containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple("denial", "Pellandia"),
                        org.assertj.core.groups.Tuple.tuple("accusation", "Pellandia"));
    }

    @Test
    void anOrganisationCalledByWhatItIsIsTheOneBlamedAndTheOneDenying() {
        InventedArticle report = InventedArticle.of("r2", REPORT);

        assertThat(report.claims()).filteredOn(c -> c.text().startsWith("Engineer Rolf Maas"))
                .extracting(c -> report.name(c.subject())).containsExactly("Marvonian Water Authority");
        assertThat(report.claims()).filteredOn(c -> c.text().startsWith("The authority denies"))
                .extracting(Claim::type, c -> report.name(c.subject()))
                .containsExactly(org.assertj.core.groups.Tuple.tuple("denial", "Marvonian Water Authority"));
        List<Question> questions = EventVersions.of(report.claims(), report.entities()).questions();
        assertThat(questions).filteredOn(q -> q.text().startsWith("who")).flatExtracting(Question::answers)
                .extracting(Question.Answer::answer).contains("Pellandia", "Marvonian Water Authority");
    }

    @Test
    void aCountrySpeltTwoWaysIsFoundByTheDemonymOfEither() {
        InventedArticle report = InventedArticle.of("r3", "Kovaliya's foreign minister, Petr Hanek, spoke on Monday. "
                + "Kovaliya has denied everything. Neighbours spell the country Kovalia.\n\n"
                + "A police chief said a Kovalian operation was behind the blast at the depot.");

        assertThat(report.claims()).filteredOn(c -> c.text().startsWith("A police chief"))
                .extracting(Claim::type, c -> report.name(c.subject()))
                .containsExactly(org.assertj.core.groups.Tuple.tuple("responsibility", "Kovaliya"));
    }

    @Test
    void theCompanyIsTheFirmTheArticlePresentedAsOneWhateverItsName() {
        InventedArticle report = InventedArticle.of("r4", "The depot belongs to Starfall Pyrotechnics, a family firm that supplies displays.\n\n"
                + "The interior ministry has pointed the finger at the company, saying it stored more explosives than its licence allowed.");

        assertThat(report.claims()).filteredOn(c -> c.text().startsWith("The interior ministry")).extracting(Claim::type, c -> report.name(c.subject()))
                .containsExactly(org.assertj.core.groups.Tuple.tuple("accusation", "Starfall Pyrotechnics"));
    }
}
