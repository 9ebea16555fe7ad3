package org.narrascope.entities;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.HashSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.narrascope.DataFile;
import org.narrascope.NameFold;
import org.narrascope.model.Entity;
import org.narrascope.model.Mention;
import org.narrascope.model.Span;

/**
 * Merges mentions into one entity per real-world thing, across articles. Forms merge when they
 * are: the same up to case, punctuation and a person's title; names, demonyms and acting capitals
 * of one country; an acronym given in parentheses after a name, or matching its initials; a
 * surname alone and the one full name in the corpus that ends with it; an organisation's first
 * word(s) alone and the one name that begins with them; an organisation named with and without its
 * country ("Ostravia's Health Ministry", "the Ostravian Health Ministry", "Health Ministry") when
 * only one country's has that name; spellings with the same consonant skeleton.
 */
final class EntityResolver {

    private static final Pattern NOT_WORD = Pattern.compile("[^\\p{L}\\p{N}\\s]");
    private static final Pattern BRANCH = Pattern.compile("(\\p{Lu}[\\p{L}\\p{N}]{1,9})-(\\p{Lu})");
    /** How many times as often as everyone else sharing the surname a full name must be written to take its bare surname. */
    private static final int DOMINANT = 3;
    private static final Pattern OWNER_AFTER = Pattern.compile("(.+) of ([\\p{L}-]+)");
    private static final Pattern MINISTRY_OF = Pattern.compile("^ministry of (?:the )?([\\p{L} ]+)$");
    /** "Foundation of St Orsen", "Institute of Hydrology": the kind of body before its name, as "St Orsen Foundation" has it after. */
    private static final Pattern KIND_OF = Pattern.compile("^(foundation|institute|society|academy|trust) of (?:the )?([\\p{L} ]+)$");
    private static final Set<String> GROUP_WORDS = Set.copyOf(DataFile.lines(EntityResolver.class, "group-words.txt"));
    /** Words of a state body's name that say what it does ("health", "ministry"): institution-words.txt. */
    static final Set<String> INSTITUTION_WORDS = Set.copyOf(DataFile.lines(EntityResolver.class, "institution-words.txt"));
    private static final Map<String, String> MINISTRY_NAMES = DataFile.lines(EntityResolver.class, "ministry-names.tsv").stream()
            .map(line -> line.split("\t")).collect(Collectors.toMap(p -> p[0], p -> p[1]));
    /** The share of its letters a spelling variant may change (edits per letter of the longer form). */
    private static final Pattern TITLE_CASE_WORD = Pattern.compile("(\\p{Lu})(\\p{Lu}+)");
    /** A name that opens with its owner's ("Ostmark's Foreign Ministry"). */
    /** The last words of a state's bodies, whose first word is the state's name ("Pellan Foreign Ministry"). */
    private static final Set<String> STATE_BODY = Set.of("ministry", "government", "embassy", "parliament", "army", "navy");
    private static final Pattern OWNER_FIRST = Pattern.compile("\\S+['’]s\\b");
    /** The capitalised words before a name that make it the longer name of the same thing ("Dravenian ", "Ostravia's "). */
    private static final Pattern OWNER_BEFORE = Pattern.compile("(?:\\p{Lu}[\\p{L}'’-]*\\s+){1,3}");
    private static final Set<String> MINOR_WORDS = Set.of("of", "the", "and", "for", "in", "on", "de", "la");

    private EntityResolver() {
    }

