package org.narrascope.versions;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.narrascope.model.Article;
import org.narrascope.model.Claim;
import org.narrascope.model.Entity;
import org.narrascope.model.Mention;
import org.narrascope.model.Span;

/** Where a claim sets the event: after a preposition, next to the event noun, or as what the event struck; and when a setting is given as known. */
class EventSettingTest {

    @Test
    void whatTheEventStruckIsWhereItHappened() {
        assertThat(places("Officials accused Tormund of sabotaging the Veska dam on Monday.")).containsExactly("Veska");
        assertThat(places("Hackers crippled Veska hospitals for three days.")).containsExactly("Veska");
    }

    @Test
    void aShipThatSankOrATrainThatLeftTheRailsSetsTheEventWhereItDid() {
        assertThat(places("The ferry Arlen sank in the Veska strait shortly before midnight.")).containsExactly("Veska");
        assertThat(places("Three carriages came off the rails near Veska on Sunday.")).containsExactly("Veska");
        assertThat(places("Hours after a wall of water tore through Veska, officials blamed Tormund.")).containsExactly("Veska");
    }

    @Test
    void whatTheEventHappenedToIsWhereItHappenedAndTheDamIsTheDamTheArticleNamed() {
        assertThat(places("The Veska Dam gave way at dawn.")).containsExactly("Veska");
        String text = "Rain fell on the Veska Dam for days. The dam gave way at dawn.";
        int dam = text.indexOf("dam gave");
        assertThat(setting(text).places(new Claim("a-c2", "a", new Span(dam - 4, text.length()), text.substring(dam - 4), null, null, "asserts",
                "statement", null, null, null))).extracting(EventSetting.Setting::value).containsExactly("e1");
    }

    @Test
    void aPlaceThatIsNotSetByTheEventIsNoAnswer() {
        assertThat(places("Officials in Veska accused Tormund of lying about the budget.")).isEmpty();
        assertThat(places("A group based in Veska claimed the blast.")).isEmpty();
    }

    @Test
    void aSettingInTheWordsNamingTheEventIsTheArticlesOwnEvenInAReportedSentence() {
        assertThat(settings("The toll from the Veska dam collapse rose to 31, officials said.")).containsExactly(new EventSetting.Setting("e1", true));
        assertThat(settings("Two days after the ferry capsized near Veska, the coast guard said 40 had died."))
                .containsExactly(new EventSetting.Setting("e1", true));
        assertThat(settings("Officials said saboteurs had blown up the Veska dam.")).as("what the saboteurs struck is what is said")
                .containsExactly(new EventSetting.Setting("e1", false));
        assertThat(settings("Officials said the blast happened in Veska.")).containsExactly(new EventSetting.Setting("e1", false));
    }

    @Test
    void aDateInTheWordsNamingTheEventIsTheArticlesOwn() {
        String text = "Ministers blamed Tormund for the explosion at the Veska terminal on 9 October.";
        assertThat(setting(text).dates(claim(text))).containsExactly(new EventSetting.Setting("9 October", true));
        text = "Officials said the fire broke out on 9 October.";
        assertThat(setting(text).dates(claim(text))).containsExactly(new EventSetting.Setting("9 October", false));
    }

    @Test
    void anOrganisationIsWhereItHappenedOnlyWhenItIsASite() {
        String text = "Fire broke out at the Orne General Hospital and at Kestrel News on Monday.";
        Article article = new Article("a", List.of("a.txt"), null, null, null, null, null, null, null, "en", 14, text);
        Entity hospital = organisation("e1", "Orne General Hospital", text);
        Entity outlet = organisation("e2", "Kestrel News", text);

        assertThat(new EventSetting(List.of(article), List.of(hospital, outlet)).places(claim(text))).extracting(EventSetting.Setting::value)
                .containsExactly("e1");
    }

    private static Entity organisation(String id, String name, String text) {
        int at = text.indexOf(name);
        return new Entity(id, name, "organization", List.of(), List.of(new Mention("a", new Span(at, at + name.length()))), 0.1);
    }

    private static List<String> places(String text) {
        return settings(text).stream().map(s -> s.value().equals("e1") ? "Veska" : s.value()).toList();
    }

    private static List<EventSetting.Setting> settings(String text) {
        return setting(text).places(claim(text));
    }

    private static Claim claim(String text) {
        return new Claim("a-c1", "a", new Span(0, text.length()), text, null, null, "asserts", "statement", null, null, null);
    }

    private static EventSetting setting(String text) {
        Article article = new Article("a", List.of("a.txt"), null, null, null, null, null, null, null, "en", 10, text);
        List<Mention> mentions = new ArrayList<>();
        for (String name : List.of("Veska", "Tormund")) {
            int at = text.indexOf(name);
            // ("the Veska Dam": a place named with what it is)
            int end = at < 0 ? -1 : text.startsWith(name + " Dam", at) ? at + name.length() + 4 : at + name.length();
            if (at >= 0) mentions.add(new Mention("a", new Span(at, end)));
        }
        Entity veska = new Entity("e1", "Veska", "place", List.of(), mentions.stream().filter(m -> text.startsWith("Veska", m.span().start())).toList(), 0.1);
        return new EventSetting(List.of(article), List.of(veska));
    }
}
