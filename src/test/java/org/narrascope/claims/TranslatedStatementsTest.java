package org.narrascope.claims;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.narrascope.Fixtures;
import org.narrascope.model.Article;
import org.narrascope.model.Claim;
import org.narrascope.model.Entity;

/**
 * An invented state agency's report in translation: tolls of servicemen who "perished" and "received injuries", a
 * source named in an opening aside ("As was noted by ..."), a speaker called by his title alone, a rejection put in
 * the passive with the ministry as its place ("In the Ministry ... were called ..."), a party named in quotation
 * marks, and a ministry named with and without its country.
 */
class TranslatedStatementsTest {

    private static InventedArticle report;

    @BeforeAll
    static void read() {
        report = InventedArticle.of("depot", "Explosion at military depot near Belovo\n\n"
                + "ZAROVSK, 14 October. /ZarPress/. As a result of the explosion at the military depot near the settlement of Belovo, "
                + "17 servicemen perished and 42 received injuries of varying severity, the press service of the Ministry of Defence "
                + "of Zarovia reported.\n\n"
                + "The explosion was the work of saboteurs, according to the Deputy Minister of Defence Arkady Volnov. "
                + "The preliminary version of the investigation is sabotage, the Deputy Minister emphasised.\n\n"
                + "At the same time, representatives of the opposition party \"Civic Choice\" declared that the depot had been neglected "
                + "for many years.\n\n"
                + "In the Ministry of Defence such statements were called \"irresponsible speculation\".\n\n"
                + "As was noted by the head of the regional administration Oleg Sarin, the evacuation of residents of Belovo, numbering "
                + "around 3,000 persons, has been completed.");
    }

    @Test
    void aBriefingTitledWithItsSpeakerIsAllTheSpeakersWords() {
        Article briefing = Fixtures.invented("briefing", "Briefing by the Official Representative of the Ministry of Defence of Zarovia, Irina Salko\n\n"
                + "On 12 October an explosion occurred at the military depot near the settlement of Belovo.\n\n"
                + "The Ministry of Defence has sent a note to the Embassy of Tarlandia demanding all available information.");
        assertThat(InventedArticle.together(briefing).claims()).filteredOn(c -> c.text().contains("sent a note"))
                .extracting(Claim::speakerText, Claim::stance)
                .containsExactly(tuple("Irina Salko", "reports"));
    }

    @Test
    void servicemenWhoPerishedAndReceivedInjuriesAreCounted() {
        assertThat(report.claims()).filteredOn(c -> c.text().contains("perished")).extracting(Claim::type, Claim::object)
                .containsExactlyInAnyOrder(tuple("quantity", "17 perished"), tuple("quantity", "42 injuries"));
    }

    @Test
    void aSpeakerCalledByHisTitleAloneIsTheOneNamedWithIt() {
        assertThat(report.said("the Deputy Minister emphasised")).containsExactly("responsibility reports Arkady Volnov");
    }

    @Test
    void aRejectionInThePassiveIsTheMinistrysDenial() {
        assertThat(report.said("irresponsible speculation")).containsExactly("denial denies Ministry of Defence of Zarovia");
    }

    @Test
    void aSourceNamedInAnOpeningAsideSpeaksTheClauseAfterIt() {
        assertThat(report.claims()).filteredOn(c -> c.text().contains("As was noted"))
                .extracting(Claim::type, Claim::object, c -> report.name(c.speaker())).containsExactly(tuple("quantity", "3,000 evacuation", "Oleg Sarin"));
    }

    @Test
    void aPartyNamedInQuotationMarksIsAnOrganisationThatSpeaks() {
        assertThat(report.entities()).extracting(Entity::name, Entity::type).contains(tuple("Civic Choice", "organization"));
        assertThat(report.said("neglected for many years")).containsExactly("accusation reports Civic Choice");
    }

    @Test
    void aMinistryNamedWithAndWithoutItsCountryIsOneBody() {
        assertThat(report.entities()).filteredOn(e -> e.name().startsWith("Ministry of Defence"))
                .extracting(Entity::name).containsExactly("Ministry of Defence of Zarovia");
    }

    @Test
    void aPublishedStatementIsItsAuthorsWordsAfterTheLineAnnouncingIt() {
        InventedArticle agency = InventedArticle.of("stmt", "Statement of the Ministry of Emergencies of Zarovia\n\n"
                + "The State Information Agency ZarPress publishes the text of the statement of the Ministry of Emergencies of Zarovia.\n\n"
                + "In the night of 3 to 4 May, a fire was registered in the residential building at 9 Lipa Street in Belovo. "
                + "As a result of the fire, 12 persons lost their lives. "
                + "According to the information of the Ministry of Internal Affairs, 4 persons have been detained.");

        assertThat(agency.said("lost their lives", "have been detained"))
                .containsExactly("quantity reports Ministry of Emergencies of Zarovia", "quantity reports Ministry of Internal Affairs");
    }

    @Test
    void aPressServiceSpeaksForItsBodyAndAShortFormBroughtInWithHereinafterNamesIt() {
        InventedArticle statement = InventedArticle.titled("press", "Statement of the Press Service of the Zarovian Armed Forces on the incident near Belovo",
                "In connection with the incident near the settlement of Belovo, the General Staff of the Zarovian Armed Forces (hereinafter, ZAF) "
                + "declares the following.\n\n"
                + "1. According to available data, two persons died as a result of the incident.\n\n"
                + "2. No unit of the ZAF was present in the said area.");

        Entity forces = statement.entities().stream().filter(e -> e.aliases().contains("ZAF")).findFirst().orElseThrow();
        assertThat(forces.aliases()).contains("Zarovian Armed Forces");
        assertThat(statement.said("two persons died")).containsExactly("quantity reports " + forces.name());
    }
}