    static List<Entity> resolve(List<RawMention> mentions, Places places) {
        Map<String, String> parent = new HashMap<>();
        Map<String, List<RawMention>> byKey = new HashMap<>();
        for (RawMention m : mentions) {
            String k = key(m);
            parent.putIfAbsent(k, k);
            byKey.computeIfAbsent(k, x -> new ArrayList<>()).add(m);
        }
        Map<String, String> typeOf = new HashMap<>();
        byKey.forEach((k, ms) -> typeOf.put(k, typeOf(ms)));
        Set<String> acting = new HashSet<>();
        byKey.forEach((k, ms) -> {
            if (ms.stream().anyMatch(RawMention::actor)) acting.add(k);
        });
        for (RawMention m : mentions) {
            if (m.acronymOf() != null) {
                String acronym = "name:" + normalize(m.acronymOf());
                parent.putIfAbsent(acronym, acronym);
                typeOf.putIfAbsent(acronym, m.type());
                union(parent, key(m), acronym);
            }
        }
        List<String> named = new ArrayList<>(parent.keySet());
        Map<String, String> longForms = longForms(mentions);
        for (RawMention m : mentions) {
            // a branch's short form, its parent's acronym and the initial of its region ("NLF-A"), names the one branch of that
            // parent whose name goes on with a word in that initial ("Northern Liberation Front Arvenia Province"), not the parent
            Matcher branch = BRANCH.matcher(m.text());
            String parentName = branch.matches() ? longForms.get(normalize(branch.group(1))) : null;
            if (parentName == null) continue;
            String prefix = "name:" + parentName + " " + branch.group(2).toLowerCase(Locale.ROOT);
            List<String> branches = named.stream().filter(k -> k.startsWith(prefix)).toList();
            if (branches.size() == 1) union(parent, key(m), branches.get(0));
        }
        Set<String> branches = unionBranches(parent, typeOf);
        for (String k : new ArrayList<>(parent.keySet())) {
            // "Ministry of Foreign Affairs of X" is "X foreign ministry"
            String usual = usualOrganisationName(k, places, typeOf);
            if (usual == null) continue;
            parent.putIfAbsent(usual, usual);
            typeOf.putIfAbsent(usual, typeOf.get(k));
            union(parent, k, usual);
        }
        Map<String, Set<String>> byOwnerlessName = new HashMap<>();
        for (String k : new ArrayList<>(parent.keySet())) {
            String owned = ownedName(k, places, typeOf);
            if (owned == null) continue;
            String ownedKey = "name:" + owned;
            parent.putIfAbsent(ownedKey, ownedKey);
            typeOf.putIfAbsent(ownedKey, typeOf.get(k));
            union(parent, k, ownedKey);
            byOwnerlessName.computeIfAbsent("name:" + owned.substring(owned.indexOf(' ') + 1), x -> new HashSet<>()).add(ownedKey);
        }
        byOwnerlessName.forEach((bare, owned) -> {
            if (owned.size() == 1 && parent.containsKey(bare)) union(parent, bare, owned.iterator().next());
        });
        List<String> keys = new ArrayList<>(parent.keySet());
        keys.sort(null);
        Map<String, Set<String>> firstNameBearers = firstNameBearers(byKey, typeOf);
        Map<String, List<String>> lastNames = new HashMap<>();
        Map<String, List<String>> initials = new HashMap<>();
        Map<String, List<String>> skeletons = new HashMap<>();
        Map<String, Set<String>> prefixes = new HashMap<>();
        Map<String, Set<String>> tails = new HashMap<>();
        Map<String, Set<String>> curtailed = new HashMap<>();
        for (String k : keys) {
            String type = typeOf.get(k);
            String name = k.substring(k.indexOf(':') + 1);
            String[] words = name.split(" ");
            // ("T. Renk" is no full name: it joins the full name below)
            if (type.equals("person") && words.length >= 2 && !(words.length == 2 && words[0].length() == 1)) {
                lastNames.computeIfAbsent(words[words.length - 1], x -> new ArrayList<>()).add(k);
            }
            if (!type.equals("person") && words.length >= 2) {
                String init = initialsOf(words);
                if (init.length() >= 2) initials.computeIfAbsent(init, x -> new ArrayList<>()).add(k);
            }
            // only a first word is a short form: a longer name that goes on from another ("X", "X of Y Province") is a branch of it;
            // an outlet's first word is its town ("Orne" of the "Orne Herald")
            int first = words[0].equals("st") || words[0].equals("saint") ? 2 : 1;
            // (nor is an owner's name: "Ostmark" of "Ostmark's Foreign Ministry", or a state's whose body it is: "Pellan" of the
            // "Pellan Foreign Ministry")
            if (type.equals("organization") && words.length > first && !branches.contains(k) && !ownerFirst(byKey.getOrDefault(k, List.of()))
                    && !OrganisationNames.outletWord(words[words.length - 1]) && !STATE_BODY.contains(words[words.length - 1])) {
                prefixes.computeIfAbsent(String.join(" ", List.of(words).subList(0, first)), x -> new HashSet<>()).add(k);
            }
            // a group without its last word ("Open Square" of the "Open Square Movement")
            if (type.equals("organization") && words.length >= 3 && GROUP_WORDS.contains(words[words.length - 1]) && !branches.contains(k)) {
                curtailed.computeIfAbsent(String.join(" ", List.of(words).subList(0, words.length - 1)), x -> new HashSet<>()).add(k);
            }
            // (a one-word name only after its country: "the Standard" of the "Serravian Standard", not "Orvik" of the "Daily Orvik")
            if (type.equals("organization") && (words.length >= 3 || words.length == 2 && places.placeOf(words[0]) != null) && !branches.contains(k)) {
                tails.computeIfAbsent("name:" + String.join(" ", List.of(words).subList(1, words.length)), x -> new HashSet<>()).add(k);
            }
            if (!k.startsWith("country:") && name.replace(" ", "").length() >= 5) {
                skeletons.computeIfAbsent(type.equals("person") ? skeleton(words) : skeleton(words).replace(" ", ""), x -> new ArrayList<>()).add(k);
            }
        }
        for (String k : keys) {
            String type = typeOf.get(k);
            String name = k.substring(k.indexOf(':') + 1);
            // a river's name alone ("the Quellan section") when nothing is written as being in a place of that name
            if (type.equals("place") && parent.containsKey(k + " river") && !places.located(name)) union(parent, k, k + " river");
            // a group without its last word, which NER may call a place ("Open Square"), where nothing places it ("in Open Square")
            Set<String> group = k.startsWith("country:") || places.situated(name) ? null : curtailed.get(name);
            if (group != null && group.size() == 1) union(parent, k, group.iterator().next());
            if (k.startsWith("country:") || type.equals("place") && !acting.contains(k)) continue;
            String[] words = name.split(" ");
            if (type.equals("person") && words.length == 2 && words[0].length() == 1) {
                // "T. Renk" is the one Renk whose first name (the word before the surname, after any title) starts with a T
                // (or a spelling of it: "K. Bystra" of Kazimir Bistra)
                List<String> bearers = lastNames.entrySet().stream().filter(e -> e.getKey().equals(words[1])
                        || NameFold.fold(e.getKey()).equals(NameFold.fold(words[1])) && NameFold.closeSpellings(e.getKey(), words[1]))
                        .flatMap(e -> e.getValue().stream()).filter(f -> {
                    String[] full = f.substring(f.indexOf(':') + 1).split(" ");
                    return full[full.length - 2].length() > 1 && full[full.length - 2].startsWith(words[0]);
                }).map(f -> find(parent, f)).distinct().toList();
                if (bearers.size() == 1) union(parent, k, bearers.get(0));
            }
            String full = name.contains(" ") ? null : bearer(lastNames.get(name), byKey.getOrDefault(k, List.of()), byKey);
            // a place's name is not an organisation's short form ("Veldran" and "Veldran Institute of Hydrology"), nor a first name
            // (a name NER calls a place that acts, is written nowhere as where something is, and begins one firm's name is that
            // firm's short form: "Veltrane says", "an engineer at Veltrane" of "Veltrane Gas Distribution"; not a country's
            // ministry: "Pellan" of the "Pellan Foreign Ministry")
            Set<String> firms = prefixes.getOrDefault(name, Set.of());
            String firm = firms.size() == 1 ? firms.iterator().next() : null;
            boolean shortForm = type.equals("place") && firm != null && OrganisationNames.firm(firm.substring(firm.indexOf(':') + 1));
            boolean place = type.equals("place") && !shortForm || places.placeOf(name.split(" ")[0]) != null
                    || (shortForm ? places.situated(name) : places.located(name));
            if (!name.contains(" ")) {
                // NER sometimes calls a lone surname an organisation, or a place when it acts ("Dorval said")
                if (full != null) union(parent, k, full);
                Set<String> addressed = type.equals("person") && full == null && !place ? firstNameBearers.get(k) : null;
                if (addressed != null && addressed.size() == 1) union(parent, k, addressed.iterator().next());
                List<String> expansions = type.equals("person") ? null : initials.get(name.replace("-", ""));
                if (expansions != null && expansions.size() == 1) union(parent, k, expansions.get(0));
            }
            // nor is a person's surname ("Ford" of a witness is no short form of a "Ford Raptor")
            Set<String> longer = place || full != null ? null : prefixes.get(name);
            if (longer != null && longer.size() == 1) union(parent, k, longer.iterator().next());
            // an organisation without the town or country before its name ("the Border Service" of the "Dravenian Border Service")
            Set<String> owners = type.equals("organization") && !place ? tails.get(k) : null;
            if (owners != null && owners.size() == 1) union(parent, k, owners.iterator().next());
        }
        // one consonant skeleton holds spelling variants ("Tarsia", "Tarsiya") but also short names that only sound alike
        // ("Corvan", "Corvenna", "Kerrowan")
        // what each entity is by its full names, NER being surer of those than of a lone word
        Map<String, Set<String>> kinds = new HashMap<>();
        for (String k : keys) if (k.contains(" ")) kinds.computeIfAbsent(find(parent, k), x -> new HashSet<>()).add(typeOf.get(k));
        for (List<String> group : skeletons.values()) {
            for (int i = 0; i < group.size(); i++) {
                for (int j = i + 1; j < group.size(); j++) {
                    // (a person's name is no variant of an organisation's, whatever NER called the short form: "Soren" and "the Siren",
                    // "Corvan" of Governor Emil Corvan and "Corvane" of the Corvane Property Group)
                    Set<String> a = kinds.getOrDefault(find(parent, group.get(i)), Set.of(typeOf.get(group.get(i))));
                    Set<String> b = kinds.getOrDefault(find(parent, group.get(j)), Set.of(typeOf.get(group.get(j))));
                    // (but a lone word NER calls a person, no one's surname, is a place's other spelling: "Jelitsa" of Zhelitsa)
                    if (a.contains("person") != b.contains("person") && !(a.contains("person") ? spelledPlace(group.get(i), b, lastNames)
                            : spelledPlace(group.get(j), a, lastNames))) continue;
                    String x = group.get(i).substring(group.get(i).indexOf(':') + 1).replace(" ", "");
                    String y = group.get(j).substring(group.get(j).indexOf(':') + 1).replace(" ", "");
                    // nor are two surnames of people whose full names differ in the first name ("Halina Brosk", "Anton Brisk")
                    if (a.contains("person") && otherPeople(lastNames.get(x), lastNames.get(y))) continue;
                    if (NameFold.closeSpellings(x, y)) union(parent, group.get(i), group.get(j));
                }
            }
        }
        Map<String, String> byJoinedName = new HashMap<>(); // "NightLedger" and "Night Ledger"
        for (String k : keys) {
            String other = byJoinedName.putIfAbsent(k.replace(" ", ""), k);
            if (other != null) union(parent, other, k);
        }
        return entities(mentions, parent);
    }

