package org.narrascope.claims;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.narrascope.DataFile;
import org.narrascope.entities.Entities;
import org.narrascope.entities.OrganisationNames;
import org.narrascope.model.Article;
import org.narrascope.model.Entity;
import org.narrascope.model.Mention;
import org.narrascope.model.Span;

/** Entity mentions by article and position, to name the speaker and subject of a claim. */
final class EntityIndex {

    private record Located(Span span, Entity entity) {
    }

    /** What stands between two names of one list: "X, Y and the Z", "X or Y". */
    private static final Pattern LIST_GAP = Pattern.compile("\\s*(?:,|,?\\s+(?:and|or|as well as))\\s+(?:the\\s+|its\\s+|their\\s+)?");

    /** Words that name a country's state as a speaker: "the government says", "Ostravian officials". */
    private static final Set<String> STATE_WORDS = Set.of("government", "officials", "authorities", "sources", "state", "cabinet");
    /** Roles that speak for an organisation named before them ("a police spokesman", "ministry officials"). */
    private static final Set<String> ROLES = Set.of("spokesman", "spokeswoman", "spokesperson", "official", "officials", "source", "sources",
            "representative", "statement", "spokespeople", "director", "manager", "chairman", "chairwoman", "chief", "executive", "lawyer", "leader");
    /** "The leader of the X": a role, then whom it speaks for. */
    private static final Pattern ROLE_OF = Pattern.compile("(?i)(?:the\\s+|a\\s+)?(?:[\\p{L}-]+\\s+)?(\\p{L}+)\\s+of\\s+(?:the\\s+)?(.+)");
    /** A word that names a country by its people ("Varnian", "Tolmari", "Ostrelese"), as the first word of an agency's name. */
    private static final Pattern DEMONYM = Pattern.compile("\\p{Lu}\\p{Ll}+(?:ian|an|ese|ish|i)");
    private static final Pattern DEMONYM_PLURAL = Pattern.compile("(?:ans|ese|is)$");
    /** "into the Arden Hall", "in Kestria": a name after one of these is where the event happened or whom it hit. */
    private static final Pattern SETTING = Pattern.compile("\\b(?:" + String.join("|", DataFile.lines(EntityIndex.class, "setting-prepositions.txt"))
            + ")\\s+(?:the\\s+)?$", Pattern.CASE_INSENSITIVE);

    /** "a video published by X": X carried the claim; it is no actor in the event. */
    private static final Pattern CHANNEL = Pattern.compile("\\b(?:" + String.join("|", DataFile.lines(EntityIndex.class, "media-channels.txt"))
            + ")\\s+(?:the\\s+)?$", Pattern.CASE_INSENSITIVE);

    private static final Pattern TOLD_TO_DO = Pattern.compile("\\s+(?:to|not to)\\s+\\p{Ll}");

    private static final Pattern COUNTRY_VOICE = Pattern.compile("(?:the\\s+)?(\\p{Lu}\\p{L}+)(?:['’]s)?\\s+(?:Foreign (?:Ministry|Office)|[Ee]mbassy|[Gg]overnment)"
            + "|Ministry of Foreign Affairs of (\\p{Lu}\\p{L}+)");
    /** "Kestria's accusation", "Ostravia's flat denial", "Fire Service records": the name is the claim's author, not its answer. */
    private static final Pattern AUTHOR = Pattern.compile("^(?:['’]s\\s+(?:\\p{Ll}+\\s+)?(?:" + String.join("|",
            DataFile.lines(EntityIndex.class, "attribution-nouns.txt")) + ")s?|\\s+(?:records|data|figures|findings))\\b");

    /** "an accusation by the minister that ...": the name is the claim's author, not its answer (what follows "that" is). */
    private static final Pattern AUTHOR_BY = Pattern.compile("\\b(?:" + String.join("|", DataFile.lines(EntityIndex.class, "attribution-nouns.txt"))
            + ")s?\\s+(?:made\\s+)?by\\s+(?:the\\s+)?(?:(?!that\\s)\\p{L}+\\s+){0,3}$", Pattern.CASE_INSENSITIVE);

