package org.narrascope.versions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.narrascope.Fixtures.invented;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.narrascope.model.Article;
import org.narrascope.model.Entity;
import org.narrascope.model.Event;
import org.narrascope.model.Mention;
import org.narrascope.model.Span;

/** Grouping articles into events (a place, a kind of event and much in common), and naming them: the place it happened, not the neighbour every headline blames; a noun, not a verb. */
class EventFinderTest {

    private static final String A = "Tormund blamed for deadly shooting at Veska crossing\n\n"
            + "Arlen on Tuesday blamed Tormund for the shooting at the Veska crossing, in which two farmers were killed.";
    private static final String B = "Did Tormund guards fire first?\n\n"
            + "Tormund guards fire first at the Veska crossing, Arlen says. Tormund denies it and blames Arlen for the shooting.";

    @Test
    void theEventIsNamedAfterWhereItHappenedAndWhatHappened() {
        List<Article> articles = List.of(invented("a", A), invented("b", B));
        List<Entity> entities = List.of(place("e1", "Tormund", articles), place("e2", "Veska", articles), place("e3", "Arlen", articles));

        List<Event> events = EventFinder.find(articles, entities, List.of());

        assertThat(events).hasSize(1);
        assertThat(events.get(0).articles()).containsExactly("a", "b");
        assertThat(events.get(0).name()).isEqualTo("Veska shooting");
    }

    @Test
    void twoStoriesInOneTownAreTwoEventsAndAnOpeningWithNoEventJoinsWithoutBridgingThem() {
        List<Article> articles = List.of(
                invented("fire", "Warehouse fire in Orne\n\nA fire destroyed a warehouse in Orne on Monday."),
                invented("strike", "Dockers strike in Orne\n\nThe strike in Orne closed the port for a day."),
                invented("fire2", "Orne warehouse fire: owner questioned\n\nPolice in Orne questioned the owner of the warehouse that Monday's fire destroyed."),
                invented("profile", "Orne mayor visits burnt warehouse\n\nThe mayor of Orne visited the burnt warehouse on Tuesday and met its owner."));
        List<Entity> entities = List.of(place("e1", "Orne", articles));

        List<Event> events = EventFinder.find(articles, entities, List.of());

        assertThat(events).extracting(Event::articles).containsExactlyInAnyOrder(List.of("fire", "fire2", "profile"), List.of("strike"));
    }

    @Test
    void aMatchReportFullOfItsOwnWordsStillJoinsTheFireItEndsIn() {
        List<Article> articles = List.of(
                invented("wire", "Fire at Orne stadium\n\nA fire swept through the east stand of the stadium in Orne on Saturday night, "
                        + "killing nine fans who were crushed at a locked gate, police said."),
                invented("match", "Orne 2 Keld 1: a derby that ended in fire\n\nFor an hour the derby was everything its supporters wanted: "
                        + "Varga volleyed, Lindqvist equalised, Petrossian curled a glorious free kick, drummers thundered, scarves twirled, "
                        + "chants echoed around terraces, goalkeepers gestured, substitutes warmed up, referees whistled, linesmen flagged, "
                        + "stewards grinned, vendors hawked pies, pensioners reminisced, teenagers filmed selfies. "
                        + "Then the fire swept through the east stand of the stadium in Orne, and nine fans were crushed at a locked gate."));
        List<Entity> entities = List.of(place("e1", "Orne", articles));

        assertThat(EventFinder.find(articles, entities, List.of())).extracting(Event::articles).containsExactly(List.of("wire", "match"));
    }

    @Test
    void aBlastAndAnExplosionAtOnePlaceAreOneKindOfEvent() {
        List<Article> articles = List.of(
                invented("wire", "Blast at Orne grain terminal\n\nA blast tore through the grain terminal in Orne on Monday, killing four workers."),
                invented("check", "What caused the Orne grain terminal explosion?\n\nThe explosion at the grain terminal in Orne killed four workers on Monday."));
        List<Entity> entities = List.of(place("e1", "Orne", articles));

        assertThat(EventFinder.find(articles, entities, List.of())).extracting(Event::articles).containsExactly(List.of("wire", "check"));
    }

