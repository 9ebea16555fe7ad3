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

/** Where a claim sets the event: after a preposition, next to the event noun, or as what the event struck. */
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
    }

    @Test
    void aPlaceThatIsNotSetByTheEventIsNoAnswer() {
        assertThat(places("Officials in Veska accused Tormund of lying about the budget.")).isEmpty();
        assertThat(places("A group based in Veska claimed the blast.")).isEmpty();
    }

    private static List<String> places(String text) {
        Article article = new Article("a", List.of("a.txt"), null, null, null, null, null, null, null, "en", 10, text);
        List<Mention> mentions = new ArrayList<>();
        for (String name : List.of("Veska", "Tormund")) {
            int at = text.indexOf(name);
            if (at >= 0) mentions.add(new Mention("a", new Span(at, at + name.length())));
        }
        Entity veska = new Entity("e1", "Veska", "place", List.of(), mentions.stream().filter(m -> text.startsWith("Veska", m.span().start())).toList(), 0.1);
        Claim claim = new Claim("a-c1", "a", new Span(0, text.length()), text, null, null, "asserts", "statement", null, null, null);
        return new EventSetting(List.of(article), List.of(veska)).places(claim).stream().map(id -> id.equals("e1") ? "Veska" : id).toList();
    }
}
