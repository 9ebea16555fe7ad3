package org.narrascope.claims;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.narrascope.model.Claim;

/** Who those held are, beside their count: a claim of its own, since the blame often turns on it (invented quarry blast). */
class WhoWasHeldTest {

    private static final InventedArticle WIRE = InventedArticle.of("h1", "Blast at Tervo quarry\n\n"
            + "An explosion at the Tervo quarry in Marsh Valley killed nine workers on Monday, officials said. "
            + "Tervo District Police said four people were in custody, including the quarry's blasting foreman and his deputy. "
            + "The Lindmark Courier says eleven Ostrevans have been detained since the blast. "
            + "Police said two men were detained on Monday, a day after the explosion. "
            + "The government of Ostreva denied any part in the blast.");

    @Test
    void whoIsHeldBesideTheCountIsASecondCountClaim() {
        assertThat(objects("including the quarry's blasting foreman"))
                .containsExactly("four custody", "the quarry's blasting foreman and his deputy among the detained");
        assertThat(WIRE.said("including the quarry's blasting foreman"))
                .containsExactly("quantity reports Tervo District Police", "quantity reports Tervo District Police");
    }

    @Test
    void heldNamedByTheirCountryAreASecondCountClaim() {
        assertThat(objects("eleven Ostrevans")).containsExactly("eleven detained", "Ostrevans among the detained");
    }

    @Test
    void aTimeAfterTheCountSaysNothingOfWhoIsHeld() {
        assertThat(objects("two men were detained on Monday")).containsExactly("two detained");
    }

    @Test
    void thoseQuestionedAreACount() {
        InventedArticle update = InventedArticle.of("h3", "Blast at Tervo quarry: arrests\n\n"
                + "Tervo District Police said 14 people were questioned in the Marsh Valley.");

        assertThat(update.said("were questioned")).containsExactly("quantity reports Tervo District Police");
        assertThat(update.claims()).extracting(Claim::object).contains("14 questioned");
    }

    @Test
    void aManOrAThirdPersonDetainedIsACount() {
        InventedArticle update = InventedArticle.of("h2", "Blast at Tervo quarry: arrests\n\n"
                + "Tervo District Police say a man has been detained. On Tuesday the police said a third person had been detained.");

        assertThat(update.claims()).extracting(Claim::object).containsExactly("a detained", "third detained");
        assertThat(update.said("a man has been detained")).containsExactly("quantity reports Tervo District Police");
        assertThat(org.narrascope.versions.EventVersions.of(update.claims(), update.entities()).questions())
                .filteredOn(q -> q.text().startsWith("how many were detained")).singleElement()
                .satisfies(q -> assertThat(q.answers()).extracting(a -> a.answer()).containsExactlyInAnyOrder("1", "3"));
    }

    private static java.util.List<String> objects(String words) {
        return WIRE.claims().stream().filter(c -> c.text().contains(words)).map(Claim::object).toList();
    }
}
