package org.narrascope.versions;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.BiPredicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.narrascope.DataFile;
import org.narrascope.entities.Countries;
import org.narrascope.learn.FeatureSpace;
import org.narrascope.model.Article;
import org.narrascope.model.Entity;
import org.narrascope.model.Event;
import org.narrascope.model.Mention;
import org.narrascope.model.StoryFamily;
import org.narrascope.nlp.Datelines;

/**
 * The events a corpus is about. Articles are about one event when their leads (title and first
 * lines) name the same place below a country (the town, the facility, the crossing where it
 * happened; countries are left out since one country is the setting of many events), their
 * openings name the same kind of event (an "attack", a "fire") and say more alike than that
 * ({@link Openings}); articles set only in a country join when they tell much the same story, and articles
 * whose leads name one person when their openings have a fair part in common (a hearing happens nowhere); an article
 * still alone joins the one event whose openings share two of its rare names (an interview naming the company and the
 * town). An event is
 * named by its most used event noun, a modifier kept only when several articles use it (so one
 * outlet's epithet does not name it), after the place their leads most often set it at ("Port Arden
 * depot fire"), else their most named place (not the neighbour blamed in every headline), or the one
 * person most leads name when no lead sets it anywhere ("events involving X").
 */
public final class EventFinder {

    /** Characters of an article read as its lead: the title and about the first paragraph. */
    static final int LEAD = 600;
    /** Where event phrases are counted: long enough for the first mentions, short enough to stay on the story. */
    static final int PHRASE_WINDOW = 1500;
    /** Opening similarity (tf-idf cosine) two articles at one place naming one kind of event need: more in common than the town and the word. */
    static final double SAME_PLACE = 0.05;
    /**
     * What an article needs to join an event other than by place and kind of event: an opening naming no event, to the
     * event at its place; an article naming no place, to its nearest article's; a member of a story family, to another.
     */
    static final double NO_EVENT_NOUN = 0.1;
    /** What two articles need when only the kind of event (and at most a country) is shared: much the same story. */
    static final double SAME_STORY = 0.25;
    /**
     * What two articles whose leads name one person need: a hearing, a nomination or a scandal happens at no one
     * place and names no event, so the person and a fair part of the opening in common make the story. Chosen on the
     * real-news event gold ({@code eval events}).
     */
    static final double SAME_PERSON = 0.2;
    /** Rare names an article alone must share with an event's openings to join it, and how many openings a rare name is in at most. */
    static final int SHARED_ACTORS = 2;
    static final int RARE_ACTOR = 8;
    /** Members of a story family each one is compared with: enough to find its original, bounded for huge families. */
    private static final int FAMILY_PEERS = 50;
    static final List<String> NOUNS = DataFile.lines(EventFinder.class, "event-nouns.txt");
    /** The event nouns as one regular-expression alternation, for every pattern that looks for them. */
    static final String ANY_NOUN = String.join("|", NOUNS);
    /** The kind of event a noun names, where another noun names it too ("blast" and "explosion"). */
    private static final Map<String, String> KINDS = DataFile.lines(EventFinder.class, "event-kinds.tsv").stream()
            .map(line -> line.split("\t")).collect(Collectors.toMap(p -> p[0], p -> p[1]));
    /** An event noun, singular or plural, with up to one lower-case word before it ("depot fire"). */
    private static final Pattern PHRASE = Pattern.compile("(?:\\b([\\p{Ll}-]{3,})\\s+)?\\b(" + ANY_NOUN + ")(?:s|es)?\\b",
            Pattern.UNICODE_CHARACTER_CLASS);
    private static final Set<String> NOT_MODIFIERS = Set.of("the", "this", "that", "its", "their", "his", "her", "our", "after", "before",
            "since", "during", "about", "over", "with", "from", "into", "what", "which", "and", "for", "against", "of", "was", "were",
            "last", "first", "latest", "deadly", "bloody", "brutal", "horrific", "terrible", "tragic", "major", "massive", "huge",
            "alleged", "apparent", "suspected", "recent", "weekend", "night", "morning", "evening", "another", "such", "any", "every");

