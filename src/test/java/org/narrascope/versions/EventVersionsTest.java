package org.narrascope.versions;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.narrascope.model.Claim;
import org.narrascope.model.Entity;
import org.narrascope.model.Question;
import org.narrascope.model.Span;

class EventVersionsTest {

    private static final List<Entity> ENTITIES = List.of(
            new Entity("e1", "Harbour Front", "organization", List.of("HF"), List.of(), 0.5),
            new Entity("e2", "Kestria", "place", List.of(), List.of(), 0.5));

    @Test
    void blameAndCountsBecomeContestedQuestionsWithTheArticlesVoices() {
        List<Claim> claims = List.of(
                claim("a", "responsibility", "asserts", "e1", null),
                claim("b", "responsibility", "reports", "e1", null),
                claim("c", "denial", "denies", "e1", null),
                claim("d", "accusation", "reports", "e2", null),
                claim("a", "quantity", "asserts", null, "41 killed"),
                claim("d", "quantity", "reports", null, "38 dead"),
                claim("b", "quantity", "reports", null, "twelve dead"),
                claim("c", "statement", "reports", "e2", null));

        EventVersions.Result result = EventVersions.of(claims, ENTITIES);

        Question blame = result.questions().get(0);
        assertThat(blame.text()).isEqualTo("who is responsible for the event?");
        assertThat(blame.contested()).isTrue();
        Question.Answer front = blame.answers().get(0);
        assertThat(front.answer()).isEqualTo("Harbour Front");
        assertThat(front.entity()).isEqualTo("e1");
        assertThat(front.assertedBy()).containsExactly("a");
        assertThat(front.reportedBy()).containsExactly("b");
        assertThat(front.disputedBy()).containsExactly("c");
        assertThat(front.singleSource()).isFalse();
        Question.Answer kestria = blame.answers().get(1);
        assertThat(kestria.reportedBy()).containsExactly("d");
        assertThat(kestria.singleSource()).isTrue();

        Question killed = result.questions().get(1);
        assertThat(killed.text()).isEqualTo("how many were killed in the event?");
        assertThat(killed.contested()).isTrue();
        assertThat(killed.answers()).extracting(Question.Answer::answer).containsExactlyInAnyOrder("41", "38", "12");
        assertThat(result.claims()).filteredOn(c -> c.type().equals("statement")).allMatch(c -> c.question() == null);
        assertThat(result.claims()).filteredOn(c -> c.type().equals("responsibility")).allMatch(c -> c.question().equals("q1"));
    }

    @Test
    void anArticleDoesNotAssertAnAnswerItArguesAgainstInItsOwnVoice() {
        List<Claim> claims = List.of(
                claim("a", "responsibility", "asserts", "e2", null),
                claim("a", "responsibility", "denies", "e2", null),
                claim("b", "responsibility", "asserts", "e2", null),
                claim("c", "responsibility", "asserts", "e2", null),
                claim("c", "accusation", "questions", "e2", null));

        Question.Answer kestria = EventVersions.of(claims, ENTITIES).questions().get(0).answers().get(0);

        assertThat(kestria.assertedBy()).containsExactly("b");
        assertThat(kestria.disputedBy()).containsExactlyInAnyOrder("a", "c");
    }

    @Test
    void anAnswerPassedOnFromTheCulpritAnArticleBlamesIsDisputedByIt() {
        List<Claim> claims = List.of(
                claim("a", "responsibility", "asserts", "e2", null),
                spoken("a", "e2", "e1"),
                spoken("b", "e2", "e1"));

        Question.Answer front = EventVersions.of(claims, ENTITIES).questions().get(0).answers().stream()
                .filter(x -> x.entity().equals("e1")).findFirst().orElseThrow();

        assertThat(front.reportedBy()).containsExactlyInAnyOrder("a", "b");
        assertThat(front.disputedBy()).containsExactly("a");
    }

    private static int n;

    /** A responsibility claim the speaker makes about the subject, which the article reports. */
    private static Claim spoken(String article, String speaker, String subject) {
        n++;
        return new Claim("c" + n, article, new Span(0, 1), "x", speaker, null, "reports", "responsibility", subject, null, null);
    }

    private static Claim claim(String article, String type, String stance, String subject, String object) {
        n++;
        return new Claim("c" + n, article, new Span(0, 1), "x", null, null, stance, type, subject, object, null);
    }
}