    /** "the ransomware gang Night Ledger", "the Iron Rail Brigade": an organisation the article presents as a group. */
    private static final Set<String> GROUP_NOUNS = Set.copyOf(DataFile.lines(EntityIndex.class, "group-nouns.txt"));
    /** How an article refers to a firm it has named: "the company", "the operator". */
    private static final Set<String> COMPANY_DESCRIPTIONS = Set.of("company", "firm", "operator", "manufacturer", "owner", "corporation", "contractor");
    /** "the ransomware gang X", "a group calling itself the X": a name presented as a group's. */
    private static final Pattern GROUP_BEFORE = Pattern.compile("\\b(?:" + String.join("|", GROUP_NOUNS) + ")(?:\\s+calling\\s+itself(?:\\s+the)?)?\\s+$",
            Pattern.CASE_INSENSITIVE);

    private static final Pattern SITE_AFTER = Pattern.compile("\\s+(?:" + String.join("|", DataFile.lines(EntityIndex.class, "site-nouns.txt")) + ")s?\\b",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern INVESTIGATORS_OF = Pattern.compile("\\b(?:investigators|inspectors|experts|engineers) (?:from|of|at) (?:the\\s+)?$", Pattern.CASE_INSENSITIVE);
    private static final Pattern LANDMARK = Pattern.compile("\\s(?:" + String.join("|", DataFile.lines(Entities.class, "landmark-nouns.txt")) + ")$",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern CAPITALISED_WORD = Pattern.compile("\\p{Lu}\\p{Ll}+");
    /** "an inquiry into", "a report on": what follows is what the speaker is about, not who they are. */
    private static final Pattern TOPIC = Pattern.compile("\\b(?:inquiry|enquiry|investigation|report|review|probe|study|audit|hearing|commission)\\s+(?:into|on|of|about)\\b",
            Pattern.CASE_INSENSITIVE);
    /** "Ostravian agents", "Kestrian border guards", "a Tarsian operation": a country acting, named by its demonym. */
    private static final Pattern DEMONYM_ACTOR = Pattern.compile("\\b(\\p{Lu}\\p{Ll}+)\\s+(?:\\p{Ll}+\\s+)?(?:"
            + String.join("|", DataFile.lines(EntityIndex.class, "agent-nouns.txt")) + ")\\b");

    private final Map<String, List<Located>> byArticle = new HashMap<>();
    private final List<Entity> all;
    private final Map<String, String> texts = new HashMap<>();
    /** The kinds ("firm", "association") the articles present each name as. */
    private final Map<String, Set<String>> kindsOf = new HashMap<>();

    EntityIndex(List<Entity> entities, List<Article> articles) {
        this.all = entities;
        articles.forEach(a -> texts.put(a.id(), a.text()));
        for (Article a : articles) {
            for (OrganisationNames.Presented p : OrganisationNames.presented(a.text())) kindsOf.computeIfAbsent(p.name(), k -> new HashSet<>()).add(p.kind());
        }
        for (Entity e : entities) {
            for (Mention m : e.mentions()) byArticle.computeIfAbsent(m.article(), k -> new ArrayList<>()).add(new Located(m.span(), e));
        }
        byArticle.values().forEach(list -> list.sort(Comparator.comparingInt(l -> l.span().start())));
    }

    /**
     * The entity a speaker phrase names: a person if one is named ("Interior Minister Olga Ivanova",
     * "the spokesman, Thomas Ashby"), else the first name in it, in full ("Ostravia's Foreign Ministry", not
     * "Ostravia"; "the trust, which runs St Mary's", not "St Mary's").
     */
    String entityAt(String article, Span span) {
        String named = entityAt(article, span, true);
        return named != null ? named : entityAt(article, span, false);
    }

    /** ... leaving out, with {@code notWhere}, names that say where the speaker is ("members of the union in Drossel"). */
    private String entityAt(String article, Span span, boolean notWhere) {
        Located best = null;
        // a name in a relative clause tells about the speaker, it does not name them ("engineers who work for Mayor X")
        String text = texts.getOrDefault(article, "");
        Matcher relative = RELATIVE.matcher(text).region(span.start(), Math.min(span.end(), text.length()));
        int end = relative.find() ? relative.start() : span.end();
        // nor does what an inquiry or a report is about ("a government inquiry into the collapse of the Selby bridge")
        Matcher topic = TOPIC.matcher(text).region(span.start(), end);
        if (topic.find()) end = topic.end();
        for (Located l : located(article)) {
            if (!inside(l.span(), span) || notWhere && afterSetting(article, l.span(), span)) continue;
            // (but a man "who identified himself as the group's spokesman, X Y" is X Y)
            boolean inClause = l.span().start() >= end;
            if (inClause && !(l.entity().type().equals("person") && AS_NAMED.matcher(text.substring(end, l.span().start())).find())) continue;
            if (l.entity().type().equals("person")) return l.entity().id();
            if (best == null || l.span().start() == best.span().start() && length(l.span()) > length(best.span())) best = l;
        }
        return best == null ? null : best.entity().id();
    }

    /**
     * What "the group" refers to: the last entity before {@code position} that is presented as a group, by the article ("the
     * ransomware gang Night Ledger", "the Iron Rail Brigade") or any other ("Open Stands, a fan-rights group,"), or null.
     */
    String lastGroupBefore(String article, int position) {
        String text = texts.getOrDefault(article, "");
        String last = null;
        for (Located l : located(article)) {
            if (l.span().end() > position) break;
            String[] name = l.entity().name().toLowerCase(Locale.ROOT).split("\\s+");
            boolean named = GROUP_NOUNS.contains(name[name.length - 1]);
            boolean presented = GROUP_BEFORE.matcher(text.substring(Math.max(0, l.span().start() - 30), l.span().start())).find();
            if (!l.entity().type().equals("place") && (named || presented || presentedAs(l.entity(), GROUP_NOUNS))) last = l.entity().id();
        }
        return last;
    }

    /** The entity's name and the other names it goes by ("Interior Minister Radek Sorn"), or none. */
    List<String> names(String entityId) {
        List<String> out = new ArrayList<>();
        all.stream().filter(e -> e.id().equals(entityId)).forEach(e -> {
            out.add(e.name());
            out.addAll(e.aliases());
        });
        return out;
    }

    /**
     * Whom a person speaks for by the title before their name: "company director Hanna Voss" → the firm named last,
     * "ministry spokeswoman X" → the ministry; null when the title names no one.
     */
    String sideOf(String article, String speakerText, String person, int position, int sentenceStart) {
        if (speakerText == null || person == null) return null;
        String title = speakerText;
        for (String name : names(person)) {
            int at = title.indexOf(name);
            if (at > 0) title = title.substring(0, at);
        }
        // "the leader of the Free Marsh Movement, X": the name after the role
        Matcher roleOf = ROLE_OF.matcher(title.strip().replaceFirst(",$", ""));
        String owner;
        if (roleOf.matches() && ROLES.contains(roleOf.group(1).toLowerCase(Locale.ROOT))) {
            owner = roleOf.group(2);
        } else {
            List<String> words = new ArrayList<>(List.of(title.strip().split("\\s+")));
            if (title.isBlank() || words.size() < 2 || !ROLES.contains(words.get(words.size() - 1).toLowerCase(Locale.ROOT))) return null;
            // "Halvern chief executive": the name before the role words ("chief executive")
            while (!words.isEmpty() && (ROLES.contains(words.get(words.size() - 1).toLowerCase(Locale.ROOT))
                    || Set.of("chief", "senior", "deputy", "general").contains(words.get(words.size() - 1).toLowerCase(Locale.ROOT)))) {
                words.remove(words.size() - 1);
            }
            if (words.isEmpty()) return null;
            owner = String.join(" ", words).replaceFirst("^(?i)(?:the|a|an)\\s+", "");
        }
        String side = all.stream().filter(e -> !e.type().equals("person") || firm(e))
                .filter(e -> e.name().equalsIgnoreCase(owner) || e.aliases().stream().anyMatch(a -> a.equalsIgnoreCase(owner)))
                .map(Entity::id).findFirst().orElse(null);
        if (side == null) side = described(article, owner, position, sentenceStart);
        return side == null || side.equals(person) ? null : side;
    }

    private boolean mentionedIn(String article, String entityId) {
        return located(article).stream().anyMatch(l -> l.entity().id().equals(entityId));
    }

    /**
     * The words that present a person where the article first names them: the title before the name ("chief inspector
     * X", "Brightgate analyst X") and an apposition after it ("X, a hydrologist at ..."); "" when the article does not name them.
     */
    String presentation(String article, String entityId) {
        String text = texts.getOrDefault(article, "");
        for (Located l : located(article)) {
            if (!l.entity().id().equals(entityId)) continue;
            String before = clauseBefore(text, l.span().start());
            // (a title set before the name with a comma: "the State Secretary for the Interior, Livia Brannock")
            if (before.isBlank() && text.substring(0, l.span().start()).stripTrailing().endsWith(",")) {
                before = clauseBefore(text, text.substring(0, l.span().start()).stripTrailing().length() - 1) + ", ";
            }
            String after = text.substring(l.span().end(), Math.min(text.length(), l.span().end() + 60));
            java.util.regex.Matcher apposition = APPOSITION.matcher(after);
            // (the title may be part of the name found: "Chief inspector X")
            return before + text.substring(l.span().start(), l.span().end()) + " " + (apposition.lookingAt() ? apposition.group() : "");
        }
        return "";
    }

    /** The words before {@code end}, back to the last stop, comma or line break within 60 characters. */
    private static String clauseBefore(String text, int end) {
        String before = text.substring(Math.max(0, end - 60), end);
        return before.substring(Math.max(0, Math.max(before.lastIndexOf('.'), Math.max(before.lastIndexOf(','), before.lastIndexOf('\n'))) + 1));
    }

    /** ", a hydrologist at the institute": the apposition that presents a name, to its next comma or stop. */
    private static final Pattern AS_NAMED = Pattern.compile("\\bas\\b[^.;]*$");
    private static final Pattern RELATIVE = Pattern.compile("\\b(?:who|whom|whose|which)\\b");
    private static final Pattern APPOSITION = Pattern.compile(",\\s+(?:an?|the)\\s+[^,.;\"“”]+");

    /**
     * The person the article names by {@code name} (lower case: "oriel vantrow") or by its last word alone ("vantrow"),
     * as a transcript labels its speakers; null when the article names no such person.
     */
    String personNamed(String article, String name) {
        String surname = name.substring(name.lastIndexOf(' ') + 1);
        for (Located l : located(article)) {
            if (!isPerson(l.entity().id())) continue;
            for (String form : names(l.entity().id())) {
                String lower = form.toLowerCase(Locale.ROOT);
                if (lower.equals(name) || lower.endsWith(" " + surname)) return l.entity().id();
            }
        }
        return null;
    }

    /** A person, not a firm NER took for one ("Ashgrove Grain Corporation"). */
    /**
     * The country a body speaks for when it is that country's voice abroad ("Ostmark's Foreign Ministry", "the Ostravian
     * embassy", "Ministry of Foreign Affairs of X"), or null: its denial is the country's.
     */
    String countrySpokenFor(String entityId) {
        Entity body = all.stream().filter(e -> e.id().equals(entityId)).findFirst().orElse(null);
        if (body == null || !body.type().equals("organization")) return null;
        Matcher voice = COUNTRY_VOICE.matcher(body.name());
        if (!voice.matches()) return null;
        String word = (voice.group(1) != null ? voice.group(1) : voice.group(2)).toLowerCase(Locale.ROOT);
        Entity country = countryOfDemonym(word);
        if (country != null) return country.id();
        return all.stream().filter(e -> e.type().equals("place") && e.name().equalsIgnoreCase(word)).map(Entity::id).findFirst().orElse(null);
    }

    /**
     * The one person an article has presented with this title before a position ("the minister" for "Transport Minister
     * X"), or null when none or several are.
     */
    String titled(String article, String title, int before) {
        Pattern word = Pattern.compile("\\b" + Pattern.quote(title) + "\\b", Pattern.CASE_INSENSITIVE);
        Set<String> found = new LinkedHashSet<>();
        for (Located l : located(article)) {
            if (l.span().start() >= before) break;
            if (isPerson(l.entity().id()) && word.matcher(presentation(article, l.entity().id())).find()) found.add(l.entity().id());
        }
        return found.size() == 1 ? found.iterator().next() : null;
    }

    boolean isPerson(String entityId) {
        return isA(entityId, "person") && all.stream().noneMatch(e -> e.id().equals(entityId) && firm(e));
    }

    boolean isPlace(String entityId) {
        return isA(entityId, "place");
    }

    /** Whether the articles present the entity, by any of its names, as one of these kinds. */
    private boolean presentedAs(Entity e, Set<String> kinds) {
        return Stream.concat(Stream.of(e.name()), e.aliases().stream())
                .anyMatch(n -> kindsOf.getOrDefault(n, Set.of()).stream().anyMatch(kinds::contains));
    }

    private static boolean firm(Entity e) {
        return OrganisationNames.firm(e.name());
    }

    private boolean isA(String entityId, String type) {
        return all.stream().anyMatch(e -> e.id().equals(entityId) && e.type().equals(type));
    }

    /** The last person named before {@code position} in the article, or null: whom "she said" refers to. */
    String lastPersonBefore(String article, int position) {
        String last = null;
        for (Located l : located(article)) {
            if (l.span().end() > position) break;
            // (people are named in full somewhere; a name inside quotation marks is in someone else's words, "shield the Zelda
            // regime", not whom the pronoun follows)
            if (namedPerson(article, l)) last = l.entity().id();
        }
        return last;
    }

    /** Where the first person named in full inside {@code span}, outside quotation marks, is named, or null. */
    Span firstPersonIn(String article, Span span) {
        for (Located l : located(article)) {
            if (inside(l.span(), span) && namedPerson(article, l)) return l.span();
        }
        return null;
    }

    /** A person named in full (a one-word "person" is as often a place NER mistook) and in the article's words, not a quotation's. */
    private boolean namedPerson(String article, Located l) {
        return l.entity().type().equals("person") && l.entity().name().contains(" ") && !quoted(article, l.span());
    }

    /** The organisation named last before {@code position}, outside quotation marks, or null. */
    String lastOrganisationBefore(String article, int position) {
        String last = null;
        for (Located l : located(article)) {
            if (l.span().end() > position) break;
            if (l.entity().type().equals("organization") && !quoted(article, l.span())) last = l.entity().id();
        }
        return last;
    }

    /**
     * The entity a description names, or null: a country by its demonym ("Ostravian officials") or,
     * for its state ("the government"), the first country the article names; the entity named last
     * before {@code position} (else the only one in the corpus) whose name ends with the description's
     * head ("the ministry", "police") or holds the description ("the interior minister"); a possessive before
     * it reads as "the" ("their ambassador").
     */
    String described(String article, String description, int position) {
        return described(article, description, position, position);
    }

    /**
     * As {@link #described(String, String, int)}, where a firm ("the company") is one named before {@code sentenceStart}: not
     * one inside the words it speaks ("caused by a leak in a tank serviced by Y, the company said").
     */
    String described(String article, String description, int position, int sentenceStart) {
        return described(article, description, position, sentenceStart, false);
    }

    /** @param bodyOnly whether only a body may be meant, not a person: the one a role speaks for ("a police spokeswoman") */
    private String described(String article, String description, int position, int sentenceStart, boolean bodyOnly) {
        String lower = description.toLowerCase(Locale.ROOT).replaceAll("['’]s\\b", "").replaceFirst("^(?:the|their|its|his|her|an?)\\s+", "").replaceAll("[^\\p{L}\\s]", "").strip();
        if (lower.isEmpty()) return null;
        String[] words = lower.split("\\s+");
        String head = words[words.length - 1];
        for (String w : words) {
            Entity country = countryOfDemonym(w);
            if (country != null) return country.id();
        }
        if (STATE_WORDS.contains(head) && words.length == 1 || head.equals("government")) return firstCountry(article);
        if (ROLES.contains(head) && words.length > 1) {
            // "a police spokesman", "ministry officials": whom the role speaks for, which the article names or whose other
            // name words it uses ("security sources" are not a security firm another story names)
            String owner = described(article, description.substring(0, description.toLowerCase(Locale.ROOT).lastIndexOf(head)), position, sentenceStart, true);
            return owner == null || mentionedIn(article, owner) || all.stream().anyMatch(e -> e.id().equals(owner)
                    && (e.type().equals("place") || otherWordsIn(e, words[words.length - 2], texts.getOrDefault(article, "")))) ? owner : null;
        }
        String found = null;
        int before = COMPANY_DESCRIPTIONS.contains(head) ? Math.min(position, sentenceStart) : position;
        for (Located l : located(article)) {
            if (l.span().start() >= before) break;
            if (bodyOnly && l.entity().type().equals("person")) continue;
            // (one the article has just named may also be one whose name starts with the description: "the ministry" after
            // the Ministry of Internal Affairs, "the embassy" after the Embassy of Kurvan in Lestov)
            if (describes(l.entity(), lower, head) || !l.entity().type().equals("place") && l.entity().name().toLowerCase(Locale.ROOT).startsWith(lower + " of ")) {
                found = l.entity().id();
            }
        }
        if (found != null) return found;
        if (words.length == 1 && COMPANY_DESCRIPTIONS.contains(head)) {
            // "the company" for a firm whose name holds no such word: the firm named most before, by its name or as the
            // articles present it ("Starlight Pyrotechnics, a family firm that ...")
            Map<String, Integer> named = new LinkedHashMap<>();
            for (Located l : located(article)) {
                if (l.span().start() >= before) break;
                boolean presented = presentedAs(l.entity(), COMPANY_DESCRIPTIONS) && !l.entity().type().equals("person");
                if ((firm(l.entity()) || presented) && !l.entity().type().equals("place")) named.merge(l.entity().id(), 1, Integer::sum);
            }
            int most = 0;
            for (var e : named.entrySet()) {
                if (e.getValue() > most) {
                    found = e.getKey();
                    most = e.getValue();
                }
            }
            if (found != null) return found;
        }
        List<Entity> candidates = all.stream().filter(e -> describes(e, lower, head) && sameStory(article, e) && !(bodyOnly && e.type().equals("person"))).toList();
        if (candidates.size() > 1) {
            // "the rail union": the one whose name holds every word of the description ("the dockworkers' union": the Lorsby
            // Dockworkers' Union)
            List<String> described = List.of(words);
            List<Entity> holding = candidates.stream().filter(e -> List.of(e.name().toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\s]", "").split("\\s+")).containsAll(described)).toList();
            if (!holding.isEmpty()) candidates = holding;
        }
        if (candidates.size() > 1) {
            // "police" in an article about Marrow Bay: the one whose other name words the article uses ("Marrow Bay Police")
            String text = texts.getOrDefault(article, "");
            List<Entity> inArticle = candidates.stream().filter(e -> otherWordsIn(e, head, text)).toList();
            // else "the police" in a column that names the country only: the one body whose name starts with the country's
            // name or demonym the article writes ("Valdorian National Police" in an article on "the Valdorians")
            candidates = !inArticle.isEmpty() ? inArticle : candidates.stream().filter(e -> countryWordIn(e, text)).toList();
        }
        return candidates.size() == 1 ? candidates.get(0).id() : null;
    }

    /**
     * Whether an entity the article does not name belongs to its story: an article that names it also names someone this
     * article names. A corpus may hold several events, and "the group" in a story on hackers is no firm from another one.
     */
    private boolean sameStory(String article, Entity e) {
        Set<String> here = new HashSet<>();
        located(article).forEach(l -> here.add(l.entity().id()));
        return here.contains(e.id()) || e.mentions().stream().map(Mention::article).distinct()
                .anyMatch(other -> located(other).stream().anyMatch(l -> !l.entity().id().equals(e.id()) && here.contains(l.entity().id())));
    }

    private boolean countryWordIn(Entity e, String text) {
        String first = e.name().split("\\s+")[0].replaceFirst("['’]s$", "");
        return countryWord(first) && Pattern.compile("\\b" + Pattern.quote(first) + "s?\\b").matcher(text).find();
    }

    /** A country's demonym or the name of a place ("Valdorian", "Valdoria"), as the first word of a body's name. */
    private boolean countryWord(String word) {
        return DEMONYM.matcher(word).matches() || all.stream().anyMatch(c -> c.type().equals("place") && word.equals(c.name()));
    }

    private boolean otherWordsIn(Entity e, String head, String text) {
        String others = e.name().replaceAll("(?i)\\b" + Pattern.quote(head) + "\\b", "").strip();
        if (others.isEmpty()) return false;
        if (text.contains(others)) return true;
        // "the ministry" in an article naming the "Transport Minister": the Varnian Transport Ministry, whose country an
        // article about it need not name
        String[] words = others.split("\\s+", 2);
        boolean country = words.length == 2 && countryWord(words[0].replaceFirst("['’]s$", ""));
        String role = Character.toUpperCase(head.charAt(0)) + head.substring(1, Math.min(head.length(), 6));
        return country && Pattern.compile(Pattern.quote(words[1]) + "\\s+" + role).matcher(text).find();
    }

    private static boolean describes(Entity e, String description, String head) {
        if (e.type().equals("place")) return false;
        if (e.type().equals("person")) return e.aliases().stream().anyMatch(a -> a.toLowerCase(Locale.ROOT).contains(description + " "));
        String name = e.name().toLowerCase(Locale.ROOT);
        return name.endsWith(" " + head) || name.endsWith(" " + description);
    }

    /** The first country named by its demonym in {@code span}, outside the speaker's words ("on the Ostravian side"), or null. */
    String countryByDemonymIn(String article, Span span, Span speakerWords) {
        String text = texts.get(article);
        if (text == null) return null;
        Matcher word = CAPITALISED_WORD.matcher(text).region(span.start(), span.end());
        while (word.find()) {
            if (speakerWords != null && word.start() >= speakerWords.start() && word.end() <= speakerWords.end()) continue;
            Entity country = countryOfDemonym(word.group().toLowerCase(Locale.ROOT));
            if (country != null) return country.id();
        }
        return null;
    }

    /** A place entity the word is the demonym of: "ostravian" for Ostravia (stem and a demonym ending). */
    private Entity countryOfDemonym(String word) {
        if (!word.matches(".*(?:ans?|ese|is?|ish)")) return null;
        for (Entity e : all) {
            if (!e.type().equals("place")) continue;
            // by any one-word name it goes by ("Druvaniya", also spelt "Druvania")
            for (String name : Stream.concat(Stream.of(e.name()), e.aliases().stream()).toList()) {
                if (name.contains(" ")) continue;
                // "Quorland" → "Quorlish", as "England" → "English": a "-land" drops its "-and" before "-ish"
                if (word.endsWith("ish") && name.toLowerCase(Locale.ROOT).replaceFirst("(?<=.{4}l)and$", "ish").equals(word)) return e;
                String stem = name.toLowerCase(Locale.ROOT).replaceFirst("[aeiouy]$", "");
                if (stem.length() >= 4 && word.startsWith(stem) && word.length() - stem.length() <= 4) return e;
            }
        }
        return null;
    }

    /** The first place the article names that is a country: one named by a demonym somewhere ("the Ostravians"). */
    private String firstCountry(String article) {
        String text = texts.getOrDefault(article, "");
        for (Located l : located(article)) {
            Entity e = l.entity();
            // (by its own name: a capital acting for a state is often the other side's, "Molvik denies it")
            String stem = e.name().substring(0, Math.min(4, e.name().length())).toLowerCase(Locale.ROOT);
            boolean byName = text.substring(l.span().start(), l.span().end()).toLowerCase(Locale.ROOT).contains(stem);
            if (byName && e.type().equals("place") && e.aliases().stream().anyMatch(a -> DEMONYM_PLURAL.matcher(a).find())) return e.id();
        }
        // an article that names no country names its state bodies by it: "the Valdorian National Police"
        for (Located l : located(article)) {
            if (!l.entity().type().equals("organization")) continue;
            Entity country = countryOfDemonym(l.entity().name().split("\\s+")[0].toLowerCase(Locale.ROOT));
            if (country != null) return country.id();
        }
        return null;
    }

    /**
     * The first entity named in {@code span} outside the speaker's own words and other than the speaker, or null;
     * for blame ({@code actorsOnly}), leaving out names that are a setting or a definition ({@link #setting}).
     */
    String firstEntityIn(String article, Span span, Span speakerWords, String speaker, boolean actorsOnly) {
        Located first = null;
        for (Located l : located(article)) {
            if (!inside(l.span(), span) || l.entity().id().equals(speaker)) continue;
            if (speakerWords != null && inside(l.span(), speakerWords) || actorsOnly && (setting(article, l.span(), span) || landmark(l.entity()))) continue;
            first = l;
            break;
        }
        // "an accusation that Ostravian agents blew up the Kell Dam": the country its agents stand for comes first
        Located byDemonym = actorsOnly ? demonymActor(article, span, speakerWords, speaker) : null;
        if (byDemonym != null && (first == null || byDemonym.span().start() < first.span().start())) return byDemonym.entity().id();
        return first == null ? null : first.entity().id();
    }

    /** The first country in {@code span} named by its demonym before one of its agents or acts ("Ostravian agents"), or null. */
    private Located demonymActor(String article, Span span, Span speakerWords, String speaker) {
        String text = texts.get(article);
        if (text == null) return null;
        for (Matcher m = DEMONYM_ACTOR.matcher(text).region(span.start(), span.end()); m.find(); ) {
            Span name = new Span(m.start(1), m.end(1));
            if (speakerWords != null && inside(name, speakerWords) || setting(article, name, span)) continue;
            Entity country = countryOfDemonym(m.group(1).toLowerCase(Locale.ROOT));
            if (country != null && !country.id().equals(speaker)) return new Located(name, country);
        }
        return null;
    }

    /**
     * The entity named nearest before {@code position} within {@code span} ("X was behind", "X claimed
     * responsibility"), else the first after it ("accused X"), skipping the speaker and names that
     * are no actor here ({@link #setting}); or null.
     */
    String entityNear(String article, Span span, int position, Span speakerWords, String speaker) {
        String before = null;
        for (Located l : located(article)) {
            if (!inside(l.span(), span) || l.entity().id().equals(speaker)) continue;
            if (speakerWords != null && inside(l.span(), speakerWords) || setting(article, l.span(), span)) continue;
            if (l.span().end() <= position) before = l.entity().id();
            else return before != null ? before : l.entity().id();
        }
        return before;
    }

    /**
     * A name that says where the event happened or whom it hit ("into the Arden Hall", "in Kestria"), one
     * inside a parenthesis of the clause, which defines another name ("the Tide (a branch of the Front operating
     * in Kestria) was behind it"), a claim's author ("Kestria's accusation") or the channel that carried it ("a video
     * published by X"): none answers who is responsible.
     */
    private boolean setting(String article, Span name, Span clause) {
        String text = texts.get(article);
        if (text == null) return false;
        String opening = text.substring(clause.start(), name.start());
        boolean parenthesised = opening.lastIndexOf('(') > opening.lastIndexOf(')');
        boolean author = AUTHOR.matcher(text).region(name.end(), Math.min(text.length(), name.end() + 40)).lookingAt()
                || AUTHOR_BY.matcher(text.substring(Math.max(clause.start(), name.start() - 60), name.start())).find();
        // (not one told to do something: "told Iran to stop arming the rebels" is about Iran)
        boolean channel = CHANNEL.matcher(text.substring(Math.max(clause.start(), name.start() - 40), name.start())).find()
                && !TOLD_TO_DO.matcher(text).region(name.end(), Math.min(text.length(), name.end() + 40)).lookingAt();
        // ("set fire to the Kettle Point refinery": the site; "investigators from the Fire Board are examining": who looks into it)
        boolean site = SITE_AFTER.matcher(text).region(name.end(), Math.min(text.length(), name.end() + 30)).lookingAt();
        boolean investigating = INVESTIGATORS_OF.matcher(text.substring(Math.max(clause.start(), name.start() - 30), name.start())).find();
        return parenthesised || author || channel || site || investigating || afterSetting(article, name, clause);
    }

    /** A bridge, a dam or a river ("the Selmer bridge"): where something happened, never who did it. */
    private static boolean landmark(Entity e) {
        return e.type().equals("place") && LANDMARK.matcher(e.name()).find();
    }

    /** Whether the name follows a preposition of place or target within the phrase or clause ("in Kestria"). */
    private boolean afterSetting(String article, Span name, Span phrase) {
        String text = texts.get(article);
        return text != null && SETTING.matcher(text.substring(Math.max(phrase.start(), name.start() - 20), name.start())).find();
    }

    /** Whether the name stands inside quotation marks opened earlier in its paragraph. */
    private boolean quoted(String article, Span name) {
        String text = texts.get(article);
        if (text == null) return false;
        String paragraph = text.substring(text.lastIndexOf('\n', name.start()) + 1, name.start());
        long open = paragraph.chars().filter(c -> c == '“').count() - paragraph.chars().filter(c -> c == '”').count();
        return open > 0 || paragraph.chars().filter(c -> c == '"').count() % 2 == 1;
    }

    /**
     * The entities named in one list with {@code entity} inside {@code scope} ("legal action against Halvecor, Tamsel Water
     * and the Inspectorate"), in order and itself included; just {@code entity} when it is named alone.
     */
    List<String> listedWith(String article, String entity, Span scope) {
        String text = texts.getOrDefault(article, "");
        List<Located> in = located(article).stream().filter(l -> scope.start() <= l.span().start() && l.span().end() <= scope.end()).toList();
        int at = IntStream.range(0, in.size()).filter(i -> in.get(i).entity().id().equals(entity)).findFirst().orElse(-1);
        if (at < 0) return List.of(entity);
        int from = at;
        int to = at;
        while (from > 0 && LIST_GAP.matcher(text.substring(in.get(from - 1).span().end(), in.get(from).span().start())).matches()) from--;
        while (to < in.size() - 1 && LIST_GAP.matcher(text.substring(in.get(to).span().end(), in.get(to + 1).span().start())).matches()) to++;
        return in.subList(from, to + 1).stream().map(l -> l.entity().id()).distinct().toList();
    }

    private List<Located> located(String article) {
        return byArticle.getOrDefault(article, List.of());
    }

    private static int length(Span s) {
        return s.end() - s.start();
    }

    private static boolean inside(Span inner, Span outer) {
        return inner.start() >= outer.start() && inner.end() <= outer.end();
    }
}
