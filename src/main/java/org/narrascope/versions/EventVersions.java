package org.narrascope.versions;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.narrascope.model.Article;
import org.narrascope.model.Claim;
import org.narrascope.model.Entity;
import org.narrascope.model.Event;
import org.narrascope.model.Mention;
import org.narrascope.model.Question;
import org.narrascope.model.StoryFamily;

/**
 * Versions of the events: for each event the articles are about (see {@link EventFinder}), its
 * claims grouped into the questions they answer and their competing answers. Blame claims
 * (responsibility, accusation, denial) answer "who is responsible?" with their subject entity;
 * counts answer "how many were killed / injured / missing / detained …?" with their number; claims
 * that speak of the event answer "where?" with the places they set it in and "when?" with its
 * dates (see {@link EventSetting}). Each answer lists the articles asserting, reporting and
 * disputing it, following the claims' stances (an article never asserts an answer it disputes in
 * its own voice); a question is contested when it has several answers or a disputed one, except
 * that several places are no conflict. Per event: blame first, then counts by how often they are
 * given, then where and when.
 */
public final class EventVersions {

    /** What a counted word counts; the first matching row names the question. */
    private static final String[][] QUANTITIES = {
        {"killed", "(?i)killed|killing|dead|deaths?|died|toll|victims|bodies|perished"},
        {"injured", "(?i)injured|injuring|wounded|wounding|hurt|hospitali[sz]ed|hospital|treated|treatment|injuries|wounds|ill|sickened"},
        {"missing", "(?i)missing|unaccounted"},
        {"trapped", "(?i)trapped"},
        {"detained", "(?i)detained|arrested|arrests|detentions|suspects|held|holding|custody|questioned|rounded"},
        {"displaced", "(?i)displaced|evacuated|evacuation|evacuees|homeless|shelters?"},
        {"affected", "(?i)records|patients|files|affected"},
        {"rescued", "(?i)rescued|survivors|survived|pulled"},
        {"on board", "(?i)passengers|on board"},
        {"destroyed", "(?i)destroyed|burned down|burnt out|gutted"},
    };
    private static final Map<String, String> NUMBER_WORDS = Map.ofEntries(Map.entry("no", "0"), Map.entry("neither", "0"), Map.entry("nobody", "0"), Map.entry("a", "1"), Map.entry("an", "1"),
            Map.entry("second", "2"), Map.entry("third", "3"), Map.entry("fourth", "4"), Map.entry("fifth", "5"), Map.entry("one", "1"), Map.entry("two", "2"),
            Map.entry("three", "3"), Map.entry("four", "4"), Map.entry("five", "5"), Map.entry("six", "6"), Map.entry("seven", "7"),
            Map.entry("eight", "8"), Map.entry("nine", "9"), Map.entry("ten", "10"), Map.entry("eleven", "11"), Map.entry("twelve", "12"),
            Map.entry("thirteen", "13"), Map.entry("fourteen", "14"), Map.entry("fifteen", "15"), Map.entry("sixteen", "16"),
            Map.entry("seventeen", "17"), Map.entry("eighteen", "18"), Map.entry("nineteen", "19"), Map.entry("twenty", "20"),
            Map.entry("thirty", "30"), Map.entry("forty", "40"), Map.entry("fifty", "50"), Map.entry("sixty", "60"), Map.entry("seventy", "70"),
            Map.entry("eighty", "80"), Map.entry("ninety", "90"));
    /** The kinds of question, in the order they are shown for each event. */
    private static final List<String> KINDS = List.of("who", "how", "where", "when");
    private static final Pattern COUNT = Pattern.compile("^(\\S+)\\s+(\\S+)$");

    /** The events, their questions, and the claims with the question each answers filled in. */
    public record Result(List<Event> events, List<Question> questions, List<Claim> claims) {
    }

    private EventVersions() {
    }

    /** Versions of the events the articles are about, each event asked its own questions; {@code families} as reuse found them. */
    public static Result of(List<Article> articles, List<StoryFamily> families, List<Claim> claims, List<Entity> entities) {
        return versions(EventFinder.find(articles, entities, families), articles, claims, entities);
    }

    /** Versions of one event all the claims are about, with no article text to read places and dates from. */
    public static Result of(List<Claim> claims, List<Entity> entities) {
        List<String> ids = claims.stream().map(Claim::article).distinct().toList();
        return versions(List.of(new Event("v1", "event", ids)), List.of(), claims, entities);
    }