    private static final Pattern DETERMINED = Pattern.compile("(?:\\b(?:the|a|an|this|that|its|their|[Tt]he|An?)|['’]s|\\b\\p{Lu}[\\p{L}-]*)\\s+$");
    /**
     * A plural noun right before an event word is its subject ("rebels strike"): compounds take the singular ("depot fire"),
     * and a word that only ends like a plural ("bus crash", "gas leak", "virus attack") is no subject.
     */
    private static final String PLURAL_END = "(?:[^siua]s|[^g]as)";
    private static final Pattern PLURAL_SUBJECT = Pattern.compile("\\p{L}+" + PLURAL_END);
    /** What follows a verb ending in -s rather than a plural noun: a name or a determiner of its object. */
    private static final Pattern OBJECT_AFTER = Pattern.compile("[ \\t]+(?:(?!(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|"
            + "July|August|September|October|November|December)\\b)\\p{Lu}\\p{Ll}|(?:the|a|an|his|her|its|their|him|them)\\b)");
    private static final Set<String> VERB_BEFORE = Set.of("opened", "open", "opening", "returned", "to", "did", "not", "would", "will",
            "could", "can", "may", "might", "they", "we", "he", "she");

    private EventFinder() {
    }

    /** @param families articles connected by reuse: a copy or translation is about its original's event */
    public static List<Event> find(List<Article> articles, List<Entity> entities, List<StoryFamily> families) {
        Countries countries = new Countries();
        Map<String, String> placeByName = new HashMap<>();
        Set<String> countryNames = new HashSet<>();
        // a person's surname the recogniser also took for a place ("Holm" beside "Anna Holm") sets no event
        Set<String> surnames = new HashSet<>();
        for (Entity e : entities) {
            String[] words = e.name().split(" ");
            if (e.type().equals("person") && words.length >= 2) surnames.add(words[words.length - 1]);
        }
        for (Entity e : entities) {
            if (!e.type().equals("place") || surnames.contains(e.name())) continue;
            if (countries.byName(e.name()) == null) placeByName.putIfAbsent(e.name(), e.id());
            else countryNames.add(e.name());
        }
        Map<String, Set<String>> leadPlaces = new LinkedHashMap<>();
        Map<String, Set<String>> leadCountries = new LinkedHashMap<>();
        for (Article a : articles) {
            // a place's name anywhere in the lead, also inside another name ("the Orne Police")
            Set<String> inLead = namesIn(lead(a), placeByName.keySet());
            Set<String> places = new LinkedHashSet<>();
            for (Entity e : entities) if (inLead.contains(e.name()) && e.id().equals(placeByName.get(e.name()))) places.add(e.id());
            leadPlaces.put(a.id(), places);
            Set<String> inCountries = new LinkedHashSet<>();
            for (String name : namesIn(lead(a), countryNames)) inCountries.add(countries.byName(name));
            leadCountries.put(a.id(), inCountries);
        }
        Set<String> placeWords = new HashSet<>();
        for (Entity e : entities) if (e.type().equals("place")) placeWords.addAll(FeatureSpace.words(e.name()));
        Openings openings = new Openings(articles, PHRASE_WINDOW, Set.copyOf(NOUNS), placeWords);
        Map<String, Set<String>> leadPersons = new HashMap<>();
        for (Entity e : entities) {
            if (!e.type().equals("person")) continue;
            for (Mention m : e.mentions()) if (m.span().start() < LEAD) leadPersons.computeIfAbsent(m.article(), k -> new LinkedHashSet<>()).add(e.id());
        }
        List<List<Article>> groups = group(articles, leadPlaces, leadCountries, leadPersons, openings, families);
        joinNearest(groups, articles, leadPlaces, openings);
        Map<String, Set<String>> actors = new HashMap<>();
        for (Entity e : entities) {
            if (surnames.contains(e.name()) || countries.byName(e.name()) != null || countries.byDemonym(e.name()) != null) continue;
            for (Mention m : e.mentions()) if (m.span().start() < PHRASE_WINDOW) actors.computeIfAbsent(m.article(), k -> new HashSet<>()).add(e.id());
        }
        joinByActors(groups, actors);
        Map<String, String> names = new HashMap<>();
        entities.forEach(e -> names.put(e.id(), e.name()));
        List<Event> events = new ArrayList<>();
        List<String> entityNames = entities.stream().map(Entity::name).filter(n -> !surnames.contains(n)).toList();
        Set<String> entityNameSet = Set.copyOf(entityNames);
        for (List<Article> group : groups) {
            String phrase = phrase(group);
            Map.Entry<String, Integer> place = site(group, entityNames, entityNameSet, countries);
            // a place the leads set the event at names it; else one person most leads tell about (a nomination, a dismissal)
            boolean set = place != null;
            if (place == null) {
                // a country only when the leads name nothing smaller ("an outbreak in Congo")
                Map.Entry<String, Integer> named = mostNamed(group, leadPlaces);
                place = named != null ? Map.entry(names.get(named.getKey()), named.getValue()) : mostNamed(group, leadCountries);
            }
            Map.Entry<String, Integer> person = mostNamed(group, leadPersons);
            // (an event word with a country or state named is that place's: "earthquake involving <its president>" would mislead)
            String name = !set && person != null && person.getValue() >= 2 && 2 * person.getValue() >= group.size()
                    && (place == null || phrase == null && person.getValue() > place.getValue())
                    ? (phrase == null ? "events" : phrase) + " involving " + names.get(person.getKey())
                    : name(place == null ? null : place.getKey(), phrase);
            events.add(new Event("v" + (events.size() + 1), name, group.stream().map(Article::id).toList()));
        }
        return events;
    }