    @Test
    void aTownAndAWordInCommonDoNotMakeOneEvent() {
        List<Article> articles = List.of(
                invented("checkpoint", "Attack on Orne checkpoint kills two\n\nGunmen attacked a checkpoint outside Orne at dawn, killing two guards."),
                invented("council", "Orne council under attack over budget\n\nOpposition members attacked the Orne council's spending plans on Monday."),
                invented("profile", "Orne mayor speaks\n\nThe mayor of Orne spoke to reporters about the harbour on Tuesday."));
        List<Entity> entities = List.of(place("e1", "Orne", articles));

        List<Event> events = EventFinder.find(articles, entities, List.of());

        assertThat(events).extracting(Event::articles).containsExactlyInAnyOrder(List.of("checkpoint"), List.of("council"), List.of("profile"));
    }

    @Test
    void reportsSetOnlyInACountryAreOneEventWhenTheyTellMuchTheSameStory() {
        List<Article> articles = List.of(
                invented("a", "Floods in Chile leave twelve dead\n\nFlash floods swept through three river valleys in southern Chile on Sunday, leaving twelve dead and hundreds of families homeless."),
                invented("b", "Chile flood toll rises to fifteen\n\nThe death toll from the flash floods in the river valleys of southern Chile rose to fifteen, and rescuers are still searching for families cut off by the water."),
                invented("c", "Chile wins the regional football cup\n\nChile beat its neighbours two goals to one on Sunday in a final that flooded the streets of the capital with fans."));
        List<Entity> entities = List.of(place("e1", "Chile", articles));

        List<Event> events = EventFinder.find(articles, entities, List.of());

        assertThat(events).extracting(Event::articles).containsExactlyInAnyOrder(List.of("a", "b"), List.of("c"));
        assertThat(events.get(0).name()).isEqualTo("Chile flood");
    }

    @Test
    void aPlaceOneLeadOfManyMentionsInPassingDoesNotNameTheEvent() {
        List<Article> articles = List.of(
                invented("a", "Fire destroys Orne warehouse\n\nA fire destroyed the main warehouse of Orne on Monday, the mayor said."),
                invented("b", "Orne counts the cost of warehouse fire\n\nThe fire that destroyed the main warehouse of Orne will cost the town dearly."),
                invented("c", "Warehouse fire: Orne mourners gather at Lund Hall\n\nMourners from Orne gathered at Lund Hall on Tuesday to remember "
                        + "the night watchman killed in the warehouse fire."));
        List<Entity> entities = List.of(place("e1", "Orne", articles), place("e2", "Lund Hall", articles));

        List<Event> events = EventFinder.find(articles, entities, List.of());

        assertThat(events).extracting(Event::name).containsExactly("Orne fire");
    }

    @Test
    void aSurnameTheRecogniserTookForAPlaceDoesNotNameTheEvent() {
        List<Article> articles = List.of(
                invented("a", "Holm shooting remarks anger farmers\n\nAnna Holm said on Monday that the shooting had not shaken Veska and its farmers."),
                invented("b", "Holm shooting comments: an open inquiry\n\nAnna Holm asked for an open inquiry into the shooting of the Veska farmers."));
        List<Entity> entities = new ArrayList<>(List.of(place("e1", "Holm", articles), place("e2", "Veska", articles)));
        entities.add(new Entity("e3", "Anna Holm", "person", List.of(), List.of(), 0.1));

        List<Event> events = EventFinder.find(articles, entities, List.of());

        assertThat(events).extracting(Event::name).containsExactly("Veska shooting");
    }

