package org.narrascope.entities;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.narrascope.Fixtures;
import org.narrascope.model.Article;
import org.narrascope.model.Entity;
import org.narrascope.model.Mention;

/** One entity per real thing across the bundled examples (planted variants in docs/examples-gold.md). */
class EntitiesTest {

    private static List<Article> articles;
    private static List<Entity> entities;

    @BeforeAll
    static void find() {
        articles = Fixtures.ingest(Path.of("examples")).articles();
        entities = Entities.find(articles);
    }

    @Test
    void acronymGivenInParenthesesAndSpellingVariantsJoinTheFullName() {
        Entity nlf = named("Northern Liberation Front");

        assertThat(nlf.type()).isEqualTo("organization");
        assertThat(nlf.aliases()).contains("NLF", "North Liberation Front");
        assertThat(named("Arvenian Secret Intelligence Bureau").aliases()).contains("ASIB");
    }

    @Test
    void surnamesAndTitledFormsJoinTheFullName() {
        Entity minister = named("Olga Ivanova");

        assertThat(minister.type()).isEqualTo("person");
        assertThat(minister.aliases()).contains("Ivanova", "Mrs Ivanova");
        assertThat(entities).filteredOn(e -> e.name().equals("Ivanova")).isEmpty();
    }

    @Test
    void mentionsPointAtTheNameInTheText() {
        Map<String, Article> byId = articles.stream().collect(Collectors.toMap(Article::id, Function.identity()));
        Entity minister = named("Olga Ivanova");
        for (Mention m : minister.mentions()) {
            assertThat(byId.get(m.article()).text().substring(m.span().start(), m.span().end())).contains("Ivanova");
        }
        assertThat(minister.mentions().stream().map(Mention::article).distinct().count()).isGreaterThan(3);
    }

    @Test
    void demonymsNameTheirCountryOnlyAsActors() {
        Article a = new Article("d1", List.of("d1"), null, null, null, null, null, null, null, "en", 40,
                "The British denied any role in the sabotage on Monday. A British court later heard the case. "
                        + "Ukrainians protested outside the embassy, and Britain recalled its envoy.");
        List<Entity> found = Entities.find(List.of(a));
        Entity uk = found.stream().filter(e -> e.name().equals("United Kingdom")).findFirst().orElseThrow();

        assertThat(uk.mentions()).extracting(m -> a.text().substring(m.span().start(), m.span().end()))
                .containsExactlyInAnyOrder("British", "Britain");
        assertThat(found).extracting(Entity::name).contains("Ukraine");
    }

    @Test
    void aGroupWithoutTheLastWordOfItsNameIsTheGroup() {
        Article a = article("g1", "Interior Minister Lev Arno blamed the Open Square Movement for the stadium fire on Sunday. "
                + "Open Square, which has marched every week since spring, rejected the accusation. "
                + "Open Square leader Ilka Sorn called it a lie.");
        List<Entity> found = Entities.find(List.of(a));

        assertThat(found).filteredOn(e -> e.name().startsWith("Open Square")).extracting(Entity::name, Entity::type)
                .containsExactly(tuple("Open Square Movement", "organization"));
    }

    @Test
    void aNamePresentedAsAGroupIsAnOrganisation() {
        Article a = article("g2", "Police blamed saboteurs for the blast. "
                + "Grey Ember, a small climate group that campaigns against new pipelines, called the accusation defamatory. "
                + "Later, a group of residents gathered outside the town hall.");
        List<Entity> found = Entities.find(List.of(a));

        assertThat(found).filteredOn(e -> e.name().equals("Grey Ember")).extracting(Entity::type).containsExactly("organization");
        assertThat(found).extracting(Entity::name).doesNotContain("Later");
    }

    @Test
    void aNamePresentedAsAFirmOrAGroupInOneArticleIsAnOrganisationInEvery() {
        Article a = article("p1", "Interior Minister Lev Arno accused Open Stands, a Marlovian fan-rights group, of spreading rumours. "
                + "Mira Voss, a charity worker, said the gates were shut.");
        Article b = article("p2", "The section was serviced by Dorozh-Servis, the Marlovian firm that holds the maintenance contract.");
        Article c = article("p3", "Dorozh-Servis declined to comment on Monday. Dorozh-Servis billed the operator twice.");
        List<Entity> found = Entities.find(List.of(a, b, c));

        assertThat(found).filteredOn(e -> List.of("Open Stands", "Dorozh-Servis", "Mira Voss").contains(e.name()))
                .extracting(Entity::name, Entity::type)
                .containsExactlyInAnyOrder(tuple("Open Stands", "organization"), tuple("Dorozh-Servis", "organization"), tuple("Mira Voss", "person"));
    }

    @Test
    void aMinistryInLowerCaseAfterItsCountryIsThatCountrysMinistry() {
        Article a = article("m1", "A Marlovian activist was found dead in Tessa on Monday. Kurvonia's foreign ministry has denied any part in her death. "
                + "The Bekhtani foreign ministry called the death a murder, and Bekhtania recalled its ambassador. "
                + "Kurvonia's Foreign Ministry later said the activist had been ill.");
        List<Entity> found = Entities.find(List.of(a));

        assertThat(entity(found, "Kurvonia's Foreign Ministry").mentions()).hasSize(2);
        assertThat(entity(found, "Bekhtani Foreign Ministry").type()).isEqualTo("organization");
    }

    @Test
    void aWireDatelinesTownIsAPlace() {
        Article a = article("w1", "Bridge inquiry reports\n\nSELBY (Coastal Press) - A government inquiry blamed the operator on Thursday.");
        List<Entity> found = Entities.find(List.of(a));

        assertThat(found).filteredOn(e -> e.name().equalsIgnoreCase("Selby")).extracting(Entity::type).containsExactly("place");
    }