    private static Result versions(List<Event> events, List<Article> articles, List<Claim> claims, List<Entity> entities) {
        Map<String, String> names = new LinkedHashMap<>();
        entities.forEach(e -> names.put(e.id(), e.name()));
        Map<String, Event> eventOf = new LinkedHashMap<>();
        events.forEach(e -> e.articles().forEach(a -> eventOf.put(a, e)));
        EventSetting settings = new EventSetting(articles, entities);
        // keyed by event id then question text, in the order events were found
        Map<String, Map<String, List<Claim>>> byQuestion = new LinkedHashMap<>();
        Map<String, String> questionEvent = new LinkedHashMap<>();
        Map<String, String> answerEntity = new LinkedHashMap<>();
        Set<String> givenAsKnown = new HashSet<>(); // question, answer and claim id of a setting the article gives as known
        List<Claim> read = new ArrayList<>(claims);
        Map<String, List<Claim>> byArticle = new LinkedHashMap<>();
        claims.forEach(c -> byArticle.computeIfAbsent(c.article(), k -> new ArrayList<>()).add(c));
        for (Article a : articles) read.addAll(settings.ownSentences(a.id(), byArticle.getOrDefault(a.id(), List.of())));
        Map<String, Entity> siteOf = new LinkedHashMap<>();
        events.forEach(e -> { Entity site = siteNamed(e, entities); if (site != null) siteOf.put(e.id(), site); });
        for (Claim c : read) {
            Event event = eventOf.get(c.article());
            if (event == null) continue;
            String the = "the " + event.name();
            List<String[]> asked = new ArrayList<>(); // {question, answer, entity}
            if (Set.of("responsibility", "accusation", "denial").contains(c.type()) && c.subject() != null) {
                asked.add(new String[] {"who is responsible for " + the + "?", names.get(c.subject()), c.subject()});
            } else if (c.type().equals("quantity") && c.object() != null && !settings.aboutAnotherEvent(c)) {
                Matcher m = COUNT.matcher(c.object());
                String what = m.matches() ? kindOf(m.group(2)) : null;
                if (what != null) {
                    String answer = figure(m.group(1));
                    asked.add(new String[] {"how many were " + what + " in " + the + "?", answer, null});
                }
            }
            Set<String> known = new HashSet<>(); // answers this claim gives as known, its own whoever speaks
            List<EventSetting.Setting> places = new ArrayList<>(settings.places(c));
            // the place the event is named after, wherever an article of it names that place: the event is known to be there
            Entity site = siteOf.get(event.id());
            if (site != null && places.stream().noneMatch(p -> p.value().equals(site.id())) && site.mentions().stream()
                    .anyMatch(m -> m.article().equals(c.article()) && c.span().start() <= m.span().start() && m.span().end() <= c.span().end())) {
                places.add(new EventSetting.Setting(site.id(), false));
            }
            for (EventSetting.Setting place : places) {
                asked.add(new String[] {"where did " + the + " happen?", names.get(place.value()), place.value()});
                if (place.known()) known.add(names.get(place.value()));
            }
            for (EventSetting.Setting date : settings.dates(c)) {
                asked.add(new String[] {"when did " + the + " happen?", date.value(), null});
                if (date.known()) known.add(date.value());
            }
            for (String[] q : asked) {
                if (q[1] == null) continue;
                String key = event.id() + "\u0000" + q[0];
                questionEvent.put(key, event.id());
                byQuestion.computeIfAbsent(key, k -> new LinkedHashMap<>()).computeIfAbsent(q[1], a -> new ArrayList<>()).add(c);
                if (q[2] != null) answerEntity.put(key + "\u0000" + q[1], q[2]);
                if (known.contains(q[1]) && c.id() != null) givenAsKnown.add(key + "\u0000" + q[1] + "\u0000" + c.id());
            }
        }
        List<Question> questions = new ArrayList<>();
        Map<String, String> questionOfClaim = new LinkedHashMap<>();
        List<Map.Entry<String, Map<String, List<Claim>>>> ordered = new ArrayList<>(byQuestion.entrySet());
        List<String> eventOrder = events.stream().map(Event::id).toList();
        ordered.sort(Comparator.comparingInt((Map.Entry<String, Map<String, List<Claim>>> q) -> eventOrder.indexOf(questionEvent.get(q.getKey())))
                .thenComparingInt(q -> KINDS.indexOf(text(q.getKey()).substring(0, text(q.getKey()).indexOf(' '))))
                .thenComparing(q -> -q.getValue().values().stream().mapToInt(List::size).sum()));
        for (var q : ordered) {
            String id = "q" + (questions.size() + 1);
            String text = text(q.getKey());
            boolean setting = text.startsWith("where") || text.startsWith("when");
            Map<String, Set<String>> ownAnswers = ownAnswers(q.getValue());
            List<Question.Answer> answers = new ArrayList<>();
            boolean disputed = false;
            for (var a : q.getValue().entrySet()) {
                Set<String> asserted = new LinkedHashSet<>();
                Set<String> reported = new LinkedHashSet<>();
                Set<String> disputing = new LinkedHashSet<>();
                List<String> claimIds = new ArrayList<>();
                List<Mention> sentences = new ArrayList<>();
                for (Claim c : a.getValue()) {
                    if (c.id() == null) sentences.add(new Mention(c.article(), c.span()));
                    else claimIds.add(c.id());
                    questionOfClaim.putIfAbsent(c.id(), id); // a claim answering blame or a count and also where or when is linked to the first
                    // a denial of blame still sets the event where and when it happened: the setting is passed on, not disputed
                    String stance = givenAsKnown.contains(q.getKey() + "\u0000" + a.getKey() + "\u0000" + c.id()) ? "asserts"
                            : !setting || Set.of("asserts", "reports").contains(c.stance()) ? c.stance()
                            : c.speaker() == null && c.speakerText() == null ? "asserts" : "reports";
                    switch (stance) {
                        case "asserts" -> asserted.add(c.article());
                        case "reports" -> reported.add(c.article());
                        default -> disputing.add(c.article());
                    }
                }
                // an article that argues against an answer in its own voice does not assert it, whatever else it says
                for (Claim c : a.getValue()) {
                    if (!setting && c.speaker() == null && c.speakerText() == null && !c.stance().equals("asserts") && !c.stance().equals("reports")) {
                        asserted.remove(c.article());
                    }
                    // an answer passed on from someone the article itself blames is one it disputes: a culprit shifting blame
                    Set<String> own = ownAnswers.getOrDefault(c.article(), Set.of());
                    if (c.stance().equals("reports") && c.speaker() != null && own.contains(names.get(c.speaker())) && !own.contains(a.getKey())) {
                        disputing.add(c.article());
                    }
                }
                Set<String> backing = new LinkedHashSet<>(asserted);
                backing.addAll(reported);
                disputed |= !disputing.isEmpty();
                answers.add(new Question.Answer(a.getKey(), answerEntity.get(q.getKey() + "\u0000" + a.getKey()), claimIds, sentences,
                        List.copyOf(asserted), List.copyOf(reported), List.copyOf(disputing), backing.size() == 1));
            }
            answers.sort((x, y) -> Integer.compare(y.claims().size() + y.sentences().size(), x.claims().size() + x.sentences().size()));
            // places nest (a hall, its town, its region): several of them are no conflict, a disputed one is
            boolean conflicting = answers.size() > 1 && !text.startsWith("where");
            questions.add(new Question(id, text, questionEvent.get(q.getKey()), conflicting || disputed, answers));
        }
        List<Claim> linked = claims.stream().map(c -> c.withQuestion(questionOfClaim.get(c.id()))).toList();
        return new Result(events, questions, linked);
    }