    /**
     * The full name a bare surname stands for: the one in the corpus with that surname, or the one named
     * {@link #DOMINANT} times as often as all the others together (the president, not his son, whom the
     * articles call by his first name), or the only one named in the articles the surname is written alone in (a corpus
     * of several events has namesakes: a restaurant owner in one, a security chief in another); null when none stands out.
     */
    private static String bearer(List<String> fullNames, List<RawMention> bare, Map<String, List<RawMention>> byKey) {
        if (fullNames == null) return null;
        if (fullNames.size() == 1) return fullNames.get(0);
        String most = null;
        int mostMentions = 0;
        int total = 0;
        for (String k : fullNames) {
            int n = byKey.getOrDefault(k, List.of()).size();
            total += n;
            if (n > mostMentions) {
                most = k;
                mostMentions = n;
            }
        }
        if (mostMentions >= DOMINANT * (total - mostMentions)) return most;
        Set<String> articles = bare.stream().map(RawMention::article).collect(Collectors.toSet());
        List<String> present = fullNames.stream()
                .filter(k -> byKey.getOrDefault(k, List.of()).stream().anyMatch(m -> articles.contains(m.article()))).toList();
        return present.size() == 1 ? present.get(0) : null;
    }

    private static boolean ownerFirst(List<RawMention> mentions) {
        return mentions.stream().anyMatch(m -> OWNER_FIRST.matcher(bareName(m.text())).lookingAt());
    }