    @Test
    void aSurnameWithADemonymLikeAdjectiveStaysAPerson() {
        Article a = article("s1", "President Anton Holm signed the decree on Monday. Holm said the law would pass. "
                + "Critics called it Holmian overreach, and Mr. Holm dismissed them. Holm left for Ardel on Tuesday.");
        List<Entity> found = Entities.find(List.of(a));

        assertThat(entity(found, "Anton Holm").type()).isEqualTo("person");
        assertThat(found).filteredOn(e -> e.name().equals("Holm")).isEmpty();
    }

    @Test
    void aBareSurnameIsTheFamilyMemberNamedFarMoreOftenAndNoOneWhenNoneStandsOut() {
        Article a = article("f1", "President Anton Holm signed the decree on Monday. Anton Holm said the law would pass, "
                + "and his son Erik Holm praised it. Holm left for Ardel on Tuesday.");
        Article b = article("f2", "Critics of Anton Holm marched in Ardel. Anton Holm did not meet them; Holm was abroad.");
        Article c = article("f3", "Singer Mara Veld and her sister Ines Veld opened the festival on Friday. Veld thanked the crowd. "
                + "The stage was built by the haulage firm Holm Logistics Ltd, the organisers said.");
        List<Entity> found = Entities.find(List.of(a, b, c));

        assertThat(entity(found, "Anton Holm").aliases()).contains("Holm");
        assertThat(entity(found, "Erik Holm").aliases()).doesNotContain("Holm");
        assertThat(entity(found, "Mara Veld").aliases()).doesNotContain("Veld");
        assertThat(entity(found, "Ines Veld").aliases()).doesNotContain("Veld");
        assertThat(entity(found, "Anton Holm").aliases()).noneMatch(alias -> alias.contains("Logistics"));
    }

    @Test
    void aBareSurnameIsTheNamesakeNamedInTheArticlesItIsWrittenAloneIn() {
        Article bakery = article("f1", "The bakery's owner, Tomas Brenn, said the oven had passed its inspection in March. "
                + "Brenn said the staff had left by nine.");
        Article harbour = article("f2", "Harbour police chief Ilona Brenn said two men were held after the warehouse fire in Ostrel.");
        List<Entity> found = Entities.find(List.of(bakery, harbour));

        assertThat(entity(found, "Tomas Brenn").aliases()).contains("Brenn");
        assertThat(entity(found, "Ilona Brenn").aliases()).doesNotContain("Brenn");
    }

    @Test
    void aRunOfCapitalsInATitleCaseHeadlineIsNoNameUnlessTheTextRepeatsIt() {
        List<Article> headlined = List.of(
                headlined("h1", "Ardel Theological Commission Sacked for Questioning Bishop of Mercy & Dialogue",
                        "The bishop of Ardel dismissed the Ardel Theological Commission on Monday."),
                headlined("h2", "Veska Man Who Sold Ammo to Lund Gunman Charged", "A man from Veska was charged on Monday."));
        List<Entity> found = Entities.find(headlined);

        assertThat(found).extracting(Entity::name).noneMatch(name -> name.contains("Sacked") || name.contains("Charged"));
    }

    @Test
    void aHeadlineThatIsASentenceWithNamesInItKeepsItsNames() {
        Article a = headlined("h3", "Anton Holm meets Mira Sand in Ardel", "The two writers met on Monday. Holm spoke first.");

        assertThat(entity(Entities.find(List.of(a)), "Anton Holm").mentions()).anyMatch(m -> m.span().start() == 0);
    }

    private static Article headlined(String id, String title, String body) {
        return new Article(id, List.of(id), title, null, null, null, null, null, null, "en", 40, title + "\n\n" + body);
    }

    @Test
    void anOutletIsAnOrganisationAndItsTownIsNoShortFormOfIt() {
        Article a = headlined("o1", "Bus bomb in Terrel", "Residents of Terrel's old town spent Tuesday laying flowers at the spot where the bus "
                + "bomb went off. The Western Front, in a statement sent to the Terrel Herald, said it had nothing to do with the bombing.");
        List<Entity> found = Entities.find(List.of(a));

        assertThat(entity(found, "Terrel Herald").type()).isEqualTo("organization");
        assertThat(entity(found, "Terrel Herald").aliases()).doesNotContain("Terrel");
    }

    @Test
    void aWordThatOnlyStartsTheSentenceIsNoPartOfATitle() {
        Article a = article("t1", "Despite President Anton Holm's promise, the dam was never inspected. But Mr. Holm blamed the rain, "
                + "and Interior Minister Vera Lind agreed.");
        List<Entity> found = Entities.find(List.of(a));

        assertThat(entity(found, "Anton Holm").aliases()).noneMatch(alias -> alias.startsWith("Despite") || alias.startsWith("But"));
        assertThat(entity(found, "Vera Lind").aliases()).contains("Interior Minister Vera Lind");
    }

    @Test
    void aFirstNameBetweenATitleAndATaggedSurnameIsPartOfTheNameAndALowerCaseRoleIsNoPartOfTheForm() {
        Article a = article("t2", "Coastal Defence Minister Arvo Tesk said the pier had been sabotaged. Harbour board spokesman Commander "
                + "Idris Vell told reporters the divers found nothing. Commander Vell later said the search was over.");
        List<Entity> found = Entities.find(List.of(a));

        assertThat(entity(found, "Arvo Tesk").aliases()).contains("Coastal Defence Minister Arvo Tesk");
        assertThat(found).noneMatch(e -> e.name().equals("Tesk"));
        assertThat(entity(found, "Idris Vell").aliases()).contains("Commander Idris Vell", "Commander Vell").noneMatch(alias -> alias.startsWith("spokesman"));
    }