    @Test
    void aStoryAboutOnePersonToldFromTwoPlacesIsOneEventButAnotherStoryAboutThemIsNot() {
        List<Article> articles = List.of(
                invented("a", "Orne senators question judge Maren Tove\n\nIn Orne, Maren Tove told the senators she would rule on the evidence alone, as the committee weighed her nomination to the high court."),
                invented("b", "Maren Tove nomination vote delayed, Veska papers say\n\nThe committee delayed its vote on the nomination of Maren Tove to the high court after senators asked for more evidence, the Veska papers said."),
                invented("c", "Maren Tove sells her Lund lake house\n\nMaren Tove has sold the lake house in Lund she bought with her late husband, a local agent said."));
        List<Entity> entities = List.of(person("p1", "Maren Tove", articles), place("e1", "Orne", articles), place("e2", "Veska", articles),
                place("e3", "Lund", articles));

        List<Event> events = EventFinder.find(articles, entities, List.of());

        assertThat(events).extracting(Event::articles).containsExactlyInAnyOrder(List.of("a", "b"), List.of("c"));
        assertThat(events.get(0).name()).isEqualTo("events involving Maren Tove");
    }

    @Test
    void anEventWordUsedAsAVerbWithItsObjectDoesNotNameTheEvent() {
        List<Article> articles = List.of(invented("a", "Orne mayor fires the police chief\n\nThe mayor of Orne fires the police chief after a row over the budget, officials said."));

        List<Event> events = EventFinder.find(articles, List.of(place("e1", "Orne", articles)), List.of());

        assertThat(events).extracting(Event::name).containsExactly("events in Orne");
    }

    @Test
    void aWordThatOnlyEndsLikeAPluralBeforeAnEventWordIsACompound() {
        List<Article> articles = List.of(invented("a", "Who is to blame for the Orlenz bus crash?\n\n"
                + "Three days after a coach left the road above Orlenz, the arguments over the bus crash have grown louder."));

        List<Event> events = EventFinder.find(articles, List.of(place("e1", "Orlenz", articles)), List.of());

        assertThat(events).extracting(Event::name).containsExactly("Orlenz bus crash");
    }

    @Test
    void aLandslideAndAMudslideAtOnePlaceAreOneEventNamedAfterIt() {
        List<Article> articles = List.of(invented("a", "Landslide at Morrow quarry\n\nA landslide at the quarry in Morrow killed five people on Monday."),
                invented("b", "Five dead in Morrow mudslide\n\nA mudslide buried part of the quarry in Morrow on Monday, killing five workers."));

        List<Event> events = EventFinder.find(articles, List.of(place("e1", "Morrow", articles)), List.of());

        assertThat(events).hasSize(1);
        assertThat(events.get(0).name()).startsWith("Morrow");
    }

    @Test
    void aTownNamedOnlyInADatelinesCapitalsSetsTheEvent() {
        List<Article> articles = List.of(invented("a", "Three dead in protest\n\n"
                + "TERVAN (Halden Press) - Three protesters were killed in a shooting when police cleared the main square on Saturday."));

        List<Event> events = EventFinder.find(articles, List.of(new Entity("e1", "Tervan", "place", List.of(),
                List.of(new Mention("a", new Span(23, 29))), 1.0)), List.of());

        assertThat(events).extracting(Event::name).containsExactly("Tervan shooting");
    }

    @Test
    void lettersThatGrowWhenLowerCasedDoNotShiftWhereEventWordsAreReadAndAPluralAfterTheIsANoun() {
        // (a text ending on an event word: read at shifted places, the word would run past the text's end)
        List<Article> articles = List.of(invented("a", "Police in İzmir count the dead\n\n"
                + "The attacks Orne exiles blamed on the group killed three officers in İzmir, and the group claims new attacks"));

        List<Event> events = EventFinder.find(articles, List.of(place("e1", "İzmir", articles), place("e2", "Orne", articles)), List.of());

        assertThat(events).extracting(Event::name).containsExactly("İzmir attack");
    }

    private static Entity place(String id, String name, List<Article> articles) {
        return entity(id, name, "place", articles);
    }

    private static Entity person(String id, String name, List<Article> articles) {
        return entity(id, name, "person", articles);
    }

    private static Entity entity(String id, String name, String type, List<Article> articles) {
        List<Mention> mentions = new ArrayList<>();
        for (Article a : articles) {
            for (int at = a.text().indexOf(name); at >= 0; at = a.text().indexOf(name, at + 1)) mentions.add(new Mention(a.id(), new Span(at, at + name.length())));
        }
        return new Entity(id, name, type, List.of(), mentions, 0.1);
    }
}