    /**
     * For each name of one word, the people of the articles it is written in whose full name starts with it: a first name
     * alone is the one person in the same article who has it ("Callum, I told parliament ..." to the presenter Callum Dresh).
     */
    private static Map<String, Set<String>> firstNameBearers(Map<String, List<RawMention>> byKey, Map<String, String> typeOf) {
        Map<String, Map<String, Set<String>>> byArticle = new HashMap<>();
        byKey.forEach((k, ms) -> {
            String name = k.substring(k.indexOf(':') + 1);
            // (not a body NER took for a person, "Ostmark's Foreign Ministry", whose first word is its country's name)
            if (!k.startsWith("name:") || !typeOf.get(k).equals("person") || !name.contains(" ") || ownerFirst(ms)) return;
            for (RawMention m : ms) {
                byArticle.computeIfAbsent(m.article(), a -> new HashMap<>())
                        .computeIfAbsent("name:" + name.substring(0, name.indexOf(' ')), f -> new HashSet<>()).add(k);
            }
        });
        Map<String, Set<String>> out = new HashMap<>();
        byKey.forEach((k, ms) -> {
            for (RawMention m : ms) {
                Set<String> bearers = byArticle.getOrDefault(m.article(), Map.of()).get(k);
                if (bearers != null) out.computeIfAbsent(k, x -> new HashSet<>()).addAll(bearers);
            }
        });
        return out;
    }