    @Test
    void officersCouncillorsOwnersAndPresentersKeepTheirTitleAsAFormOfTheName() {
        Article a = article("t3", "Chief Fire Officer Lina Marsk said the blaze began in a storeroom. Councillor Piet Aldo blamed the landlord, "
                + "and the bar's owner Timo Raske denied it. Marsk later said the search was over. Presenter Eda Lunn asked who had the keys.");
        List<Entity> found = Entities.find(List.of(a));

        assertThat(entity(found, "Lina Marsk").aliases()).contains("Chief Fire Officer Lina Marsk", "Marsk");
        assertThat(entity(found, "Piet Aldo").aliases()).contains("Councillor Piet Aldo");
        assertThat(entity(found, "Timo Raske").aliases()).contains("owner Timo Raske");
        assertThat(entity(found, "Eda Lunn").aliases()).contains("Presenter Eda Lunn");
    }

    @Test
    void aNavalTitleIsNoPartOfTheName() {
        Article a = article("t4", "The head of the coast guard, Commodore Ivar Selm, said the ferry was struck at night. "
                + "Commodore Selm gave no figure. Ivar Selm later met the families, and Selm promised an inquiry.");
        List<Entity> found = Entities.find(List.of(a));

        assertThat(entity(found, "Ivar Selm").aliases()).contains("Commodore Ivar Selm", "Commodore Selm", "Selm");
    }

    @Test
    void aSurnameAndAPlaceThatOnlySoundAlikeStayApart() {
        Article a = article("s1", "Mayor Ilse Tavran of Tevrin said the bridge was sound. Tavran added that the army had offered help.");
        List<Entity> found = Entities.find(List.of(a));

        assertThat(entity(found, "Ilse Tavran").aliases()).doesNotContain("Tevrin");
        assertThat(found).anyMatch(e -> e.name().equals("Tevrin"));
    }

    @Test
    void aMinistryAndAPersonAreOneEntityUnderTheirUsualNameAndInitial() {
        Article a = article("m1", "Norway's Foreign Ministry denied the report on Monday. Two days later, the Ministry of Foreign Affairs "
                + "of Norway repeated the denial. The train's driver, Tobias Renk, is in hospital; T. Renk had driven the line for years.");
        List<Entity> found = Entities.find(List.of(a));

        assertThat(found).filteredOn(e -> e.type().equals("organization")).singleElement()
                .satisfies(e -> assertThat(forms(e)).contains("Norway's Foreign Ministry", "Ministry of Foreign Affairs"));
        assertThat(entity(found, "Tobias Renk").aliases()).contains("T. Renk");
    }

    @Test
    void initialledNamesAfterATranslatedTitleOrAStateJoinTheFullName() {
        Article release = article("i1", "The embassy expresses condolences to the relatives of the citizen of the Republic of Vostrana Irina Solvek, "
                + "who died on 10 February. Three citizens of Vostrana were detained in Helmsby. Until this moment we have received no results. On "
                + "what basis, then, does the Minister of Internal Affairs H. Marrant speak publicly of a crime? Henrike Marrant said the case was closed. The family of I. Solvek was told on Tuesday. "
                + "Spokesman Kazimir Ostrel spoke later; Mr K. Ostrell repeated it.");
        List<Entity> found = Entities.find(List.of(release));

        assertThat(entity(found, "Irina Solvek").aliases()).contains("I. Solvek").noneMatch(x -> x.contains("Vostrana"));
        assertThat(entity(found, "Henrike Marrant").aliases()).contains("H. Marrant");
        assertThat(forms(entity(found, "Kazimir Ostrel"))).anyMatch(x -> x.contains("K. Ostrell"));
    }

    @Test
    void anInitialledNameAfterAMinistersTitleIsThePerson() {
        Article release = article("i2", "3. We note that the Feldanian side informed the Embassy only on 8 February. Until this moment we have not received "
                + "the results of any examination. On what basis, then, does the Minister of Internal Affairs H. Vossberg speak publicly of a "
                + "\"direction\" of the investigation? Henrike Vossberg told reporters the inquiry was open.");
        List<Entity> found = Entities.find(List.of(release));

        assertThat(entity(found, "Henrike Vossberg").aliases()).contains("H. Vossberg");
        assertThat(found).noneMatch(e -> e.name().contains("Internal Affairs H."));
    }

    @Test
    void zhAndJAreOneLetterOfATransliteratedName() {
        Article a = article("z1", "Floods reached Zhelmary on Tuesday. General Ruslan Zhelev said the dam broke at night; "
                + "the regional paper writes that Ruslan Jelev ordered the evacuation of Zhelmary.");
        List<Entity> found = Entities.find(List.of(a));

        assertThat(forms(entity(found, "Ruslan Zhelev"))).contains("Ruslan Jelev");
    }

    @Test
    void aForeignMinistryNamedInFullAfterItsStateIsTheStatesForeignMinistry() {
        Article note = article("m2", "Pellmarkian officials met on Monday. Pellmark's Foreign Ministry denied the report. On Tuesday the "
                + "Ministry of Foreign Affairs of Pellmark repeated the denial in a note to the Dostravian embassy.");
        List<Entity> found = Entities.find(List.of(note));

        assertThat(forms(entity(found, "Pellmark's Foreign Ministry"))).contains("Ministry of Foreign Affairs of Pellmark");
    }