    /**
     * The place or site an event is named after ("the Orne depot fire": Orne), by the longest name the event's name starts
     * with; an entity of that name before one that only has it as another name (the city before the state its capital
     * stands for).
     */
    private static Entity siteNamed(Event event, List<Entity> entities) {
        String name = event.name().toLowerCase(Locale.ROOT) + " ";
        Entity best = null;
        int longest = 0;
        for (Entity e : entities) {
            if (e.type().equals("person")) continue;
            for (String form : Stream.concat(Stream.of(e.name()), e.aliases().stream()).toList()) {
                // (twice the length, plus one for the entity's own name, keeps the longest form first and then the own name)
                int score = 2 * form.length() + (form.equals(e.name()) ? 1 : 0);
                if (score > longest && name.startsWith(form.toLowerCase(Locale.ROOT) + " ")) {
                    best = e;
                    longest = score;
                }
            }
        }
        return best;
    }

    private static String text(String key) {
        return key.substring(key.indexOf('\u0000') + 1);
    }

    /** The answers each article asserts in its own voice, by article. */
    private static Map<String, Set<String>> ownAnswers(Map<String, List<Claim>> answers) {
        Map<String, Set<String>> out = new LinkedHashMap<>();
        answers.forEach((answer, claims) -> claims.stream().filter(c -> c.stance().equals("asserts") && c.speaker() == null && c.speakerText() == null)
                .forEach(c -> out.computeIfAbsent(c.article(), k -> new LinkedHashSet<>()).add(answer)));
        return out;
    }

    /** A figure as digits: "23", "1,200" and "twenty-three" are 23, 1200 and 23; "dozens" stays as it is. */
    private static String figure(String written) {
        String lower = written.toLowerCase(Locale.ROOT);
        String[] parts = lower.split("-");
        if (parts.length == 2 && NUMBER_WORDS.containsKey(parts[0]) && NUMBER_WORDS.containsKey(parts[1])) {
            return String.valueOf(Integer.parseInt(NUMBER_WORDS.get(parts[0])) + Integer.parseInt(NUMBER_WORDS.get(parts[1])));
        }
        return NUMBER_WORDS.getOrDefault(lower, written.replace(",", ""));
    }

    private static String kindOf(String word) {
        for (String[] row : QUANTITIES) if (word.matches(row[1])) return row[0];
        return null;
    }
}