    /**
     * One branch per province's region: names of a province ("Wilayat Arvenia", "Front of Arvenia Province") and a
     * known organisation's name with that region after it ("Front of Arvenia"), unless two organisations have a branch there.
     * Returns the branches' names, which are no longer forms of their organisation's short name ("Front").
     */
    private static Set<String> unionBranches(Map<String, String> parent, Map<String, String> typeOf) {
        Map<String, List<String>> byRegion = new HashMap<>();
        Map<String, Set<String>> owners = new HashMap<>();
        for (String k : parent.keySet()) {
            if (!k.startsWith("name:")) continue;
            String region = Provinces.region(k.substring(5));
            if (region != null) byRegion.computeIfAbsent(region, x -> new ArrayList<>()).add(k);
        }
        for (String k : parent.keySet()) {
            String[] words = k.substring(k.indexOf(':') + 1).split(" ");
            String region = words.length >= 2 ? NameFold.fold(words[words.length - 1]) : null;
            if (region == null || !byRegion.containsKey(region) || Provinces.region(k.substring(k.indexOf(':') + 1)) != null) continue;
            String owner = "name:" + String.join(" ", List.of(words).subList(0, words.length - 1)).replaceFirst(" (?:of|from)$", "");
            if (!"organization".equals(typeOf.get(owner))) continue;
            byRegion.get(region).add(k);
            owners.computeIfAbsent(region, x -> new HashSet<>()).add(find(parent, owner));
        }
        byRegion.forEach((region, keys) -> {
            boolean oneOwner = owners.getOrDefault(region, Set.of()).size() <= 1;
            if (oneOwner) keys.forEach(k -> union(parent, keys.get(0), k));
        });
        return byRegion.values().stream().flatMap(List::stream).collect(Collectors.toSet());
    }

    /** The long name each acronym given in parentheses stands for, by the acronym's key. */
    private static Map<String, String> longForms(List<RawMention> mentions) {
        Map<String, String> out = new HashMap<>();
        for (RawMention m : mentions) if (m.acronymOf() != null) out.put(normalize(m.acronymOf()), normalize(m.text()));
        return out;
    }

