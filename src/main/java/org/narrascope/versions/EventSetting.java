package org.narrascope.versions;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.narrascope.DataFile;
import org.narrascope.TextParagraphs;
import org.narrascope.entities.Countries;
import org.narrascope.model.Article;
import org.narrascope.model.Claim;
import org.narrascope.model.Entity;
import org.narrascope.model.Mention;
import org.narrascope.model.Span;

/**
 * Where and when, as a claim tells it: the places a claim sets the event in ("the blast at the
 * Kell depot", "the flood reached the village of Orne") and the dates it gives the event ("the
 * 8 June attack"). Only a claim that speaks of the event counts: one with a definite event noun
 * ("the blast", not "a blast in 2019") or a verb saying something happened ("gave way"), and only
 * places and dates near those words; a date right after "said" is the date of a statement.
 * A setting in the words that name the event ("the blast at the Kell depot on 8 June", "the fire
 * that swept through the market") or in a clause that dates something by it ("two days after the
 * ferry sank in the strait") is taken as known: the article gives it even where the sentence
 * reports what someone else said.
 */
final class EventSetting {

    private static final Pattern SENTENCE_END = Pattern.compile("(?<=[.!?][\"”’]?)\\s+(?=[\"“‘]?\\p{Lu})");
    /** How far (characters) a place or date may stand from the words naming the event. */
    private static final int NEAR = 100;
    private static final String MONTH = "(January|February|March|April|May|June|July|August|September|October|November|December)";
    private static final Pattern DATE = Pattern.compile("\\b(?:(\\d{1,2})(?:st|nd|rd|th)?\\s+" + MONTH + "|" + MONTH + "\\s+(\\d{1,2})(?:st|nd|rd|th)?\\b)"
            + "(?:,?\\s+((?:19|20)\\d\\d)\\b)?");
    private static final Pattern EVENT_NOUN = Pattern.compile("\\b(" + EventFinder.ANY_NOUN + ")(?:s|es)?\\b", Pattern.CASE_INSENSITIVE);
    private static final List<String> TARGET_VERBS = DataFile.lines(EventFinder.class, "target-verbs.txt");
    /** Verbs saying the event happened ("gave way", "sank"), as one alternation. */
    private static final String HAPPENED = String.join("|", DataFile.lines(EventFinder.class, "event-verbs.txt"));
    /** Those verbs and the ones saying what the event struck ("sabotaged"). */
    private static final String EVENT_VERBS = HAPPENED + "|" + String.join("|", TARGET_VERBS);
    private static final Pattern EVENT_VERB = Pattern.compile("\\b(?:" + EVENT_VERBS + ")\\b", Pattern.CASE_INSENSITIVE);
    /** Before a place: what the event struck ("sabotaging the", "crippled"). */
    private static final Pattern TARGET = Pattern.compile("\\b(?:" + String.join("|", TARGET_VERBS) + ")\\s+(?:the\\s+)?$", Pattern.CASE_INSENSITIVE);
    /** Words before an event noun that make it another event than the one reported ("a blast", "earlier attacks"). */
    private static final Pattern ANOTHER = Pattern.compile("\\b(?:a|an|another|other|previous|earlier|past|similar|such|every|any|future|new)\\s+(?:\\S+\\s+){0,2}$",
            Pattern.CASE_INSENSITIVE);
    /** After a date: it dates something else, told against the event ("on 16 March, two days after the breach"). */
    private static final Pattern RELATIVE = Pattern.compile("^,?\\s+(?:\\S+\\s+){0,3}(?:after|before|since|ahead of)\\s+the\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern OTHER_EVENT = Pattern.compile("\\b(?:previous|earlier|past|prior|another|similar|other)\\s+(?:\\S+\\s+){0,2}$",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern THE_PLURAL = Pattern.compile("\\bthe\\s+(?:\\S+\\s+)?$");
    private static final Pattern REPORTED_ON = Pattern.compile("\\b(?:" + String.join("|", DataFile.lines(EventFinder.class, "reporting-words.txt"))
            + ")\\b(?:\\s+\\S+){0,3}\\s+(?:on|late on|early on)\\s+(?:\\p{L}+,?\\s+)?$", Pattern.CASE_INSENSITIVE);
    /** Before a place: "in", "at the", "in the port city of", "near northern"; not "based in". */
    private static final Pattern SETTING = Pattern.compile("(?<!\\b(?:" + String.join("|", DataFile.lines(EventFinder.class, "home-words.txt"))
            + ")\\s)\\b(?:in|at|near|outside|inside|through)\\s+(?:the\\s+)?(?:(?:[\\p{L}-]+\\s+){0,2}of\\s+)?(?:[\\p{Ll}-]+\\s+)?$");
    /** After a place: "'s depot fire", " dam breach". */
    private static final Pattern BEFORE_EVENT = Pattern.compile("^(?:['’]s)?\\s+(?:(?!(?:of|the|for|in|on|and|to|by|with|from|a|an)\\s)[\\p{Ll}-]+\\s+){0,2}(?:" + EventFinder.ANY_NOUN + ")",
            Pattern.CASE_INSENSITIVE);

    /** Right after the event noun: "the breach of the Kell Dam", "the attack on Orne's hospitals". */
    private static final Pattern AFTER_EVENT = Pattern.compile("\\b(?:" + EventFinder.ANY_NOUN + ")(?:s|es)?\\s+(?:of|on|at|in|near|outside)\\s+(?:the\\s+)?$",
            Pattern.CASE_INSENSITIVE);
    /** The last words of an organisation's name that make it a site ("Orne General Hospital"). */
    private static final Set<String> SITE_WORDS = Set.copyOf(DataFile.lines(EventSetting.class, "site-words.txt"));
    /** Before a name that is a place whatever else it may be taken for: "the village of", "the town of". */
    private static final Pattern PLACE_WORD = Pattern.compile("\\b(?:village|town|city|port|district|province|region|suburb|county)\\s+of\\s+$");

    /** After an event noun, words that keep the setting inside the noun's own phrase: a relative clause ("the fire that swept through"). */
    private static final Pattern RELATIVE_CLAUSE = Pattern.compile("^(?:s|es)?\\s+(?:that|which)\\b");
    /** Between an event noun and a setting, a verb that makes the setting what a clause says rather than part of the name of the event. */
    private static final Pattern PREDICATE = Pattern.compile("[,;:]|\\b(?:is|are|was|were|has|have|had|been|will|would|" + EVENT_VERBS + ")\\b",
            Pattern.CASE_INSENSITIVE);
    /** Before a setting: a clause that dates something by the event ("two days after the ferry capsized in"). */
    private static final Pattern DATING_CLAUSE = Pattern.compile("\\b(?:after|since|when|before|until)\\s+([^,;:]*)$", Pattern.CASE_INSENSITIVE);

    /** After a place: the verb of what happened to it ("the dam gave way", "the bridge had collapsed"). */
    private static final Pattern UNDERGOES = Pattern.compile("\\s+(?:(?:had|has|have|was|were)\\s+)?(?:" + HAPPENED + ")\\b", Pattern.CASE_INSENSITIVE);

    private record Place(String entity, String type, int start, int end) {
    }

    /** A place (entity id) or date the claim gives the event; {@code known} when it is given as known rather than as what is said. */
    record Setting(String value, boolean known) {
    }

    private final Countries countries = new Countries();
    private final Map<String, String> texts = new HashMap<>();
    private final Map<String, List<Place>> places = new HashMap<>();
    /** Organisations that are sites ("Orne General Hospital"). */
    private final Set<String> sites = new HashSet<>();

    EventSetting(List<Article> articles, List<Entity> entities) {
        articles.forEach(a -> texts.put(a.id(), a.text()));
        for (Entity e : entities) {
            String[] words = e.name().toLowerCase(Locale.ROOT).split("\\s+");
            if (SITE_WORDS.contains(words[words.length - 1])) sites.add(e.id());
            for (Mention m : e.mentions()) {
                places.computeIfAbsent(m.article(), k -> new ArrayList<>()).add(new Place(e.id(), e.type(), m.span().start(), m.span().end()));
            }
        }
        for (Article a : articles) {
            List<Place> named = places.get(a.id());
            if (named != null) named.addAll(toldOf(a.text(), named));
        }
    }

    /**
     * "the dam" after the article has named the "Kell Dam": a place its last word names, where one named place of the
     * article ends with that word.
     */
    private static List<Place> toldOf(String text, List<Place> named) {
        Map<String, List<Place>> byLastWord = new HashMap<>();
        for (Place p : named) {
            String name = text.substring(p.start(), p.end());
            String[] words = name.split("\\s+");
            if (p.type().equals("person") || words.length < 2 || !Character.isUpperCase(words[words.length - 1].charAt(0))) continue;
            String last = words[words.length - 1].toLowerCase(Locale.ROOT);
            List<Place> same = byLastWord.computeIfAbsent(last, k -> new ArrayList<>());
            if (same.stream().noneMatch(o -> o.entity().equals(p.entity()))) same.add(p);
        }
        List<Place> out = new ArrayList<>();
        byLastWord.forEach((word, bearers) -> {
            if (bearers.size() != 1) return;
            Place first = bearers.get(0);
            for (Matcher m = Pattern.compile("\\b[Tt]he\\s+(" + Pattern.quote(word) + ")\\b").matcher(text); m.find(); ) {
                if (m.start() > first.end()) out.add(new Place(first.entity(), first.type(), m.start(1), m.end(1)));
            }
        });
        return out;
    }

    /**
     * The article's sentences that overlap none of its claims (the title, scene-setting lines), as
     * claims of the article's own voice with no id: they can say where and when, nothing else.
     */
    List<Claim> ownSentences(String article, List<Claim> claims) {
        String text = texts.get(article);
        if (text == null) return List.of();
        List<Claim> out = new ArrayList<>();
        for (Span paragraph : TextParagraphs.of(text)) {
            Matcher end = SENTENCE_END.matcher(text).region(paragraph.start(), paragraph.end());
            int from = paragraph.start();
            while (from < paragraph.end()) {
                int to = end.find() ? end.start() : paragraph.end();
                int start = from, stop = to;
                if (claims.stream().noneMatch(c -> c.span().start() < stop && start < c.span().end())) {
                    out.add(new Claim(null, article, new Span(start, stop), text.substring(start, stop), null, null, "asserts", "statement", null, null, null));
                }
                from = to == paragraph.end() ? to : end.end();
            }
        }
        return out;
    }

    /** The places (entity ids) the claim sets the event in; any entity may be one ("at the Orne General Hospital"). */
    List<Setting> places(Claim c) {
        String text = texts.get(c.article());
        if (text == null || c.span().end() > text.length()) return List.of();
        List<Integer> event = eventWords(text, c.span().start(), c.span().end());
        Map<String, Boolean> out = new LinkedHashMap<>();
        for (Place p : places.getOrDefault(c.article(), List.of())) {
            if (p.start() < c.span().start() || p.end() > c.span().end() || !near(event, p.start())) continue;
            if (countries.byDemonym(text.substring(p.start(), p.end())) != null) continue; // "the Ruritanian army" is no place
            String before = text.substring(Math.max(c.span().start(), p.start() - 40), p.start());
            String after = text.substring(p.end(), Math.min(c.span().end(), p.end() + 40));
            boolean named = BEFORE_EVENT.matcher(after).find();
            // "the dam gave way": what the event happened to
            boolean set = named || SETTING.matcher(before).find() || AFTER_EVENT.matcher(before).find() || TARGET.matcher(before).find()
                    || UNDERGOES.matcher(after).lookingAt();
            // a name taken for a person is a place only where the words say so ("the village of Orne"); an organisation only when
            // it is a site ("the Orne General Hospital"), not an outlet or a group a post was made in the name of
            if (set && (!p.type().equals("person") || PLACE_WORD.matcher(before).find()) && (!p.type().equals("organization") || sites.contains(p.entity()))) {
                out.merge(p.entity(), named || known(text, c.span().start(), p.start()), Boolean::logicalOr);
            }
        }
        return settings(out);
    }

    /** The event's dates the claim gives, as "8 June" or "8 June 2031" when it says the year. */
    List<Setting> dates(Claim c) {
        String text = texts.get(c.article());
        if (text == null || c.span().end() > text.length()) return List.of();
        List<Integer> event = eventWords(text, c.span().start(), c.span().end());
        Map<String, Boolean> out = new LinkedHashMap<>();
        Matcher m = DATE.matcher(text).region(c.span().start(), c.span().end());
        while (m.find()) {
            if (!near(event, m.start()) || REPORTED_ON.matcher(text.substring(Math.max(c.span().start(), m.start() - 60), m.start())).find()
                    || RELATIVE.matcher(text.substring(m.end(), Math.min(c.span().end(), m.end() + 30))).find()) continue;
            String day = m.group(1) != null ? m.group(1) : m.group(4);
            String month = m.group(2) != null ? m.group(2) : m.group(3);
            boolean named = BEFORE_EVENT.matcher(text.substring(m.end(), Math.min(c.span().end(), m.end() + 40))).find(); // "the 8 June attack"
            out.merge(Integer.parseInt(day) + " " + month + (m.group(5) == null ? "" : " " + m.group(5)), named || known(text, c.span().start(), m.start()),
                    Boolean::logicalOr);
        }
        return settings(out);
    }

    private static List<Setting> settings(Map<String, Boolean> known) {
        return known.entrySet().stream().map(e -> new Setting(e.getKey(), e.getValue())).toList();
    }

    /**
     * Whether a setting at {@code at} is given as known: it follows the nearest event noun with no verb between ("the
     * blast at the Kell depot on 8 June", "the fire that destroyed the market on 3 May"), or stands in a clause that
     * dates something by the event ("when the ferry sank in the strait").
     */
    private static boolean known(String text, int start, int at) {
        int from = Math.max(start, at - NEAR);
        Matcher noun = EVENT_NOUN.matcher(text).region(from, at);
        int nounEnd = -1;
        while (noun.find()) nounEnd = noun.end(1);
        if (nounEnd >= 0) {
            String between = text.substring(nounEnd, at);
            if (RELATIVE_CLAUSE.matcher(between).find() ? !between.matches("(?s).*[,;:].*") : !PREDICATE.matcher(between).find()) return true;
        }
        Matcher clause = DATING_CLAUSE.matcher(text.substring(from, at));
        return clause.find() && (EVENT_NOUN.matcher(clause.group(1)).find() || EVENT_VERB.matcher(clause.group(1)).find());
    }

    /** Whether the claim tells of an earlier or other event only ("a previous explosion at a mill killed two"): its counts are not this event's. */
    boolean aboutAnotherEvent(Claim c) {
        String text = texts.get(c.article());
        if (text == null || c.span().end() > text.length()) return false;
        boolean other = false;
        Matcher noun = EVENT_NOUN.matcher(text).region(c.span().start(), c.span().end());
        while (noun.find()) {
            String before = text.substring(Math.max(c.span().start(), noun.start() - 40), noun.start());
            if (!OTHER_EVENT.matcher(before).find()) return false;
            other = true;
        }
        return other;
    }

    /** Where the claim names an event: positive for the event reported, negative for another ("a blast in 2019", "attacks"). */
    private static List<Integer> eventWords(String text, int start, int end) {
        List<Integer> at = new ArrayList<>();
        Matcher noun = EVENT_NOUN.matcher(text).region(start, end);
        while (noun.find()) {
            String before = text.substring(Math.max(start, noun.start() - 40), noun.start()).toLowerCase(Locale.ROOT);
            // a plural is the event only right after "the" ("the attacks", "the Orne attacks"), else it is attacks in general
            boolean plural = !noun.group().equalsIgnoreCase(noun.group(1));
            boolean reported = !ANOTHER.matcher(before).find() && (!plural || THE_PLURAL.matcher(before).find())
                    // "a blast tore through", "an attack took place": how a story first tells its event
                    || EVENT_VERB.matcher(text.substring(noun.end(), Math.min(end, noun.end() + 30))).find();
            at.add(reported ? noun.start() + 1 : -noun.start() - 1);
        }
        Matcher verb = EVENT_VERB.matcher(text).region(start, end);
        while (verb.find()) at.add(verb.start() + 1);
        return at;
    }

    /** Whether the event word nearest to {@code at} is the event reported, and near enough. */
    private static boolean near(List<Integer> event, int at) {
        int best = 0;
        for (int e : event) if (best == 0 || Math.abs(Math.abs(e) - 1 - at) < Math.abs(Math.abs(best) - 1 - at)) best = e;
        return best > 0 && Math.abs(best - 1 - at) <= NEAR;
    }
}