    /** The event nouns of the start of an article (singular). */
    private static Set<String> eventNouns(Article a) {
        Set<String> out = new LinkedHashSet<>();
        Matcher m = PHRASE.matcher(a.text().substring(0, Math.min(PHRASE_WINDOW, a.text().length())).toLowerCase(Locale.ROOT));
        while (m.find()) out.add(KINDS.getOrDefault(m.group(2), m.group(2)));
        return out;
    }

    /**
     * Articles joined when their leads share a place, they name the same kind of event and their
     * openings share more than that; or, wherever the leads set them (a country, no place), when
     * they name the same kind of event and their openings say much the same. In corpus order,
     * largest event first.
     */
    private static List<List<Article>> group(List<Article> articles, Map<String, Set<String>> leadPlaces, Map<String, Set<String>> leadCountries,
            Map<String, Set<String>> leadPersons, Openings openings, List<StoryFamily> families) {
        int[] parent = new int[articles.size()];
        for (int i = 0; i < parent.length; i++) parent[i] = i;
        // a town is the setting of many stories: two articles share an event when their leads share a place and they name the same kind of event
        List<Set<String>> nouns = articles.stream().map(EventFinder::eventNouns).toList();
        Map<String, List<Integer>> withPlace = new HashMap<>();
        for (int i = 0; i < articles.size(); i++) for (String place : leadPlaces.get(articles.get(i).id())) withPlace.computeIfAbsent(place, k -> new ArrayList<>()).add(i);
        BiPredicate<Integer, Integer> sameKind = (i, j) -> nouns.get(i).stream().anyMatch(nouns.get(j)::contains);
        joinAlike(parent, articles.size(), openings, SAME_PLACE, (i, j) -> sameKind.test(i, j) && shareLead(leadPlaces, articles, i, j));
        // an outbreak in a country, a crash at sea: the same kind of event, in the same country or none, told in much the same words
        joinAlike(parent, articles.size(), openings, SAME_STORY, (i, j) -> {
            Set<String> countries = leadCountries.get(articles.get(i).id());
            Set<String> others = leadCountries.get(articles.get(j).id());
            return sameKind.test(i, j) && (countries.isEmpty() && others.isEmpty() || countries.stream().anyMatch(others::contains));
        });
        // a story about a person (a hearing, a nomination): the same person in the lead and much of the opening in common
        joinAlike(parent, articles.size(), openings, SAME_PERSON, (i, j) -> shareLead(leadPersons, articles, i, j));
        // an opening that names no event (a denial, a profile) joins the event at its place it reads most like, without bridging two events
        for (int i = 0; i < articles.size(); i++) {
            if (!nouns.get(i).isEmpty()) continue;
            int best = -1;
            double bestSimilarity = NO_EVENT_NOUN;
            for (String place : leadPlaces.get(articles.get(i).id())) {
                for (int j : withPlace.get(place)) {
                    if (nouns.get(j).isEmpty()) continue;
                    double similarity = openings.similarity(i, j);
                    if (similarity >= bestSimilarity) {
                        best = j;
                        bestSimilarity = similarity;
                    }
                }
            }
            if (best >= 0) parent[root(parent, i)] = root(parent, best);
        }
        List<String> ids = articles.stream().map(Article::id).toList();
        // a copy or translation goes with its original; a shared boilerplate paragraph alone does not make one story
        Map<String, Integer> index = new HashMap<>();
        for (int i = 0; i < ids.size(); i++) index.put(ids.get(i), i);
        for (StoryFamily f : families) {
            List<Integer> members = f.articles().stream().map(index::get).filter(i -> i != null).toList();
            for (int i : members) {
                for (int j : members.subList(0, Math.min(members.size(), FAMILY_PEERS))) {
                    boolean translated = !Objects.equals(articles.get(i).language(), articles.get(j).language());
                    if (i != j && (translated || openings.similarity(i, j) >= SAME_STORY)) parent[root(parent, i)] = root(parent, j);
                }
            }
        }
        Map<Integer, List<Article>> byRoot = new LinkedHashMap<>();
        for (int i = 0; i < articles.size(); i++) byRoot.computeIfAbsent(root(parent, i), r -> new ArrayList<>()).add(articles.get(i));
        List<List<Article>> groups = new ArrayList<>(byRoot.values());
        groups.sort(Comparator.comparingInt((List<Article> g) -> -g.size()));
        return groups;
    }