    private static List<Entity> entities(List<RawMention> mentions, Map<String, String> parent) {
        Map<String, List<RawMention>> clusters = new LinkedHashMap<>();
        for (RawMention m : mentions) clusters.computeIfAbsent(find(parent, key(m)), k -> new ArrayList<>()).add(m);
        List<List<RawMention>> ordered = byStory(new ArrayList<>(clusters.values()));
        ordered.sort(Comparator.comparingInt((List<RawMention> c) -> c.size()).reversed()
                .thenComparing(c -> canonicalName(c)));
        List<Entity> out = new ArrayList<>();
        double total = mentions.size();
        for (List<RawMention> cluster : ordered) {
            String name = canonicalName(cluster);
            Set<String> aliases = new LinkedHashSet<>();
            for (RawMention m : cluster) {
                // a person's form as a name is written, without the words in lower case before a title ("spokesman Commander X Y")
                String titled = m.text().replaceFirst("^(?:\\p{Ll}\\S*\\s+)+(?=\\p{Lu})", "");
                boolean described = m.type().equals("person") && !titled.equals(m.text())
                        && EntityRecognizer.TITLES.contains(titled.split("\\s+")[0].toLowerCase(Locale.ROOT));
                String form = described ? titled : m.text();
                if (!form.equalsIgnoreCase(name)) aliases.add(form);
                // (the other name a mention was given by, "Long Name (LN)", or the full name of an outlet called short)
                if (m.acronymOf() != null && !m.acronymOf().equalsIgnoreCase(name)) aliases.add(m.acronymOf());
            }
            List<Mention> spans = cluster.stream().map(m -> new Mention(m.article(), new Span(m.start(), m.end()))).toList();
            // what the entity is, as its full name is typed: "Veltrane" said alone reads to NER as a place, "Veltrane Gas Distribution" as the firm
            List<RawMention> named = cluster.stream().filter(m -> m.text().equalsIgnoreCase(name)).toList();
            out.add(new Entity("e" + (out.size() + 1), name, typeOf(named.isEmpty() ? cluster : named), dedupe(aliases), spans,
                    Math.round(cluster.size() / total * 10000) / 10000.0));
        }
        return out;
    }

    /**
     * Clusters of a body named in several stories only by what it does ("Health Ministry", "the Interior Ministry"), split
     * into one per story: each country has its own. Stories are the articles joined by a person's full name or a place.
     */
    private static List<List<RawMention>> byStory(List<List<RawMention>> clusters) {
        Map<String, String> story = new HashMap<>();
        for (List<RawMention> c : clusters) {
            String type = typeOf(c);
            if (!type.equals("place") && !(type.equals("person") && canonicalName(c).contains(" "))) continue;
            String first = c.get(0).article();
            story.putIfAbsent(first, first);
            for (RawMention m : c) {
                story.putIfAbsent(m.article(), m.article());
                union(story, first, m.article());
            }
        }
        List<List<RawMention>> out = new ArrayList<>();
        for (List<RawMention> c : clusters) {
            Map<String, List<RawMention>> parts = new LinkedHashMap<>();
            for (RawMention m : c) parts.computeIfAbsent(storyOf(story, m), k -> new ArrayList<>()).add(m);
            if (parts.size() < 2 || !typeOf(c).equals("organization") || !sharedOnlyByFunction(parts.values())) out.add(c);
            else out.addAll(parts.values());
        }
        // and in its story, the body is the one whose full name adds its country ("Orvandia's Interior Ministry"), when only one does
        for (List<RawMention> part : new ArrayList<>(out)) {
            String name = canonicalName(part);
            if (!typeOf(part).equals("organization") || !INSTITUTION_WORDS.containsAll(List.of(normalize(name).split(" ")))) continue;
            Set<String> stories = part.stream().map(m -> storyOf(story, m)).collect(Collectors.toSet());
            List<List<RawMention>> owned = out.stream().filter(o -> o != part && typeOf(o).equals("organization")
                    && o.stream().anyMatch(m -> stories.contains(storyOf(story, m))) && ownedForm(canonicalName(o), name)).toList();
            if (owned.size() == 1 && stories.size() == 1) {
                owned.get(0).addAll(part);
                out.remove(part);
            }
        }
        return out;
    }

    private static String storyOf(Map<String, String> story, RawMention m) {
        return story.containsKey(m.article()) ? find(story, m.article()) : m.article();
    }