    @Test
    void aBodyNamedWithItsKindBeforeOrAfterItsNameIsOneBody() {
        Article first = article("k1", "A statement by the Foundation of St Alvar said the stewards had acted with courage.");
        Article second = article("k2", "The St Alvar Foundation said its stewards had done their duty.");
        List<Entity> found = Entities.find(List.of(first, second));

        assertThat(found).filteredOn(e -> e.type().equals("organization")).singleElement()
                .satisfies(e -> assertThat(forms(e)).contains("Foundation of St Alvar", "St Alvar Foundation"));
    }

    @Test
    void anAcronymDefinedOnceNamesTheOrganisationEverywhere() {
        Article first = new Article("a1", List.of("a1"), null, null, null, null, null, null, null, "en", 30,
                "The Union of Salt Marsh Fishermen (USMF) blocked the harbour on Tuesday, its leaders said.");
        Article second = new Article("a2", List.of("a2"), null, null, null, null, null, null, null, "en", 30,
                "Police removed the barricades on Wednesday. USMF leaders vowed to return next week.");
        List<Entity> found = Entities.find(List.of(first, second));
        Entity union = found.stream().filter(e -> e.name().equals("Union of Salt Marsh Fishermen")).findFirst().orElseThrow();

        assertThat(union.aliases()).contains("USMF");
        assertThat(union.mentions()).extracting(Mention::article).contains("a1", "a2");
    }

    @Test
    void titlesDemonymsCapitalsAndShortFormsJoinTheirEntity() {
        Article first = article("t1", "Floods hit northern Ostravia on Sunday. "
                + "Ostravian Interior Minister Lena Brask said on Monday that the Ostravians would not be intimidated. "
                + "Ostravia's Health Ministry counted 12 injured. Lumen Analytics, a security firm, examined the malware.");
        Article second = article("t2", "The minister Brask repeated the charge. The Health Ministry later raised the count. "
                + "Lumen said the code was old. Veldran, the Ostravian capital, has asked for help, and Washington said it would send experts. "
                + "Talks were held in Washington last year. The Kremlin denied any role.");
        List<Entity> found = Entities.find(List.of(first, second));

        assertThat(entity(found, "Lena Brask").aliases()).contains("Ostravian Interior Minister Lena Brask", "minister Brask");
        assertThat(entity(found, "Ostravia").aliases()).contains("Ostravians", "Veldran");
        assertThat(entity(found, "Ostravia's Health Ministry").aliases()).contains("Health Ministry");
        assertThat(entity(found, "Lumen Analytics").aliases()).contains("Lumen");
        assertThat(entity(found, "Russia").aliases()).contains("Kremlin");
        Entity us = entity(found, "United States");
        assertThat(us.mentions()).extracting(m -> second.text().substring(m.span().start(), m.span().end())).containsExactly("Washington");
        assertThat(us.mentions().get(0).span().start()).isLessThan(second.text().indexOf("Talks"));
    }

    @Test
    void aBodyNamedOnlyByWhatItDoesIsOnePerStory() {
        Article floodWire = article("f1", "Floods hit the Brannock valley in Ostravia on Sunday. Ostravia's Health Ministry counted 12 injured.");
        Article floodFollowUp = article("f2", "Rescuers reached the Brannock valley on Tuesday. The Health Ministry raised the count to 19.");
        Article mineWire = article("m1", "A mine collapsed near Kessel in Tarvania on Monday. The Health Ministry said four miners were hurt. "
                + "Kessel's mayor, Ida Moravec, blamed the owners.");
        Article mineFollowUp = article("m2", "Ida Moravec visited the injured on Wednesday. The Health Ministry said two remain in hospital.");
        List<Entity> found = Entities.find(List.of(floodWire, floodFollowUp, mineWire, mineFollowUp));

        assertThat(entity(found, "Ostravia's Health Ministry").mentions()).extracting(Mention::article).containsOnly("f1", "f2");
        assertThat(found).filteredOn(e -> e.name().equals("Health Ministry")).singleElement()
                .satisfies(e -> assertThat(e.mentions()).extracting(Mention::article).containsOnly("m1", "m2"));
    }

    @Test
    void aStateByItsFormalNameOrAsASideOrAuthoritiesIsTheState() {
        Article a = article("s1", "Traders in Dessaria said the border with Morland closed on Monday. The Dessarian Republic said the decision "
                + "was final, and the Republic of Dessaria would not reopen it this year. The Dessarian side has taken note of the "
                + "protests, and the Dessarian authorities said the crossing would stay shut.");
        List<Entity> found = Entities.find(List.of(a));

        assertThat(entity(found, "Dessaria").aliases()).contains("Dessarian Republic", "Republic of Dessaria", "Dessarian side", "Dessarian authorities");
    }

    @Test
    void aStateOnlyEverCalledByItsFormalNameInOneArticleIsTheStateAnotherArticleNamesPlainly() {
        Article formal = article("r1", "A fire broke out at a prison colony near Kelbar on Monday night, the Ministry of Internal Affairs of "
                + "the Republic of Tolvaryn reported. The Investigative Committee of the Republic of Tolvaryn has opened a criminal case.");
        Article plain = article("r2", "The monitor tracks conditions of detention in Tolvaryn through a network of lawyers. It calls on the "
                + "authorities of Tolvaryn to publish the names of the dead.");

        List<Entity> found = Entities.find(List.of(formal, plain));

        assertThat(found).filteredOn(e -> e.name().contains("Tolvaryn") && e.type().equals("place")).singleElement()
                .satisfies(e -> assertThat(e.mentions()).extracting(Mention::article).contains("r1", "r2"));
    }

