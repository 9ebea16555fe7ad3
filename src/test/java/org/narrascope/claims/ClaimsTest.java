package org.narrascope.claims;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.narrascope.Fixtures;
import org.narrascope.entities.Entities;
import org.narrascope.model.Article;
import org.narrascope.model.Claim;
import org.narrascope.model.Entity;
import org.narrascope.nlp.Annotations;

/** Who says what in the bundled examples: the wire story's claim, accusation, denial and count, and the op-ed's question. */
class ClaimsTest {

    private static List<Article> articles;
    private static List<Entity> entities;
    private static List<Claim> claims;

    @BeforeAll
    static void find() {
        articles = Fixtures.ingest(Path.of("examples")).articles();
        Annotations annotations = Annotations.of(articles);
        entities = Entities.find(articles, annotations);
        claims = Claims.find(articles, annotations, entities);
    }

    @Test
    void claimOfResponsibilityNamesTheGroupAsSubject() {
        Claim c = claim("04_wire", "claimed responsibility");

        assertThat(c.type()).isEqualTo("responsibility");
        assertThat(name(c.subject())).isEqualTo("Northern Liberation Front");
    }

    @Test
    void quotedDenialIsADenialByItsSpeaker() {
        Claim c = claim("04_wire", "nothing to do with this tragedy");

        assertThat(c.type()).isEqualTo("denial");
        assertThat(c.stance()).isEqualTo("denies");
        assertThat(name(c.speaker())).isEqualTo("Mirela Daskova");
    }

    @Test
    void attributedCountIsAReportedQuantity() {
        Claim c = claim("04_wire", "Police detained four suspects");

        assertThat(c.type()).isEqualTo("quantity");
        assertThat(c.stance()).isEqualTo("reports");
        assertThat(c.object()).isEqualTo("four detained");
    }

    @Test
    void rhetoricalQuestionInTheArticlesOwnVoice() {
        Claim c = claim("01_oped", "who benefits?");

        assertThat(c.stance()).isEqualTo("questions");
        assertThat(c.speaker()).isNull();
    }

    @Test
    void claimSpansHoldTheClaimText() {
        for (Claim c : claims) {
            Article a = articles.stream().filter(x -> x.id().equals(c.article())).findFirst().orElseThrow();
            assertThat(a.text().substring(c.span().start(), c.span().end())).isEqualTo(c.text());
        }
    }

    @Test
    void aSentenceGivesOneClaimPerVoiceAndPerCountWithTheArticlesOwnStance() {
        String text = "Harbour fire: minister blames rivals\n\n"
                + "The fire killed 9 people, according to the Coastal Rescue Board, while the government says 6 have died. "
                + "Fisheries Minister Ada Morrow has blamed the Trawlers' Guild, and the guild has denied any involvement. "
                + "\"The fire was set on purpose. We know who did it,\" Morrow said. "
                + "She said the investigators had found fuel cans. "
                + "The harbour police have detained three men, according to a police spokesman, not five as the minister stated. "
                + "There is no evidence that the guild was involved. "
                + "Who gains from blaming the fishermen?\n\n"
                + "Did the guild start the fire? The investigators doubt it.";
        Article a = new Article("h1", List.of("h1"), "Harbour fire: minister blames rivals", null, null, null, null, null, null, "en",
                text.split(" ").length, text);
        List<Article> one = List.of(a);
        Annotations annotations = Annotations.of(one);
        List<Entity> found = Entities.find(one, annotations);
        List<Claim> made = Claims.find(one, annotations, found);
        java.util.function.Function<Claim, String> summary = c -> c.type() + " " + c.stance() + " "
                + found.stream().filter(e -> e.id().equals(c.speaker())).map(Entity::name).findFirst().orElse("-")
                + (c.object() != null && c.type().equals("quantity") ? " " + c.object() : "");

        assertThat(made).noneMatch(c -> c.text().startsWith("Harbour fire"));
        assertThat(made).filteredOn(c -> c.text().startsWith("The fire killed")).extracting(summary)
                .containsExactlyInAnyOrder("quantity reports Coastal Rescue Board 9 killed", "quantity reports - 6 died");
        assertThat(made).filteredOn(c -> c.text().startsWith("Fisheries Minister")).extracting(summary)
                .containsExactlyInAnyOrder("accusation reports Ada Morrow", "denial denies Trawlers' Guild");
        assertThat(made).filteredOn(c -> c.text().contains("set on purpose")).extracting(summary).containsExactly("responsibility reports Ada Morrow");
        assertThat(made).filteredOn(c -> c.text().startsWith("She said")).extracting(summary).containsExactly("statement reports Ada Morrow");
        assertThat(made).filteredOn(c -> c.text().startsWith("The harbour police")).extracting(Claim::stance, c -> c.object().split(" ")[0])
                .contains(org.assertj.core.groups.Tuple.tuple("denies", "five"));
        assertThat(made).filteredOn(c -> c.text().startsWith("There is no evidence")).extracting(summary).containsExactly("responsibility denies -");
        assertThat(made).filteredOn(c -> c.text().startsWith("Who gains")).extracting(Claim::stance).containsExactly("questions");
        assertThat(made).as("a question the article goes on to answer").noneMatch(c -> c.text().startsWith("Did the guild"));
    }