    /** "Orvandia's Interior Ministry" for "Interior Ministry": the same name after its owner's. */
    private static boolean ownedForm(String full, String bare) {
        return full.length() > bare.length() && full.toLowerCase(Locale.ROOT).endsWith(" " + bare.toLowerCase(Locale.ROOT))
                && OWNER_BEFORE.matcher(full.substring(0, full.length() - bare.length())).matches();
    }

    /** Whether some form is written in more than one of these stories, and every such form names only what a body does. */
    private static boolean sharedOnlyByFunction(Iterable<List<RawMention>> stories) {
        Map<String, Integer> storiesOf = new HashMap<>();
        for (List<RawMention> part : stories) {
            for (String form : part.stream().map(m -> normalize(m.text())).collect(Collectors.toSet())) storiesOf.merge(form, 1, Integer::sum);
        }
        List<String> shared = storiesOf.entrySet().stream().filter(e -> e.getValue() > 1).map(Map.Entry::getKey).toList();
        return !shared.isEmpty() && shared.stream().allMatch(form -> INSTITUTION_WORDS.containsAll(List.of(form.split(" "))));
    }

    /**
     * The country's canonical name; else the most frequent form of two or more words (a person's without the title), one
     * in capitals ("PAVEL OSTRUN", a transcript's speaker label) only when there is no other; else the most frequent form.
     */
    private static String canonicalName(List<RawMention> cluster) {
        for (RawMention m : cluster) if (m.country() != null) return m.country();
        Map<String, Integer> counts = new HashMap<>();
        for (RawMention m : cluster) counts.merge(m.type().equals("person") ? bareName(m.text()) : m.text(), 1, Integer::sum);
        // (an outlet's full name, though only its short form is written)
        for (RawMention m : cluster) if (m.acronymOf() != null) counts.merge(m.acronymOf(), 0, Integer::sum);
        // a short form's mentions count for the longest name that ends with it ("the Border Service", "Dravenian Border Service")
        Map<String, Integer> credited = new HashMap<>(counts);
        counts.forEach((form, n) -> counts.keySet().stream().filter(o -> o.endsWith(" " + form) && OWNER_BEFORE.matcher(o.substring(0, o.length() - form.length())).matches())
                .max(Comparator.comparingInt(String::length))
                .ifPresent(full -> credited.merge(full, n, Integer::sum)));
        String name = credited.entrySet().stream()
                .max(Comparator.comparing((Map.Entry<String, Integer> e) -> e.getKey().contains(" "))
                        .thenComparing(e -> !(e.getKey().contains(" ") && e.getKey().equals(e.getKey().toUpperCase(Locale.ROOT))))
                        .thenComparing(Map.Entry::getValue).thenComparing(e -> e.getKey().length()).thenComparing(Map.Entry::getKey, Comparator.reverseOrder()))
                .orElseThrow().getKey();
        // a person named only by a speaker label in capitals is written as a name
        boolean capitals = name.contains(" ") && name.equals(name.toUpperCase(Locale.ROOT)) && typeOf(cluster).equals("person");
        return capitals ? TITLE_CASE_WORD.matcher(name).replaceAll(w -> w.group(1) + w.group(2).toLowerCase(Locale.ROOT)) : name;
    }

    private static String typeOf(List<RawMention> cluster) {
        Map<String, Integer> counts = new HashMap<>();
        for (RawMention m : cluster) counts.merge(m.type(), 1, Integer::sum);
        return counts.entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow().getKey();
    }

    private static List<String> dedupe(Set<String> aliases) {
        Map<String, String> byKey = new LinkedHashMap<>();
        for (String a : aliases) byKey.putIfAbsent(normalize(a), a);
        return List.copyOf(byKey.values());
    }

    /** Forms that are equal up to case, punctuation and a person's title share a key, whatever type NER gave each. */
    static String key(RawMention m) {
        if (m.country() != null) return "country:" + m.country();
        String name = switch (m.type()) {
            case "person" -> bareName(m.text());
            case "place" -> Landmarks.keyForm(m.text());
            default -> m.text();
        };
        return "name:" + normalize(name);
    }