    @Test
    void aNameTransliteratedWithOrWithoutTheYOfItsFirstVowelAndWithTsOrCIsOnePerson() {
        Article one = article("t1", "Yevgen Ostrovets, a lawyer for the detained men, said they had not been allowed to see their families.");
        Article other = article("t2", "Evgen Ostrovec, who represents two of the men, said the charges were invented.");

        assertThat(entity(Entities.find(List.of(one, other)), "Yevgen Ostrovets").mentions()).extracting(Mention::article).contains("t1", "t2");
    }

    @Test
    void aCamelCasedNameWrittenApartIsOneEntity() {
        Article first = article("c1", "The ransomware group NightHarrow said on Monday that it had published the files.");
        Article second = article("c2", "Investigators believe Night Harrow has attacked three other firms this year.");

        Entity gang = entity(Entities.find(List.of(first, second)), "NightHarrow");
        assertThat(gang.aliases()).contains(gang.name().equals("NightHarrow") ? "Night Harrow" : "NightHarrow");
    }

    @Test
    void aCamelCasedNameIsFoundAgainWhereNerMissedIt() {
        Article a = new Article("c3", List.of("c3"), "Inside the hack: NightHarrow's fingerprints all over the hospital attack", null, null, null,
                null, null, null, "en", 30, "Inside the hack: NightHarrow's fingerprints all over the hospital attack\n\n"
                        + "The ransomware crew NightHarrow carried out the attack on the hospitals, and the evidence points to a criminal playbook.");
        Entity gang = Entities.find(List.of(a)).stream().filter(e -> e.name().contains("Harrow")).findFirst().orElseThrow();

        assertThat(gang.mentions()).extracting(m -> m.span().start()).contains(a.text().indexOf("NightHarrow carried"));
    }

    @Test
    void aBranchShortFormNamesTheBranchNotItsParent() {
        Article first = article("b1", "The Northern Liberation Front (NLF) has fought in the hills for a decade. "
                + "Its youngest branch, the Northern Liberation Front Arvenia Province, was formed last year.");
        Article second = article("b2", "NLF-A said on Tuesday that it had attacked the convoy. NLF leaders in the capital stayed silent.");
        List<Entity> found = Entities.find(List.of(first, second));

        assertThat(entity(found, "NLF-A").name()).isEqualTo("Northern Liberation Front Arvenia Province");
        assertThat(entity(found, "NLF").name()).isEqualTo("Northern Liberation Front");
        assertThat(entity(found, "NLF").aliases()).doesNotContain("NLF-A");
    }

    @Test
    void aNameThatGoesOnFromAnotherIsABranchNotTheSameOrganisation() {
        Article a = article("p1", "The Harbour Defence League of Marel Province claimed the raid on Friday. "
                + "The Harbour Defence League said in a statement that it had no branch in Marel.");
        List<Entity> found = Entities.find(List.of(a));

        assertThat(entity(found, "Harbour Defence League of Marel Province").aliases()).doesNotContain("Harbour Defence League");
        assertThat(entity(found, "Harbour Defence League").name()).isEqualTo("Harbour Defence League");
    }

    @Test
    void aFirstNameAloneIsThePersonOfThatArticleWhoHasIt() {
        Article interview = article("f1", "Presenter Marek Olander spoke to the union's leader, Hedda Strand. \"Marek, nobody needed a bomb,\" "
                + "Strand said. The driver, Petter Lund, had driven the line for years; Petter was doing 38 kilometres an hour.");
        Article other = article("f2", "Marek Vosk, a farmer, saw the carriages fall.");
        List<Entity> found = Entities.find(List.of(interview, other));

        assertThat(entity(found, "Marek Olander").aliases()).contains("Marek");
        assertThat(entity(found, "Petter Lund").aliases()).contains("Petter");
        assertThat(entity(found, "Marek Vosk").aliases()).doesNotContain("Marek");
    }

    @Test
    void aRegionNamedBeforeTheWordRegionIsNoShortFormOfABodyNamedAfterIt() {
        Article a = article("r1", "The Dorvel Regional Water Board (DRWB) cut supplies on Monday. Nine towns in the Dorvel region have no water, "
                + "a DRWB spokesman said. Dorvel has had no rain since May.");
        List<Entity> found = Entities.find(List.of(a));

        assertThat(entity(found, "Dorvel Regional Water Board").aliases()).contains("DRWB").doesNotContain("Dorvel");
    }

    @Test
    void anOrganisationWithoutItsTownIsTheOneThatHasThatName() {
        Article wire = article("o1", "Chief inspector Lars Oden of the Brannock Fire Service said the wiring was old. "
                + "The Tessaly Border Guard closed the road.");
        Article check = article("o2", "Mayor Ines Hald blamed arsonists. That is false: the Fire Service traced the first flames to a junction box. "
                + "Fire Service records show the hall was last inspected in 1990.");
        List<Entity> found = Entities.find(List.of(wire, check));

        Entity service = entity(found, "Brannock Fire Service");
        assertThat(service.name()).isEqualTo("Brannock Fire Service");
        assertThat(service.aliases()).contains("Fire Service");
        assertThat(service.mentions()).extracting(Mention::article).contains("o1", "o2");
    }

    @Test
    void theOutletOfAnArticlesBylineIsFoundWhereAnotherArticleCitesIt() {
        Article own = new Article("b1", List.of("b1"), null, "a staff writer", null, "The Corranian Standard", null, null, null, "en", 9,
                "Security sources told the Standard that two men were seen.");
        Article check = article("b2", "Corrania's Interior Minister Aud Berle and the Corranian Standard have blamed Velmark for the fire. Velmark denies any role.");
        List<Entity> found = Entities.find(List.of(own, check));

        assertThat(entity(found, "Corranian Standard").mentions()).extracting(Mention::article).contains("b2");
    }

