package org.narrascope.claims;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.narrascope.entities.Entities;
import org.narrascope.model.Article;
import org.narrascope.model.Claim;
import org.narrascope.model.Entity;
import org.narrascope.model.Question;
import org.narrascope.nlp.Annotations;
import org.narrascope.versions.EventVersions;

/**
 * Rejections without the word "deny", blame put on someone, what is not about blame at all, an
 * outlet's own reporting, measured amounts and counts of zero, in an invented wire story.
 */
class RejectionsAndBlameTest {

    private static final String TEXT = "Depot fire: minister blames neighbour\n\n"
            + "HARLOW BAY (Kestrel News Service) - A fire gutted the Harlow Bay rail depot on Saturday, the Varnian Transport Ministry said. "
            + "Kestrel News Service has independently confirmed seven deaths through hospital records.\n\n"
            + "Transport Minister Elira Dask accused the Tolmari Border Guard of starting the fire and demanded an apology. "
            + "The Tolmari Foreign Ministry described the accusation as a cynical fairy tale. "
            + "Ministry spokesman Oskar Bren mocked the minister's version. "
            + "\"They are firefighters, not saboteurs,\" Bren said. "
            + "Bren said the minister had \"produced not a single piece of evidence\" and accused the Varnian Transport Ministry of ignoring broken alarms.\n\n"
            + "The Iron Rail Brigade claimed responsibility for the fire, although the Varnian government is seeking to place "
            + "co-responsibility on the Tolmari Border Guard. "
            + "It is known that recruitment in Harlow Bay is carried out by the Southern Workers League.\n\n"
            + "The Harbour Tribune notes that around 180 millimetres of rain fell on the depot in the week before the fire. "
            + "\"I can confirm that no patient has died in hospital,\" Health Minister Aurel Voss said.";

    private static List<Entity> entities;
    private static List<Claim> claims;
    private static List<Question> questions;

    @BeforeAll
    static void find() {
        Article a = new Article("d1", List.of("d1"), "Depot fire: minister blames neighbour", null, null, null, null, null, null, "en",
                TEXT.split(" ").length, TEXT);
        List<Article> one = List.of(a);
        Annotations annotations = Annotations.of(one);
        entities = Entities.find(one, annotations);
        EventVersions.Result versions = EventVersions.of(Claims.find(one, annotations, entities), entities);
        claims = versions.claims();
        questions = versions.questions();
    }

    @Test
    void labellingOrMockingAClaimAndRejectingALabelAreDenials() {
        assertThat(on("described the accusation")).extracting(Claim::type, Claim::stance).containsExactly(tuple("denial", "denies"));
        assertThat(on("mocked")).extracting(Claim::type, Claim::stance, c -> name(c.speaker())).containsExactly(tuple("denial", "denies", "Oskar Bren"));
        assertThat(on("not saboteurs")).extracting(Claim::type, Claim::stance, c -> name(c.speaker())).containsExactly(tuple("denial", "denies", "Oskar Bren"));
    }

    @Test
    void oneSpeakerRejectingAndAccusingInOneSentenceMakesTwoClaims() {
        // (Bren has just rejected the blame, "firefighters, not saboteurs": his rejection of the evidence goes on with that denial)
        assertThat(on("not a single piece of evidence")).extracting(Claim::type, Claim::stance)
                .containsExactlyInAnyOrder(tuple("denial", "denies"), tuple("accusation", "reports"));
        assertThat(on("demanded an apology")).as("accusing and demanding are one accusation")
                .extracting(Claim::type, c -> name(c.speaker()), c -> name(c.subject()))
                .containsExactly(tuple("accusation", "Elira Dask", "Tolmari Border Guard"));
    }

    @Test
    void placingResponsibilityOnSomeoneAccusesThem() {
        assertThat(on("co-responsibility")).extracting(Claim::type, c -> name(c.subject()))
                .containsExactlyInAnyOrder(tuple("responsibility", "Iron Rail Brigade"), tuple("accusation", "Tolmari Border Guard"));
    }

