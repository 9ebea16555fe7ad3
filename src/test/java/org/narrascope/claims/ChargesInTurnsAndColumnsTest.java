package org.narrascope.claims;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import org.junit.jupiter.api.Test;
import org.narrascope.model.Claim;

/**
 * Coverage of an invented car park collapse in the formats that carry most of the blame: a bulletin transcript where a
 * guest charges someone without a verb of saying, a column that charges "the company" it has named, a report that
 * follows a speaker's paraphrased words with their quotation, an owner's defence, and a toll given with the missing.
 */
class ChargesInTurnsAndColumnsTest {

    @Test
    void aGuestsChargeInATranscriptIsTheirs() {
        InventedArticle bulletin = InventedArticle.of("t1", "CITY NEWS AT SIX - TRANSCRIPT\n\n"
                + "PRESENTER (Ida Lorne): We are joined by the housing councillor, Bram Oster. Councillor, who is to blame?\n\n"
                + "BRAM OSTER: The operator ignored the tenants for a year. Its engineers never went back to check.");

        assertThat(bulletin.said("ignored the tenants", "never went back")).containsExactly("accusation reports Bram Oster", "accusation reports Bram Oster");
    }

    @Test
    void theSpeakersOwnBlameAndTheirOwnWarningsToThePartyInChargeAreCharges() {
        InventedArticle report = InventedArticle.of("w1", "The Drivers' Guild said on Monday that it blamed Parkway Holdings for the collapse. "
                + "\"We warned Parkway Holdings in writing that the ramps were cracking. We told them this would happen,\" Guild chair Noor Elst said. "
                + "\"Next the owners will blame the drivers,\" she added.");

        assertThat(report.said("it blamed", "We warned", "We told them")).containsExactly("accusation reports Drivers' Guild",
                "accusation reports Noor Elst", "accusation reports Noor Elst");
        assertThat(report.said("will blame the drivers")).noneMatch(said -> said.startsWith("accusation"));
    }

    @Test
    void aColumnChargingTheCompanyItHasNamedChargesThatCompany() {
        InventedArticle column = InventedArticle.of("c1", "Parkway Holdings was warned about the cracks for two years. "
                + "Now the company wants us to look elsewhere: at the weather, at the contractor, at anything but its own books.");

        assertThat(column.claims()).filteredOn(c -> c.text().startsWith("Now the company")).extracting(Claim::type, Claim::stance, c -> column.name(c.subject()))
                .containsExactly(tuple("accusation", "asserts", "Parkway Holdings"));
    }

    @Test
    void aQuotationAfterASpeakersToldWordsIsTheirsAndAnOwnersInspectionsDefendIt() {
        InventedArticle report = InventedArticle.of("r1", "Dana Oyelaran, a nurse, said drivers had complained about falling concrete for months. "
                + "\"They told us it was safe. The owners are responsible for this.\"\n\n"
                + "Parkway Holdings says the structure was sound and had been regularly inspected.");

        assertThat(report.said("owners are responsible")).containsExactly("responsibility reports Dana Oyelaran");
        assertThat(report.said("structure was sound")).containsExactly("denial denies Parkway Holdings");
    }

    @Test
    void aTollGivenWithTheMissingCountsBoth() {
        InventedArticle report = InventedArticle.of("m1", "The death toll stands at nine, with one person still missing.");

        assertThat(report.claims()).extracting(Claim::object).containsExactlyInAnyOrder("nine death", "one missing");
    }

    @Test
    void aHospitalsManagementBlamedIsTheHospitalAndItsDirectorsChecksDefendIt() {
        InventedArticle report = InventedArticle.of("h1", "A fire at Orsk General Hospital killed four patients on Sunday.\n\n"
                + "Health Minister Vera Lind blamed the hospital's management, saying it had ignored warnings about the wiring. "
                + "The hospital's director, Oleg Marr, rejected the accusation. He said the wiring had been replaced in 2021 and had passed "
                + "every safety check since. The hospital said its alarms were working properly, according to records seen by the Orsk Herald.");

        assertThat(report.claims()).filteredOn(c -> c.text().startsWith("Health Minister")).extracting(Claim::type, c -> report.name(c.subject()))
                .containsExactly(tuple("accusation", "Orsk General Hospital"));
        assertThat(report.said("every safety check", "working properly")).containsExactly("denial denies Oleg Marr", "denial denies Orsk General Hospital");
    }

    @Test
    void anUnnamedSourceWithAnAsideKeepsTheirWordsAndTheirShe() {
        InventedArticle report = InventedArticle.of("n1", "\"My mother could not walk,\" said Piet Hollander, 52.\n\n"
                + "One nurse, who asked not to be named, said staff had reported the faulty alarm twice. "
                + "\"We were told a technician would come. He never did,\" she said.");

        assertThat(report.claims()).filteredOn(c -> c.text().startsWith("One nurse")).extracting(Claim::speaker, Claim::speakerText)
                .containsExactly(tuple(null, "One nurse"));
        assertThat(report.claims()).filteredOn(c -> c.text().contains("she said")).extracting(Claim::speaker, Claim::speakerText)
                .containsExactly(tuple(null, "One nurse"));
    }

    @Test
    void lockedExitsChargeAndTheOwnersLawyerSpeaksForHim() {
        InventedArticle report = InventedArticle.of("x1", "Fourteen workers died in the fire at the Kadel Textiles plant in Brennov.\n\n"
                + "Several workers told reporters that the emergency exit on the second floor was padlocked. "
                + "The plant's owner, Marek Kadel, denies this. His lawyer says all exits were open during working hours.\n\n"
                + "Why did the labour ministry cut the number of factory inspectors by half in 2021?\n\n"
                + "The building's landlord, Ida Rusk, said the locks had been fitted without her knowledge.");

        assertThat(report.said("padlocked", "His lawyer", "Why did", "without her knowledge")).containsExactly("accusation reports -",
                "denial denies Marek Kadel", "accusation questions -", "denial denies Ida Rusk");
        assertThat(report.claims()).filteredOn(c -> c.text().startsWith("Several workers")).extracting(Claim::speakerText)
                .containsExactly("Several workers");
    }

    @Test
    void aSpokeswomanRightAfterABodySpokeIsItsSpokeswoman() {
        InventedArticle report = InventedArticle.of("s1", "Residents blamed Greyline Housing for the faulty fire doors.\n\n"
                + "Greyline Housing, which manages the block, rejected the criticism. \"We take safety seriously,\" a spokeswoman said. "
                + "\"The fire doors were inspected in May and found to be in good working order.\"");

        assertThat(report.claims()).filteredOn(c -> c.text().contains("good working order")).extracting(Claim::type, c -> report.name(c.speaker()))
                .containsExactly(tuple("denial", "Greyline Housing"));
    }

    @Test
    void whatAnAccuserSaysNextInTheSameBreathBacksTheCharge() {
        InventedArticle wire = InventedArticle.of("w9", "Car park collapse in Dorne\n\n"
                + "Union leader Mira Tallis accused Parkway Holdings of ignoring cracks in the ramps. "
                + "\"The inspection was done from a car window,\" Tallis said. "
                + "Parkway Holdings did not respond.");

        assertThat(wire.said("from a car window")).containsExactly("accusation reports Mira Tallis");
    }
}