    @Test
    void aBridgeOrRiverNamedAfterAPlaceIsOneLandmarkApartFromThePlace() {
        Article wire = article("l1", "Three carriages fell into the River Tessel on Friday after the train left the Orvane railway bridge "
                + "near the town of Orvane, police in Orvane said.");
        Article check = article("l2", "A post claims that Marvish soldiers were photographed on the Orvane bridge. Divers searched the Tessel river "
                + "all night. Boats on the Tessel near Kell were stopped. A Marvia dam breach last year killed four.");
        List<Entity> found = Entities.find(List.of(wire, check));

        assertThat(forms(entity(found, "Orvane bridge"))).contains("Orvane railway bridge").doesNotContain("Orvane");
        assertThat(forms(entity(found, "River Tessel"))).contains("Tessel river", "Tessel");
        assertThat(found).noneMatch(e -> e.name().equals("Marvia dam"));
    }

    @Test
    void anOutletCalledByTheEndOfItsNameIsThatOutletAndNoPersonSpeltAlike() {
        Article own = new Article("o1", List.of("o1"), null, "Mira Sallo", null, "The Daily Beacon", null, null, null, "en", 30,
                "The Beacon can reveal that the valve at the Orlin plant had failed twice. Plant manager Arvid Bacon told the Beacon "
                + "that the valve was new. Bacon said it had passed every test.");
        Article other = article("o2", "A second paper, the Kelby Herald, said the valve was old. Officials told the Herald that it would be replaced.");
        List<Entity> found = Entities.find(List.of(own, other));

        assertThat(entity(found, "Daily Beacon").aliases()).contains("Beacon");
        assertThat(entity(found, "Arvid Bacon").aliases()).doesNotContain("Beacon");
        assertThat(entity(found, "Kelby Herald").aliases()).contains("Herald");
        assertThat(entity(found, "Kelby Herald").mentions()).hasSize(2);
    }

    @Test
    void anOutletIsCalledByTheFirstWordOfItsNameInItsOwnTextButATownsNameIsNoSuchWord() {
        Article wire = new Article("w1", List.of("w1"), null, "Ana Korso", null, "Brightwater News Agency", null, null, null, "en", 30,
                "ORVELD, Marrow 3 (Brightwater) - A fire destroyed a depot on Monday. Brightwater could not verify the claim. "
                + "Police told Brightwater that two men were held. The record shows it was the second fire.");
        Article town = new Article("w2", List.of("w2"), null, "Lia Penn", null, "Halvick Courier", null, null, null, "en", 30,
                "A Halvick resident saw smoke. Halvick said the depot was empty. A courier saw it too. The Courier spoke to the owner.");
        List<Entity> found = Entities.find(List.of(wire, town));

        assertThat(forms(entity(found, "Brightwater News Agency"))).contains("Brightwater");
        assertThat(entity(found, "Brightwater News Agency").mentions()).hasSize(3);
        assertThat(entity(found, "Halvick Courier").aliases()).contains("Courier").doesNotContain("Halvick");
    }

    @Test
    void anOrganisationByTheEndOfItsNameOrWithoutItsLegalSuffixIsThatOrganisationOnlyWhereNamedInFull() {
        Article one = article("s1", "The Orlin Medical Association said 40 people fell ill. The Association blamed the Orlin Water Company, and "
                + "Orlin Water denied it.");
        Article other = article("s2", "Across the border, the Association of another town met on Monday to discuss its budget.");

        List<Entity> alone = Entities.find(List.of(one));
        assertThat(entity(alone, "Orlin Water Company").aliases()).contains("Orlin Water");
        assertThat(entity(alone, "Orlin Medical Association").aliases()).contains("Association");
        assertThat(entity(Entities.find(List.of(one, other)), "Orlin Medical Association").aliases()).as("another story's Association")
                .doesNotContain("Association");
    }

    @Test
    void aPersonsSurnameIsNoSpellingOfAFirmsNameAndAStatesFormalNameIsTheState() {
        Article one = article("p1", "Governor Emil Varnan said the tower would be rebuilt. Varnan spoke in Kell. The Republic of Selvana has "
                + "declared a day of mourning. Selvana's government blamed Varnane Property Group, which bought the tower. "
                + "The city sold the block to Varnane in 2016.");
        List<Entity> found = Entities.find(List.of(one));

        assertThat(entity(found, "Emil Varnan").aliases()).doesNotContain("Varnane");
        assertThat(entity(found, "Selvana").aliases()).contains("Republic of Selvana");
    }

    @Test
    void aTranscriptsSpeakerLabelIsThePersonNotAPlace() {
        Article radio = article("r1", "Housing Minister Teodor Lask and tenants' leader Rasa Imrie joined the programme.\n\n"
                + "PRESENTER: Minister, who is to blame?\n\nLASK: The inquiry will decide that.\n\nPRESENTER: And the tenants?\n\n"
                + "IMRIE: We warned them for years.\n\nLASK: Nobody ignored any letter.");
        List<Entity> found = Entities.find(List.of(radio));

        assertThat(entity(found, "Teodor Lask").aliases()).contains("LASK");
        assertThat(found).noneMatch(e -> e.type().equals("place") && e.name().equalsIgnoreCase("Lask"));
    }