    @Test
    void eachFigureCountsTheWordItGoesWith() {
        List<Claim> made = InventedArticle.of("n1", "Six men are confirmed dead and one is still missing, the Orne fire service said. "
                + "Nine workers were trapped after the roof gave way 300 metres inside the hill. "
                + "The observatory's records show no tremor above magnitude 2 that day. "
                + "The Orne Mining Company has spent five years promising new roof bolts.").claims();

        assertThat(made).filteredOn(c -> c.type().equals("quantity")).extracting(Claim::object)
                .as("a figure after the next clause begins, or after a counted noun, is not the word's")
                .containsExactlyInAnyOrder("Six dead", "one missing", "Nine trapped", "300 metres");
        assertThat(made).as("a roof that gave way and a span of time are no speakers").filteredOn(c -> !c.text().startsWith("Six"))
                .allMatch(c -> c.speaker() == null && c.speakerText() == null);
    }

    @Test
    void figuresBelongToWhoeverGivesThemAndAnArticleStatesWhatAnActorDidOrIsAndWhenAndWhere() {
        String text = "On the toll, the ministry's figure is 12 and the Coastal Rescue Board says 17. "
                + "The Coastal Rescue Board disputed the figure. "
                + "The Trawlers' Guild has closed its offices in Port Alder. "
                + "The Net Menders, a splinter group of the Trawlers' Guild, have no offices at all. "
                + "The fire broke out at 2:15 a.m. on 3 May in the town of Port Alder. "
                + "The fire was allegedly the work of a dock worker.";
        List<Claim> made = InventedArticle.of("f1", text).claims();

        assertThat(made).filteredOn(c -> c.text().startsWith("On the toll")).extracting(c -> c.object() + " " + c.stance() + " "
                + (c.speaker() != null ? "by an entity" : c.speakerText())).containsExactlyInAnyOrder("12 toll reports the ministry's", "17 toll reports by an entity");
        assertThat(made).filteredOn(c -> c.text().contains("disputed")).extracting(Claim::type, Claim::stance)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("quantity", "denies"));
        assertThat(made).filteredOn(c -> c.text().contains("closed its offices")).extracting(Claim::type, Claim::stance, Claim::speaker)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("statement", "asserts", null));
        assertThat(made).filteredOn(c -> c.text().startsWith("The Net Menders")).extracting(Claim::type, Claim::object)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("other", "splinter group of the Trawlers' Guild"));
        assertThat(made).filteredOn(c -> c.text().startsWith("The fire broke out")).extracting(Claim::type).containsExactly("time", "place");
        assertThat(made).as("a hedge passes the claim on").filteredOn(c -> c.text().contains("allegedly")).extracting(Claim::type, Claim::stance)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("responsibility", "reports"));
    }

    @Test
    void anArticleStatesWhatWasDoneToAnActorAndWhatEvidenceShowsAndAsksWithoutAQuestionMark() {
        InventedArticle article = InventedArticle.of("s1", "The Coastal Rescue Board has been warned repeatedly about rust in the Port Alder pier. "
                + "A safety audit two years ago described the pier as unsafe. "
                + "Until an inquiry reports, residents are entitled to ask whether their council is hiding its own failures. "
                + "The fire was put out by noon. "
                + "Why blame the dockers when the pier had been rusting for years?");

        // a sentence no cue reads is a plain statement; a question setting one explanation against another is about responsibility
        assertThat(article.said("has been warned", "safety audit", "ask whether", "put out by noon", "Why blame"))
                .containsExactly("statement asserts -", "statement asserts -", "accusation questions -", "statement asserts -", "responsibility questions -");
    }

    @Test
    void hospitalCountsPartsOfATotalAVersionKeptOpenAndADemonymOfALand() {
        InventedArticle article = InventedArticle.of("h1", "Nine people were taken to hospital after the leak, the Corran Health Board said. "
                + "The Corran Health Board said two of the nine patients remain in intensive care. "
                + "Investigators have not ruled out sabotage. "
                + "Minister Ada Morrow blamed activists from Kaverland. "
                + "The Kaverlish government said the accusation was absurd.");

        assertThat(article.said("Nine people", "not ruled out", "Kaverlish government"))
                .containsExactly("quantity reports Corran Health Board", "responsibility reports -", "denial denies Kaverland");
        assertThat(article.claims()).as("the nine restate the total").filteredOn(c -> c.text().contains("two of the nine"))
                .extracting(Claim::object).containsExactly("two patients");
    }

    private static Claim claim(String source, String words) {
        String article = articles.stream().filter(a -> a.source().contains(source)).findFirst().orElseThrow().id();
        return claims.stream().filter(c -> c.article().equals(article) && c.text().contains(words)).findFirst()
                .orElseThrow(() -> new AssertionError("no claim with '" + words + "' in " + source));
    }

    private static String name(String entityId) {
        return entities.stream().filter(e -> e.id().equals(entityId)).map(Entity::name).findFirst().orElse(null);
    }
}