    /** A person's name without the title before it: the words after the last title word ("Interior Minister Olga Ivanova" -> "Olga Ivanova"). */
    static String bareName(String text) {
        String[] words = text.strip().split("\\s+");
        int from = 0;
        for (int i = 0; i < words.length - 1; i++) {
            if (EntityRecognizer.TITLES.contains(words[i].toLowerCase(Locale.ROOT).replace(".", ""))) from = i + 1;
        }
        return String.join(" ", List.of(words).subList(from, words.length));
    }

    /**
     * An organisation's key in the usual word order, or null when it is in it: its country first ("Foreign Ministry of
     * X" -> "x foreign ministry"), a ministry by its short name ("ministry of the interior" -> "interior ministry",
     * with the names of {@code ministry-names.tsv}) and its kind last ("foundation of st orsen" -> "st orsen foundation").
     */
    private static String usualOrganisationName(String k, Places places, Map<String, String> typeOf) {
        if (!k.startsWith("name:") || !typeOf.get(k).equals("organization")) return null;
        String name = k.substring(5);
        Matcher owner = OWNER_AFTER.matcher(name);
        boolean owned = owner.matches() && places.placeOf(owner.group(2)) != null;
        // (the body's own name first: "ministry of foreign affairs" of Ardessa is Ardessa's "foreign affairs ministry")
        String usual = MINISTRY_OF.matcher(owned ? owner.group(1) : name).replaceFirst("$1 ministry");
        usual = KIND_OF.matcher(usual).replaceFirst("$2 $1");
        if (owned) usual = owner.group(2) + " " + usual;
        for (Map.Entry<String, String> same : MINISTRY_NAMES.entrySet()) usual = usual.replace(same.getKey(), same.getValue());
        return usual.equals(name) ? null : "name:" + usual;
    }

    /**
     * An organisation's name with its country's name first, when a country is its first word
     * ("ostravian health ministry" and "ostravia health ministry" -> "ostravia health ministry"), or null.
     */
    private static String ownedName(String k, Places places, Map<String, String> typeOf) {
        if (!k.startsWith("name:") || !typeOf.get(k).equals("organization")) return null;
        String name = k.substring(5);
        int space = name.indexOf(' ');
        if (space < 0) return null;
        String country = places.placeOf(name.substring(0, space));
        return country == null ? null : normalize(country) + name.substring(space);
    }

    static String normalize(String name) {
        String s = NOT_WORD.matcher(name.toLowerCase(Locale.ROOT).replace("’s", "").replace("'s", "")).replaceAll("");
        return s.replaceFirst("^the\\s+", "").replaceAll("\\s+", " ").strip();
    }

    /** Whether the people of two surnames' full names ("person:halina brosk") share no first name. */
    private static boolean otherPeople(List<String> fullNames, List<String> otherFullNames) {
        if (fullNames == null || otherFullNames == null) return false;
        Set<String> first = new HashSet<>();
        for (String k : fullNames) first.add(k.substring(k.indexOf(':') + 1).split(" ")[0]);
        return otherFullNames.stream().noneMatch(k -> first.contains(k.substring(k.indexOf(':') + 1).split(" ")[0]));
    }

    private static String initialsOf(String[] words) {
        StringBuilder out = new StringBuilder();
        for (String w : words) if (!MINOR_WORDS.contains(w) && !w.isEmpty()) out.append(w.charAt(0));
        return out.toString();
    }

    private static boolean spelledPlace(String personKey, Set<String> otherKinds, Map<String, List<String>> lastNames) {
        String name = personKey.substring(personKey.indexOf(':') + 1);
        return !name.contains(" ") && !lastNames.containsKey(name) && otherKinds.equals(Set.of("place"));
    }

    private static String skeleton(String[] words) {
        StringBuilder out = new StringBuilder();
        for (String w : words) out.append(NameFold.fold(w)).append(' ');
        return out.toString().strip();
    }

    private static String find(Map<String, String> parent, String x) {
        while (!parent.get(x).equals(x)) {
            parent.put(x, parent.get(parent.get(x)));
            x = parent.get(x);
        }
        return x;
    }

    private static void union(Map<String, String> parent, String a, String b) {
        String ra = find(parent, a);
        String rb = find(parent, b);
        if (!ra.equals(rb)) parent.put(rb.compareTo(ra) < 0 ? ra : rb, rb.compareTo(ra) < 0 ? rb : ra);
    }
}