    /**
     * An article whose lead names no place (a bare headline, a column) joins the event of the
     * article its opening reads most like, when they are alike enough; two such articles that read
     * most like each other are an event of their own. Joining to the nearest article rather than to
     * any member of an event keeps loose likenesses from chaining unrelated stories together.
     */
    private static void joinNearest(List<List<Article>> groups, List<Article> articles, Map<String, Set<String>> leadPlaces, Openings openings) {
        Map<Article, List<Article>> groupOf = new HashMap<>();
        for (List<Article> g : groups) g.forEach(a -> groupOf.put(a, g));
        Map<Article, Article> nearest = new LinkedHashMap<>();
        Map<Article, Integer> position = new HashMap<>();
        for (int i = 0; i < articles.size(); i++) {
            Article a = articles.get(i);
            position.put(a, i);
            if (groupOf.get(a).size() != 1 || !leadPlaces.get(a.id()).isEmpty()) continue;
            int best = openings.nearest(i, NO_EVENT_NOUN);
            if (best >= 0) nearest.put(a, articles.get(best));
        }
        nearest.forEach((lone, other) -> {
            boolean otherLone = nearest.containsKey(other);
            if (otherLone && (nearest.get(other) != lone || position.get(other) > position.get(lone))) return;
            List<Article> target = groupOf.get(other);
            target.add(lone);
            groups.removeIf(g -> g.size() == 1 && g.get(0) == lone);
        });
    }

    /**
     * An article still alone (an interview, a fact check whose words share little with the reports) joins the one event
     * whose openings name {@link #SHARED_ACTORS} of the same rare names as its own (the company, the town, the
     * minister), where no other event names as many. Rare: named in few openings, so a president in every story joins none.
     */
    private static void joinByActors(List<List<Article>> groups, Map<String, Set<String>> actors) {
        Map<String, Integer> openingsNaming = new HashMap<>();
        actors.values().forEach(ids -> ids.forEach(id -> openingsNaming.merge(id, 1, Integer::sum)));
        List<List<Article>> events = groups.stream().filter(g -> g.size() > 1).toList();
        Map<List<Article>, List<Article>> joins = new LinkedHashMap<>();
        for (List<Article> alone : groups) {
            if (alone.size() > 1) continue;
            Set<String> own = new HashSet<>(actors.getOrDefault(alone.get(0).id(), Set.of()));
            own.removeIf(id -> openingsNaming.get(id) > RARE_ACTOR);
            Map<List<Article>, Long> shared = new LinkedHashMap<>();
            for (List<Article> g : events) {
                Set<String> theirs = new HashSet<>();
                g.forEach(a -> theirs.addAll(actors.getOrDefault(a.id(), Set.of())));
                shared.put(g, own.stream().filter(theirs::contains).count());
            }
            long most = shared.values().stream().mapToLong(x -> x).max().orElse(0);
            List<List<Article>> best = shared.entrySet().stream().filter(e -> e.getValue() == most).map(Map.Entry::getKey).toList();
            if (most >= SHARED_ACTORS && best.size() == 1) joins.put(alone, best.get(0));
        }
        joins.forEach((alone, event) -> {
            event.add(alone.get(0));
            groups.remove(alone);
        });
    }

    /**
     * Joins every two articles that are {@code related} and whose openings reach {@code floor}, looking only among
     * the articles sharing telling words ({@link Openings#candidates}): a place or person in thousands of leads
     * costs no pair-by-pair pass.
     */
    private static void joinAlike(int[] parent, int n, Openings openings, double floor, BiPredicate<Integer, Integer> related) {
        for (int i = 0; i < n; i++) {
            for (int j : openings.candidates(i)) {
                if (j >= i || root(parent, i) == root(parent, j) || !related.test(i, j)) continue;
                if (openings.similarity(i, j) >= floor) parent[root(parent, i)] = root(parent, j);
            }
        }
    }