    @Test
    void recruitmentCarriedOutBySomeoneAnswersNoQuestionOfBlame() {
        assertThat(on("recruitment")).noneMatch(c -> List.of("responsibility", "accusation").contains(c.type()));
        assertThat(questions).flatExtracting(Question::answers).extracting(Question.Answer::answer).doesNotContain("Southern Workers League");
    }

    @Test
    void anOutletTellingOfItsOwnReportingAsserts() {
        assertThat(on("independently confirmed")).extracting(Claim::type, Claim::stance, Claim::speaker, Claim::object)
                .containsExactly(tuple("quantity", "asserts", null, "seven deaths"));
        assertThat(on("Tribune notes")).extracting(Claim::stance, Claim::speaker).containsExactly(tuple("asserts", null));
    }

    @Test
    void aMeasuredAmountIsAQuantityThatAnswersNoCountAndNoPatientIsACountOfZero() {
        assertThat(on("millimetres")).extracting(Claim::type, Claim::object).containsExactly(tuple("quantity", "180 millimetres"));
        assertThat(on("no patient has died")).extracting(Claim::type, c -> name(c.speaker())).containsExactly(tuple("quantity", "Aurel Voss"));
        Question killed = questions.stream().filter(q -> q.text().contains("killed")).findFirst().orElseThrow();
        assertThat(killed.answers()).extracting(Question.Answer::answer).contains("0", "7").doesNotContain("180");
    }

    @Test
    void anArticleDismissingAVersionItPassesOnDisputesIt() {
        String text = "Within a day of the Harlow Bay depot fire, Transport Minister Elira Dask had blamed the Tolmari Border Guard. "
                + "The tale of foreign saboteurs is a fairy tale, and a lazy one.";
        Article a = new Article("o1", List.of("o1"), null, null, null, null, null, null, null, "en", text.split(" ").length, text);
        Annotations annotations = Annotations.of(List.of(a));
        List<Entity> found = Entities.find(List.of(a), annotations);
        List<Question> asked = EventVersions.of(Claims.find(List.of(a), annotations, found), found).questions();

        Question.Answer guard = asked.stream().flatMap(q -> q.answers().stream()).filter(x -> x.answer().equals("Tolmari Border Guard"))
                .findFirst().orElseThrow();
        assertThat(guard.reportedBy()).containsExactly("o1");
        assertThat(guard.disputedBy()).containsExactly("o1");
        assertThat(guard.assertedBy()).isEmpty();
    }

    @Test
    void someoneBlamedGivingTheirSideDeniesAndAFaultChargedInTheArticlesVoiceAccuses() {
        InventedArticle article = InventedArticle.of("b1", "Opposition MP Dara Venn accused the Harlow Rail Authority of criminal neglect. "
                + "In a statement, the Harlow Rail Authority said every inspection had been logged on schedule. "
                + "Union leader Pia Lund said the managers had failed to repair the alarms. "
                + "The Harlow Rail Authority has lied before about its safety record.");

        assertThat(article.said("on schedule", "failed to repair", "has lied"))
                .containsExactly("denial denies Harlow Rail Authority", "accusation reports Pia Lund", "accusation asserts -");
    }

    @Test
    void aChargeRejectedByItsAuthorsNameOrNationalityIsThatAuthorsAccusation() {
        InventedArticle article = InventedArticle.of("b2", "A blast destroyed the Orvel fuel depot in Parvola on Sunday. "
                + "Grelland's foreign minister, Halvik Lenz, rejected the accusations of Sanna Ostrand that Grelland agents set the fire. "
                + "\"I reject absolutely the Parvolan claim that a Grelland unit fired on the depot,\" Lenz said.");

        assertThat(article.said("accusations of", "Parvolan claim"))
                .containsExactlyInAnyOrder("denial denies Halvik Lenz", "accusation reports Sanna Ostrand",
                        "denial denies Halvik Lenz", "accusation reports Parvola");
    }

    private static List<Claim> on(String words) {
        return claims.stream().filter(c -> c.text().contains(words)).toList();
    }

    private static String name(String entityId) {
        Function<String, String> byId = id -> entities.stream().filter(e -> e.id().equals(id)).map(Entity::name).findFirst().orElse(null);
        return entityId == null ? null : byId.apply(entityId);
    }
}