    @Test
    void everySpeakerLabelInCapitalsIsAFormOfThePersonButARoleIsNone() {
        String text = "Presenter Harriet Cawley speaks to Renata Sollvik of the Lorvanian parliament and to Mattias Vintergard, "
                + "the deputy foreign minister of Quarrend.\n\n"
                + "CAWLEY: Good evening. Ms Sollvik, what is the evidence?\n\nSOLLVIK: The radar. It shows two echoes merging.\n\n"
                + "VINTERGARD: The patrol boat did not touch that ferry.\n\nMODERATOR: Thank you both.\n\n"
                + "VINTERGARD: If it exists, publish it.";
        List<Entity> found = Entities.find(List.of(article("r2", text)));

        assertThat(entity(found, "Mattias Vintergard").mentions()).extracting(m -> m.span().start())
                .contains(text.indexOf("VINTERGARD:"), text.lastIndexOf("VINTERGARD:"));
        assertThat(entity(found, "Renata Sollvik").mentions()).extracting(m -> m.span().start()).contains(text.indexOf("SOLLVIK:"));
        assertThat(found).extracting(Entity::name).noneMatch(n -> n.equalsIgnoreCase("moderator"));
    }

    @Test
    void namesThatOnlySoundAlikeStayApart() {
        // one consonant skeleton each: "Marvenne" and "Morvania", "Brosk" and "Brisk"
        Article wire = article("s1", "Gunmen attacked a market in Marvenne, the capital of Selkaria, on Friday. Selkarian officials blamed "
                + "Morvania, and the Morvanian Foreign Ministry rejected the charge. Police spokeswoman Halina Brosk said four men were held. "
                + "Major Anton Brisk of the border guard said the men had crossed from Morvania. Brosk declined to give their names, "
                + "and Brisk said more arrests were likely.");
        List<Entity> found = Entities.find(List.of(wire));

        assertThat(forms(entity(found, "Morvania"))).doesNotContain("Marvenne");
        assertThat(forms(entity(found, "Halina Brosk"))).contains("Brosk").doesNotContain("Brisk", "Anton Brisk");
        assertThat(forms(entity(found, "Anton Brisk"))).contains("Brisk");
    }

    @Test
    void aCityCalledTheCapitalOfANeighbouringStateIsItsCapital() {
        Article wire = article("k3", "Money for the arsonists came from a bank in Tembrin, the capital of neighbouring Hadrassa, the minister said. "
                + "Tembrin rejects the charge.");

        assertThat(forms(entity(Entities.find(List.of(wire)), "Hadrassa"))).contains("Tembrin");
    }

    @Test
    void aCityThatActsForOneOfTheStoryTwoStatesIsTheCapitalOfTheOneItDoesNotBlameAndTheOtherActingCityOfTheOther() {
        Article wire = article("k1", "A fire destroyed the Harlow grain silo in Pellmark on Monday, killing six workers. A Pellmarkian minister blamed "
                + "agents from Dostravia. Official Orsk blames Dostravia for every fire. In Orsk, police held two men. "
                + "The Embassy of Dostravia in Orsk asked for consular access. Dostravian officials in Vessk called the charge absurd. "
                + "Vessk says the silo was old.");
        Article town = article("k2", "Fire crews in the town of Harlow said the silo had no sprinklers. Pellmark and Dostravia have quarrelled "
                + "for years. Harlow said goodbye to the six on Friday. The mayor of Harlow said the silo was old.");
        List<Entity> found = Entities.find(List.of(wire, town));

        assertThat(forms(entity(found, "Pellmark"))).contains("Orsk").doesNotContain("Harlow", "Vessk");
        assertThat(forms(entity(found, "Dostravia"))).contains("Vessk");
    }

    @Test
    void aCityActingInAHeadlineRejectsOnlyTheStatesItsOwnLineNames() {
        Article agency = article("k3", "Orsk rejects Pellmarkian accusations over silo fire\n\n"
                + "Dostravia's Foreign Ministry said on Tuesday that the fire in Pellmark was an accident. Pellmark and Dostravia "
                + "have quarrelled for years. Police in Orsk said nothing.");
        Article wire = article("k4", "Pellmark blames Dostravia for the silo fire. Orsk denies everything, a Dostravian official said.");
        List<Entity> found = Entities.find(List.of(agency, wire));

        assertThat(forms(entity(found, "Dostravia"))).contains("Orsk");
    }

    @Test
    void aHeadlineCitedInBracketsEndsWhereTheBracketCloses() {
        Article review = article("k5", "A blast destroyed the Harlow silo in Pellmark on Monday. The Harlow Herald (\"Silo blast kills six; Orsk blames "
                + "Dostravian agents\") said that Pellmarkian police had detained two men. Police in Orsk were on alert. "
                + "Dostravia's Foreign Ministry denied any role.");
        List<Entity> found = Entities.find(List.of(review));

        assertThat(forms(entity(found, "Pellmark"))).contains("Orsk");
    }

    @Test
    void aCitySeenAsTheSeatOfAStatesGovernmentStandsForItAndSoDoesACapitalsRegime() {
        Article wire = article("g1", "A bomb hit the Harlow rail depot on Monday. Pellish officials blamed Dostravia for the attack. "
                + "In Vessk, Dostravia's Foreign Ministry called the charge absurd. Vessk has denied any role before. "
                + "The Vessk regime has armed such groups for years, a Pellish minister said.");
        Article column = article("g2", "Nobody in Lisbon believes the depot story. The Lisbon authorities have asked for the evidence. "
                + "In Lisbon, the Dostravian President repeated the denial.");
        List<Entity> found = Entities.find(List.of(wire, column));

        assertThat(forms(entity(found, "Dostravia"))).contains("Vessk", "Vessk regime").doesNotContain("Lisbon");
        assertThat(forms(entity(found, "Portugal"))).contains("Lisbon authorities");
    }