    /** Whether the leads of articles {@code i} and {@code j} name one of the same places or persons. */
    private static boolean shareLead(Map<String, Set<String>> inLead, List<Article> articles, int i, int j) {
        Set<String> mine = inLead.getOrDefault(articles.get(i).id(), Set.of());
        return !mine.isEmpty() && inLead.getOrDefault(articles.get(j).id(), Set.of()).stream().anyMatch(mine::contains);
    }

    private static int root(int[] parent, int i) {
        while (parent[i] != i) i = parent[i] = parent[parent[i]];
        return i;
    }

    /** The name (an entity id, or a country) the most leads of a group name, with how many do; null when none. */
    private static Map.Entry<String, Integer> mostNamed(List<Article> group, Map<String, Set<String>> inLead) {
        Map<String, Integer> count = new LinkedHashMap<>();
        for (Article a : group) inLead.getOrDefault(a.id(), Set.of()).forEach(p -> count.merge(p, 1, Integer::sum));
        return count.entrySet().stream().max(Map.Entry.comparingByValue()).orElse(null);
    }

    /**
     * The name the group's leads most often set the event at: after "in / at / near / outside"
     * ("the blast at Lorsby grain terminal") or right before an event noun ("the Port Arden depot
     * fire"), whatever the recogniser typed it as; countries aside; with how many leads do. Null when no lead does.
     */
    static Map.Entry<String, Integer> site(List<Article> group, List<String> names, Set<String> all, Countries countries) {
        Set<String> named = new LinkedHashSet<>();
        for (Article a : group) named.addAll(namesIn(lead(a), all));
        Map<String, Integer> articles = new LinkedHashMap<>();
        for (String name : names) {
            if (!named.contains(name) || name.length() < 3 || !Character.isUpperCase(name.charAt(0)) || countries.byName(name) != null) continue;
            // before the noun: up to two words of a compound ("Port Arden rail depot fire"), not "X for the attack" nor "X guards fire"
            Pattern set = Pattern.compile("(?:\\b(?:in|at|near|outside)\\s+(?:the\\s+)?" + Pattern.quote(name) + "\\b|\\b" + Pattern.quote(name)
                    + "(?:['’]s)?\\s+(?:(?!(?:for|the|of|a|an|in|on|and|to|by|with|from|at)\\s)\\p{Ll}[\\p{L}-]*(?<!" + PLURAL_END + ")\\s+){0,2}(?i:"
                    + ANY_NOUN + ")(?:s|es)?\\b)");
            for (Article a : group) {
                if (set.matcher(lead(a)).find()) articles.merge(name, 1, Integer::sum);
            }
        }
        // one lead of many setting an event somewhere is an aside ("a protest at the X Center"), not where it happened
        int needed = group.size() >= 3 ? 2 : 1;
        return articles.entrySet().stream().filter(e -> e.getValue() >= needed).max(Map.Entry.comparingByValue()).orElse(null);
    }

    /** The article's opening, with a dateline's town in capitals as its entity is named ("TERVAN -" as "Tervan ."). */
    private static String lead(Article a) {
        return Datelines.forTagging(a.text().substring(0, Math.min(LEAD, a.text().length())));
    }

    /** The names of {@code names} that stand in {@code text} as whole words (one to five of them), by a look-up per run of words. */
    static Set<String> namesIn(String text, Set<String> names) {
        List<String> words = new ArrayList<>();
        for (String w : text.split("\\s+")) {
            String bare = w.replaceAll("^[^\\p{L}\\p{N}]+|[^\\p{L}\\p{N}]+$", "");
            if (!bare.isEmpty()) words.add(bare);
        }
        Set<String> out = new LinkedHashSet<>();
        for (int i = 0; i < words.size(); i++) {
            StringBuilder run = new StringBuilder();
            for (int j = i; j < Math.min(words.size(), i + 5); j++) {
                if (j > i) run.append(' ');
                run.append(words.get(j));
                String candidate = run.toString();
                if (names.contains(candidate)) out.add(candidate);
                String bare = candidate.replaceAll("['’]s$", ""); // "Orne's hospitals"
                if (names.contains(bare)) out.add(bare);
            }
        }
        return out;
    }

