package org.narrascope.versions;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.narrascope.Fixtures;
import org.narrascope.claims.Claims;
import org.narrascope.entities.Entities;
import org.narrascope.model.Article;
import org.narrascope.model.Entity;
import org.narrascope.model.Event;
import org.narrascope.model.Question;
import org.narrascope.nlp.Annotations;

/**
 * Two events in one corpus (fixtures/events): a terminal explosion told by a wire story and a report,
 * and a dam collapse elsewhere. Each event gets its own name and questions, and where and when it
 * happened; the date of an inspectors' statement, an earlier explosion elsewhere and a company's
 * home town are not, nor is the toll of an earlier explosion elsewhere.
 */
class EventsTest {

    private static List<Event> events;
    private static List<Question> questions;
    private static Map<String, String> fileOf;

    @BeforeAll
    static void analyse() {
        List<Article> articles = Fixtures.ingest(Fixtures.folder("events")).articles();
        Annotations annotations = Annotations.of(articles);
        List<Entity> entities = Entities.find(articles, annotations);
        EventVersions.Result versions = EventVersions.of(articles, List.of(), Claims.find(articles, annotations, entities), entities);
        events = versions.events();
        questions = versions.questions();
        fileOf = articles.stream().collect(Collectors.toMap(Article::id, a -> a.source().replaceAll(".*/|_.*", "")));
    }

    @Test
    void articlesOnOneEventAreGroupedAndTheEventIsNamedByPlaceAndNoun() {
        assertThat(events).hasSize(2);
        assertThat(events.get(0).articles()).extracting(fileOf::get).containsExactly("01", "02");
        assertThat(events.get(0).name()).isEqualTo("Harlow Quay blast");
        assertThat(events.get(1).articles()).extracting(fileOf::get).containsExactly("03");
        assertThat(events.get(1).name()).startsWith("Kelder");
    }

    @Test
    void eachEventIsAskedItsOwnQuestions() {
        Question blame = question("who is responsible for the Harlow Quay blast?");
        assertThat(blame.event()).isEqualTo(events.get(0).id());
        assertThat(blame.answers()).extracting(Question.Answer::answer).contains("Corvane Freight").doesNotContain("Kelder County");
        assertThat(questions).filteredOn(q -> q.event().equals(events.get(1).id())).extracting(Question::text)
                .allMatch(t -> t.contains(events.get(1).name()));
    }

    @Test
    void whereAndWhenComeFromTheSentencesThatTellTheEvent() {
        Question where = question("where did the Harlow Quay blast happen?");
        assertThat(where.answers()).extracting(Question.Answer::answer).contains("Dessary").doesNotContain("Ostwick", "Marlow");
        assertThat(where.contested()).as("a terminal and its town are no conflict").isFalse();
        Question.Answer quay = where.answers().stream().filter(a -> a.answer().equals("Harlow Quay")).findFirst().orElseThrow();
        assertThat(quay.assertedBy()).as("a headline sets the event in its own voice").extracting(fileOf::get).contains("01");
        assertThat(quay.sentences()).isNotEmpty();
        Question when = question("when did the Harlow Quay blast happen?");
        assertThat(when.answers()).extracting(Question.Answer::answer).containsExactly("4 June");
        Question.Answer fourth = when.answers().get(0);
        assertThat(fourth.assertedBy()).extracting(fileOf::get).isEmpty();
        assertThat(fourth.reportedBy()).extracting(fileOf::get).containsExactly("01");

        Question dam = question("when did the " + events.get(1).name() + " happen?");
        assertThat(dam.answers()).extracting(Question.Answer::answer).containsExactly("11 September");
    }

    @Test
    void theTollOfAnEarlierEventIsNotThisOnes() {
        Question killed = question("how many were killed in the Harlow Quay blast?");
        assertThat(killed.answers()).extracting(Question.Answer::answer).containsExactly("6");
        assertThat(killed.contested()).isFalse();
    }

    private static Question question(String text) {
        return questions.stream().filter(q -> q.text().equals(text)).findFirst()
                .orElseThrow(() -> new AssertionError("no question '" + text + "' in " + questions.stream().map(Question::text).toList()));
    }
}