    @Test
    void aSeatWhereAnyMinisterSpeaksStandsForTheStateEvenWhereItHasAForeignMinistry() {
        Article wire = article("g3", "A pipeline blew up near the Velmish town of Orra on Tuesday. "
                + "In Tessra, Varnian Energy Minister Ola Brek said sabotage could not be excluded. "
                + "Tessra's Foreign Ministry later demanded the release of two Varnian engineers. Varnia owns the line.");
        List<Entity> found = Entities.find(List.of(wire));

        assertThat(forms(entity(found, "Varnia"))).contains("Tessra");
    }

    @Test
    void aCrimeGroupNamedAfterAFamilyIsAnOrganisationAndNoPersonSpeltAlike() {
        Article wire = article("c1", "Police are questioning members of the Morrow clan, which controls fuel smuggling through the port. "
                + "Harbour master Ilse Morow said the port had been quiet. A lawyer said the Morrow clan had nothing to do with the shooting.");
        List<Entity> found = Entities.find(List.of(wire));

        assertThat(entity(found, "Morrow clan").type()).isEqualTo("organization");
        assertThat(forms(entity(found, "Morrow clan"))).doesNotContain("Ilse Morow", "Morow");
    }

    @Test
    void anInitialledNameAtTheEndOfATranslatedTitleIsThePerson() {
        Article wire = article("t1", "Energy Minister Petra Dralek visited the burnt substation on Tuesday. Dralek promised an inquiry.");
        Article statement = article("t2", "The statements of the Minister of Energy of the Republic of Kovaria P. Dralek are regarded as "
                + "groundless. The commission chaired by the Minister of Energy and Mines P. Dralek has not met.");
        List<Entity> found = Entities.find(List.of(wire, statement));

        assertThat(forms(entity(found, "Petra Dralek"))).contains("P. Dralek", "Dralek");
        assertThat(found).noneMatch(e -> !e.name().equals("Petra Dralek") && forms(e).stream().anyMatch(f -> f.endsWith("P. Dralek")));
    }

    @Test
    void aPersonsMiddleInitialAfterAnOrganisationsNameIsNoTranslatedTitle() {
        Article report = article("t3", "The findings of the Harbour Inspectorate Marten K. Solberg presented on Monday were damning. "
                + "Marten K. Solberg said the quay had not been inspected for a decade.");
        List<Entity> found = Entities.find(List.of(report));

        assertThat(found).anyMatch(e -> forms(e).contains("Marten K. Solberg")).noneMatch(e -> forms(e).contains("K. Solberg"));
    }

    @Test
    void aListsBulletIsNoPartOfTheNameAfterIt() {
        Article explainer = article("b1", "What we know\n\n- Foreign Ministry spokesman Ivo Tarrant has called the story a fabrication.\n"
                + "- Tarrant has also suggested that the blast was staged.\n- Tarrant did not say who staged it.");
        List<Entity> found = Entities.find(List.of(explainer));

        assertThat(forms(entity(found, "Ivo Tarrant"))).contains("Tarrant").noneMatch(f -> f.startsWith("-"));
    }

    @Test
    void anAcronymsLongNameStopsAtAParagraphBreakButNotAtAWrappedLine() {
        Article release = article("p1", "PRESS RELEASE | Tollam, 9 May\n\nHalvard Ferry Lines (HFL) confirms that a fire broke out.\n\n"
                + "The fire was reported to the Pennick Harbour\nAuthority (PHA) at once.");
        List<Entity> found = Entities.find(List.of(release));

        assertThat(entity(found, "HFL").name()).isEqualTo("Halvard Ferry Lines");
        assertThat(forms(entity(found, "PHA"))).contains("Pennick Harbour Authority");
    }

    @Test
    void aTownsBodyWrittenInLowerCaseIsAnOrganisation() {
        Article wire = article("t1", "A gas explosion destroyed a bakery in Tervo on Sunday. The Tervo fire brigade said two people had died. "
                + "Officers from the Tervo district police station questioned the owner. The Tervo fire brigade later said the leak was old.");
        List<Entity> found = Entities.find(List.of(wire));

        assertThat(entity(found, "Tervo fire brigade").type()).isEqualTo("organization");
        assertThat(found).noneMatch(e -> e.name().contains("police station"));
    }

    private static Article article(String id, String text) {
        return new Article(id, List.of(id), null, null, null, null, null, null, null, "en", text.split(" ").length, text);
    }

    private static List<String> forms(Entity e) {
        return java.util.stream.Stream.concat(java.util.stream.Stream.of(e.name()), e.aliases().stream()).toList();
    }

    private static Entity entity(List<Entity> found, String name) {
        return found.stream().filter(e -> e.name().equals(name) || e.aliases().contains(name)).findFirst()
                .orElseThrow(() -> new AssertionError("no entity " + name + " in " + found.stream().map(e -> e.name() + e.aliases()).toList()));
    }

    @Test
    void salienceOrdersTheEntities() {
        assertThat(entities.get(0).salience()).isGreaterThanOrEqualTo(entities.get(entities.size() - 1).salience());
        assertThat(entities.stream().mapToDouble(Entity::salience).sum()).isBetween(0.99, 1.01);
    }

    private static Entity named(String name) {
        return entities.stream().filter(e -> e.name().equals(name)).findFirst()
                .orElseThrow(() -> new AssertionError("no entity " + name + " in " + entities.stream().map(Entity::name).toList()));
    }
}