    /** The event noun the group's articles use most, with the modifier several of them put before it. */
    static String phrase(List<Article> group) {
        Map<String, Set<String>> nounArticles = new LinkedHashMap<>();
        Map<String, Set<String>> phraseArticles = new LinkedHashMap<>();
        Map<String, Integer> phraseCount = new HashMap<>();
        Map<String, Integer> determined = new HashMap<>();
        for (Article a : group) {
            String original = a.text().substring(0, Math.min(PHRASE_WINDOW, a.text().length()));
            String text = lowerCaseKeepingOffsets(original);
            Matcher m = PHRASE.matcher(text);
            while (m.find()) {
                // "opened fire", "to strike", "guards fire first": a verb, not the event's noun
                if (m.group(1) != null && (VERB_BEFORE.contains(m.group(1)) || PLURAL_SUBJECT.matcher(m.group(1)).matches() && canBeVerb(m.group(2)))) continue;
                // "fires Tillerson", "strikes the": a verb with its object (not told apart in a Headline In Title Case)
                if (canBeVerb(m.group(2)) && m.group().endsWith("s") && Character.isLowerCase(original.charAt(m.start(2)))
                        && (m.group(1) == null || !NOT_MODIFIERS.contains(m.group(1)))
                        && OBJECT_AFTER.matcher(original).region(m.end(), original.length()).lookingAt()) continue;
                String noun = m.group(2);
                nounArticles.computeIfAbsent(noun, k -> new LinkedHashSet<>()).add(a.id());
                int before = m.group(1) != null ? m.start(1) : m.start(2);
                if (before == 0 || DETERMINED.matcher(original.substring(Math.max(0, before - 30), before)).find()) determined.merge(noun, 1, Integer::sum);
                // a modifier after "the" or a name ("the depot fire", "Orne's cyber attack"), not a verb ("Group claims attack")
                boolean modified = m.group(1) != null && DETERMINED.matcher(original.substring(Math.max(0, m.start(1) - 30), m.start(1))).find();
                if (modified && !NOT_MODIFIERS.contains(m.group(1)) && !NOUNS.contains(m.group(1))) {
                    String phrase = m.group(1) + " " + noun;
                    phraseArticles.computeIfAbsent(phrase, k -> new LinkedHashSet<>()).add(a.id());
                    phraseCount.merge(phrase, 1, Integer::sum);
                }
            }
        }
        // most articles; between equals, the one most often named as a thing ("Monday's shooting", not "guards fire")
        String noun = nounArticles.entrySet().stream().max(Comparator.comparingInt((Map.Entry<String, Set<String>> e) -> e.getValue().size())
                .thenComparingInt(e -> determined.getOrDefault(e.getKey(), 0))).map(Map.Entry::getKey).orElse(null);
        if (noun == null) return null;
        String best = noun;
        int bestArticles = 1;
        for (var p : phraseArticles.entrySet()) {
            if (!p.getKey().endsWith(" " + noun)) continue;
            int n = p.getValue().size();
            boolean several = group.size() > 1 ? n >= 2 : phraseCount.get(p.getKey()) >= 2;
            if (several && n > bestArticles - (best.equals(noun) ? 1 : 0)) {
                best = p.getKey();
                bestArticles = n;
            }
        }
        return best;
    }

    /** Lower case with every character where it was: {@code toLowerCase} makes two of some ("İ"), and matches found in it index the original. */
    private static String lowerCaseKeepingOffsets(String text) {
        char[] chars = text.toCharArray();
        for (int i = 0; i < chars.length; i++) chars[i] = Character.toLowerCase(chars[i]);
        return new String(chars);
    }

    /** "fire", "attack", "strike" can be verbs; "explosion", "shooting", "ballot stuffing" cannot. */
    private static boolean canBeVerb(String noun) {
        return !noun.contains(" ") && !noun.endsWith("ion") && !noun.endsWith("ing");
    }

    /** "Port Arden" and "depot fire" make "Port Arden depot fire"; a modifier the place ends with is said once ("Kell Dam breach"). */
    static String name(String place, String phrase) {
        if (place == null) return phrase == null ? "event" : phrase;
        if (phrase == null) return "events in " + place;
        String[] words = phrase.split(" ");
        if (words.length == 2 && place.toLowerCase(Locale.ROOT).endsWith(" " + words[0])) phrase = words[1];
        return place + " " + phrase;
    }
}
