package org.narrascope.entities;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.narrascope.NameFold;
import org.narrascope.model.Article;

/**
 * Countries the data file does not know, learnt from the corpus: a place name with a demonym
 * derived from it ("Ostravia" and "the Ostravians") or a state body of its own ("Ostravia's Foreign
 * Ministry") is a country, the demonym names it as an actor, and so does a city the corpus calls its
 * capital ("Veldran, the Ostravian capital").
 */
final class Places {

    private static final Pattern SUFFIX = Pattern.compile("(?:i?an|n|ese|i|ite)");
    private static final Pattern DEMONYM_ENDING = Pattern.compile("(?:ans?|ese|is?)$");
    private static final Pattern LOCATED = Pattern.compile("\\b(?:in|at|near|outside|above|below|beyond|from|reached|reaching|neighbouring|neighboring|(?:port|town|city|village|island) of)\\s+(\\p{Lu}\\p{L}+)(?![\\p{L}'’])(?!\\s+\\p{Lu})");
    private static final Pattern FIRM_PREPOSITION = Pattern.compile("(?:at|from)\\s");
    private static final Pattern DEMONYM_WORD = Pattern.compile("(?<![\\p{L}-])\\p{Lu}\\p{Ll}+(?:ans?|ese|is?)(?!\\p{L})");
    private static final Pattern PLURAL_DEMONYM = Pattern.compile("(?<![\\p{L}-])\\p{Lu}\\p{Ll}+(?:ans|ese|is)(?!\\p{L})");
    private static final String NAME = "(\\p{Lu}\\p{L}+)";
    /** How countries' names end ("Brevonia", "Ostland", "Karzistan"). */
    private static final Pattern COUNTRY_SHAPE = Pattern.compile("\\p{Lu}\\p{Ll}{2,}(?:ia|land|stan)");
    /** "X, the Ostravian capital", "X, the capital of Ostravia", "the Ostravian capital, X", "Ostravia's capital, X". */
    private static final List<Pattern> CAPITAL_DEFINITIONS = List.of(
            Pattern.compile(NAME + ", the " + NAME + " capital\\b"),
            Pattern.compile(NAME + ", the capital of (?:neighbouring |neighboring |nearby )?" + NAME),
            Pattern.compile("\\bthe " + NAME + " capital,? " + NAME),
            Pattern.compile(NAME + "(?:'s|’s) capital,? " + NAME));

    /**
     * "In Veldran, Ostravia's Foreign Ministry said", "In Veldran, Ostravian Energy Minister X said": a city named as where a state's
     * government speaks is its seat, which stands for it as a capital does (not officials, who travel).
     */
    private static final Pattern SEAT = Pattern.compile("\\b[Ii]n " + NAME + ", (?:the )?" + NAME + "(?:'s|’s)? (?:(?:\\p{Lu}\\p{L}+ ){1,2}"
            + "(?:Ministry|Minister|Office)|[Gg]overnment|President|Prime Minister)\\b");
    /** "Ostmark's Foreign Ministry", "Ostmark's government": only a country has such a body, whatever NER called the name. */
    private static final Pattern STATE_OWNER = Pattern.compile(NAME + "(?:'s|’s) (?:(?:Foreign|Interior|Defence|Defense|foreign|interior|defence|defense) "
            + "(?:Ministry|ministry|Minister|minister|Office)|government|Government|embassy|Embassy|armed forces|President|president|Prime Minister)\\b");
    /** "the Ministry of Defence of Zarovia", "the Embassy of Zarovia": a state's body named after it, the way translations write it. */
    private static final Pattern STATE_OF = Pattern.compile("\\b(?:Ministry of (?:the )?\\p{Lu}\\p{L}+(?:\\s+(?:and\\s+)?\\p{Lu}\\p{L}+)*|Government|Embassy|"
            + "President|Prime Minister) of " + NAME + "\\b");

    /** A city speaking or acting as its state does: "Tirzel says", "Castrano blames", "Official Solvic". */
    private static final Pattern ACTING = Pattern.compile("\\b(?:Official (\\p{Lu}\\p{L}+)|(?<!\\p{Lu}\\p{L}{0,30}\\s)(\\p{Lu}\\p{L}+) (?:has |have |had )?"
            + "(?:\\p{Ll}+ly )?(?:says|said|denies|denied|(blames|blamed|accuses|accused|rejects|rejected|dismisses|dismissed)|insists|insisted|"
            + "claims|claimed|answers|answered|responds|responded|quoted|announced|admitted|refused|protested|lodged)\\b)");
    /** "the town of Kalyba": where the story happens, which may act too ("Kalyba said goodbye"), but is no capital. */
    /** "in the X region": a place's name before the kind of place it is. */
    private static final Pattern REGION = Pattern.compile("\\b(?:in|across|throughout|of) the (\\p{Lu}\\p{L}+) (?:region|province|district|county|area)\\b");
    private static final Pattern LOCALITY = Pattern.compile("\\b(?:town|village|hamlet|port|suburb|district|city) of (\\p{Lu}\\p{L}+)");
    /** "the Embassy of (the Republic of) Grovany in Solvic", "Drecovia's embassy in Pravel": the city hosts another state's embassy. */
    private static final Pattern EMBASSY_IN = Pattern.compile("\\b(?:[Ee]mbassy of (?:the (?:Republic|Kingdom|Federation) of )?(\\p{Lu}\\p{L}+)|"
            + "(\\p{Lu}\\p{L}+)(?:'s|’s)? [Ee]mbassy) in (\\p{Lu}\\p{L}+)");
    private static final Pattern CAPITALISED = Pattern.compile("(?<![\\p{L}-])\\p{Lu}\\p{Ll}+(?![\\p{L}-])");
    /** Where what a city acting says ends: its sentence or clause, a headline's line, or the brackets a headline is cited in. */
    private static final Pattern SENTENCE_END = Pattern.compile("[.!?](?:\\s|$)|[\\n;()]");

    /** A state by its formal name: "the Republic of Selmara" and "the Selmaran Republic" are Selmara. */
    private static final Pattern FORMAL_NAME = Pattern.compile("(?:[Tt]he\\s+)?(?:Republic|Kingdom|Federation|Principality|Federal Republic|"
            + "Democratic Republic|People's Republic|Union|Commonwealth) of " + NAME);
    private static final Pattern STATE_BY_FORMAL_NAME = Pattern.compile("\\b(?:Republic|Kingdom|Principality) of " + NAME + "\\b");
    private static final Pattern DEMONYM_STATE = Pattern.compile("(?:[Tt]he\\s+)?(\\p{Lu}\\p{Ll}+(?:an|ese|i|ish))\\s+(?:Republic|Federation|Kingdom)");

    /** After a capital, a noun that makes the two its state ("the Veldran regime", "the Lisbon authorities"). */
    private static final Pattern STATE_NOUN_AFTER = Pattern.compile("^\\s+(?:" + String.join("|", EntityRecognizer.STATE_NOUNS) + ")\\b");

    private final Countries countries;
    private final Map<String, String> texts = new HashMap<>();
    /** Single-word place names as NER found them, by key. */
    private final Map<String, String> places = new HashMap<>();
    /** City key -> the country it is the capital of. */
    private final Map<String, String> capitals = new HashMap<>();
    private final Set<String> capitalNames = new HashSet<>();
    /** Capitalised words the corpus writes after "in", "at", "near" …: places, whatever NER called them. */
    private final Set<String> located = new HashSet<>();
    /** Names written where only a place goes: not "at" or "from", which a firm takes too ("an engineer at X"). */
    private final Set<String> situated = new HashSet<>();
    /** The last words of people's full names, and the first words. */
    private final Set<String> surnames = new HashSet<>();
    private final Set<String> firstNames = new HashSet<>();
    /** Places that act as countries: some demonym derives from them, or they have a capital. */
    private final Set<String> countryPlaces = new HashSet<>();

    Places(Countries countries, List<RawMention> mentions, List<Article> articles) {
        this.countries = countries;
        articles.forEach(a -> texts.put(a.id(), a.text()));
        // NER often calls an invented country a person, so every single-word name is a candidate; places first. A person's
        // surname is not ("Donald Holm", "Mr. Holm"): else "Holmian policies" would make a country of him
        for (RawMention m : mentions) {
            String[] words = m.text().strip().split("\\s+");
            if (m.type().equals("person") && words.length >= 2) {
                surnames.add(key(words[words.length - 1]));
                firstNames.add(key(words[0]));
            }
        }
        for (RawMention m : mentions) {
            if (m.type().equals("place") && m.country() == null && !m.demonym() && !m.text().contains(" ") && !surnames.contains(key(m.text()))) {
                places.putIfAbsent(key(m.text()), m.text());
            }
        }
        for (RawMention m : mentions) {
            if (m.country() == null && !m.demonym() && !m.text().contains(" ") && !surnames.contains(key(m.text()))) places.putIfAbsent(key(m.text()), m.text());
        }
        // a demonym tagged as a name is not a place of its own ("Ostravian" beside "Ostravia")
        Set<String> demonyms = new HashSet<>();
        for (String k : places.keySet()) if (DEMONYM_ENDING.matcher(k).find() && derived(k) != null) demonyms.add(k);
        places.keySet().removeAll(demonyms);
        // spellings of one place ("Tarsia", "Tarsiya") are one country, named as first seen; not places that only sound alike
        // ("Dravenne", "Druvania")
        Map<String, List<String>> bySkeleton = new HashMap<>();
        places.replaceAll((k, name) -> {
            if (k.length() < 5) return name;
            List<String> seen = bySkeleton.computeIfAbsent(NameFold.fold(k), x -> new ArrayList<>());
            String same = seen.stream().filter(o -> NameFold.closeSpellings(key(o), k)).findFirst().orElse(null);
            if (same != null) return same;
            seen.add(name);
            return name;
        });
        for (Article a : articles) {
            for (Matcher l = LOCATED.matcher(a.text()); l.find(); ) {
                located.add(key(l.group(1)));
                if (!FIRM_PREPOSITION.matcher(l.group()).lookingAt()) situated.add(key(l.group(1)));
            }
            for (Matcher r = REGION.matcher(a.text()); r.find(); ) {
                located.add(key(r.group(1)));
                situated.add(key(r.group(1)));
            }
        }
        // a place with a demonym anywhere in the corpus ("the Ostravian government") is a country
        for (Article a : articles) {
            for (Matcher d = DEMONYM_WORD.matcher(a.text()); d.find(); ) {
                String country = derived(d.group());
                if (country != null) countryPlaces.add(country);
            }
        }
        // a seat of government the corpus shows is the capital of its state
        for (Article a : articles) {
            for (Matcher d = SEAT.matcher(a.text()); d.find(); ) {
                String country = placeOf(d.group(2));
                // (a capital the data file knows is its own country's, whoever speaks there: "In Paris, the Ostravian President said")
                if (country != null && !isCountry(d.group(1)) && placeOf(d.group(1)) == null && countries.byCapital(d.group(1)) == null) {
                    capitals.putIfAbsent(key(d.group(1)), country);
                    capitalNames.add(d.group(1));
                }
            }
        }
        // and a place with a foreign ministry, a government or an embassy is a country, unless it is such a seat ("Menskar's
        // Foreign Ministry" after "In Menskar, Varestian Energy Minister X said")
        for (Article a : articles) {
            for (Matcher d = STATE_OWNER.matcher(a.text()); d.find(); ) {
                String country = candidate(d.group(1));
                if (country != null && !capitals.containsKey(key(d.group(1)))) countryPlaces.add(country);
            }
            // ("the Republic of Kurvan": a formal name, not a union or commonwealth of something)
            for (Matcher d = STATE_BY_FORMAL_NAME.matcher(a.text()); d.find(); ) {
                if (countries.byName(d.group(1)) != null) continue;
                places.putIfAbsent(key(d.group(1)), d.group(1));
                countryPlaces.add(places.get(key(d.group(1))));
            }
            for (Matcher d = STATE_OF.matcher(a.text()); d.find(); ) {
                if (countries.byName(d.group(1)) != null) continue;
                places.putIfAbsent(key(d.group(1)), d.group(1));
                countryPlaces.add(places.get(key(d.group(1))));
            }
        }
        // and so is one the corpus gives a capital
        for (Article a : articles) {
            for (int i = 0; i < CAPITAL_DEFINITIONS.size(); i++) {
                for (Matcher d = CAPITAL_DEFINITIONS.get(i).matcher(a.text()); d.find(); ) {
                    boolean cityFirst = i < 2;
                    String word = d.group(cityFirst ? 2 : 1);
                    String country = candidate(word);
                    if (country != null) {
                        capitals.put(key(d.group(cityFirst ? 1 : 2)), country);
                        capitalNames.add(d.group(cityFirst ? 1 : 2));
                        countryPlaces.add(country);
                    }
                }
            }
        }
        actingCapitals(articles);
    }

    /**
     * A city the corpus writes where a place goes, never as a town or village "of", that acts as a state does ("Tirzel says",
     * "Castrano blames Hadrassia", "Official Solvic") is a capital standing for its state, when the articles it acts in name
     * two states: the one it neither blames nor hosts the embassy of. Once one of the two has its capital, the other acting
     * city is the other's.
     */
    private void actingCapitals(List<Article> articles) {
        Map<String, Set<String>> opposed = new HashMap<>();
        Map<String, Map<String, Integer>> statesAround = new HashMap<>();
        Map<String, String> names = new HashMap<>();
        for (Article a : articles) {
            Set<String> states = new HashSet<>();
            for (Matcher w = CAPITALISED.matcher(a.text()); w.find(); ) {
                String state = placeOf(w.group());
                if (state != null && countryPlaces.contains(state)) states.add(state);
            }
            for (Matcher act = ACTING.matcher(a.text()); act.find(); ) {
                String city = act.group(1) != null ? act.group(1) : act.group(2);
                if (!acting(city)) continue;
                names.putIfAbsent(key(city), city);
                states.forEach(state -> statesAround.computeIfAbsent(key(city), k -> new HashMap<>()).merge(state, 1, Integer::sum));
                // the states it blames or whose charge it rejects, named after it in the sentence
                String after = act.group(3) == null ? "" : a.text().substring(act.end(), sentenceEnd(a.text(), act.end()));
                for (Matcher w = CAPITALISED.matcher(after); w.find(); ) {
                    String state = placeOf(w.group());
                    if (state != null) opposed.computeIfAbsent(key(city), k -> new HashSet<>()).add(state);
                }
            }
            for (Matcher embassy = EMBASSY_IN.matcher(a.text()); embassy.find(); ) {
                String state = placeOf(embassy.group(1) != null ? embassy.group(1) : embassy.group(2));
                if (state != null) opposed.computeIfAbsent(key(embassy.group(3)), k -> new HashSet<>()).add(state);
            }
        }
        Set<String> localities = new HashSet<>();
        articles.forEach(a -> LOCALITY.matcher(a.text()).results().forEach(r -> localities.add(key(r.group(1)))));
        statesAround.keySet().removeAll(localities);
        Map<String, List<String>> pairs = new HashMap<>();
        statesAround.forEach((city, counts) -> {
            int most = counts.values().stream().max(Integer::compare).orElse(0);
            // (the states named in most of the articles it acts in: the two sides of the story)
            List<String> two = counts.entrySet().stream().filter(e -> e.getValue() * 2 >= most).map(Map.Entry::getKey).sorted().toList();
            if (two.size() == 2) pairs.put(city, two);
        });
        for (int pass = 0; pass < 2; pass++) {
            // (the second pass reads the capitals as the first left them, whatever order the cities come in)
            Set<String> withCapital = new HashSet<>(capitals.values());
            for (Map.Entry<String, List<String>> pair : pairs.entrySet()) {
                String city = pair.getKey();
                if (capitals.containsKey(city)) continue;
                List<String> left = new ArrayList<>(pair.getValue());
                left.removeAll(opposed.getOrDefault(city, Set.of()));
                if (pass == 1 && left.size() == 2) left.removeIf(state -> withCapital.contains(state) || countries.byName(state) != null);
                if (left.size() != 1) continue;
                capitals.put(city, left.get(0));
                capitalNames.add(names.get(city));
            }
        }
    }

    /** Whether a word may be a city acting for its state: written where a place goes, and no state, person or capital known. */
    private boolean acting(String word) {
        String k = key(word);
        return situated.contains(k) && placeOf(word) == null && !capitals.containsKey(k) && countries.byCapital(word) == null
                && !surnames.contains(k) && !firstNames.contains(k);
    }

    private static int sentenceEnd(String text, int from) {
        Matcher end = SENTENCE_END.matcher(text).region(from, text.length());
        return end.find() ? end.start() : text.length();
    }

    /**
     * The mentions with these countries filled in: demonyms of places in the corpus (the others
     * are dropped, as they name no known country), the places those demonyms derive from, and the
     * capitals the corpus defines (its articles use them for the country, or they would not define them).
     */
    List<RawMention> resolve(List<RawMention> mentions) {
        List<RawMention> out = new ArrayList<>();
        for (RawMention m : mentions) {
            if (m.country() != null) {
                out.add(m);
            } else if (m.demonym() || isDemonym(m.text())) {
                // a demonym NER tagged as a name ("Ostravian" as a person) counts only where it names an actor
                // (its first word: "Ostravian side")
                String country = derived(m.text().split("\\s+")[0]);
                boolean named = m.demonym() || m.actor() || m.text().endsWith("s");
                if (country != null && named) out.add(m.withCountry(country, "place"));
                else if (!m.demonym() && country == null) out.add(m);
            } else if (isCountry(m.text())) {
                out.add(m.withCountry(places.get(key(m.text())), "place"));
            } else if (stateByFormalName(m.text()) != null) {
                out.add(m.withCountry(stateByFormalName(m.text()), "place"));
            } else if (capitals.containsKey(key(m.text()))) {
                out.add(withStateNoun(m).withCountry(capitals.get(key(m.text())), "place"));
            } else if (m.type().equals("place") && countries.byCapital(m.text()) != null && withStateNoun(m) != m) {
                // ("the Lisbon authorities": a capital of the countries file with a state noun after it, acting or not)
                String country = countries.byCapital(m.text());
                out.add(withStateNoun(m).withCountry(country, countries.type(country)));
            } else if (m.type().equals("person") && !m.text().contains(" ") && countries.byCapital(m.text()) != null
                    && !surnames.contains(key(m.text())) && !firstNames.contains(key(m.text()))) {
                // a capital NER took for a person and nobody's name in the corpus (not "Sofia" of a Sofia Brandt): its country
                // where it acts, else the city
                String country = countries.byCapital(m.text());
                out.add(m.actor() ? m.withCountry(country, countries.type(country))
                        : new RawMention(m.article(), m.text(), "place", m.start(), m.end(), null, m.acronymOf(), false, false));
            } else if (m.type().equals("person") && !m.text().contains(" ") && !surnames.contains(key(m.text()))
                    && (located(m.text()) || COUNTRY_SHAPE.matcher(m.text()).matches() && !firstNames.contains(key(m.text())))) {
                // a word NER took for a person that the corpus writes where a place goes ("fell into the gorge above Orlenz"), or
                // that is shaped like a country's name and is nobody's first or last name ("paid by Brevonia")
                out.add(new RawMention(m.article(), m.text(), "place", m.start(), m.end(), null, m.acronymOf(), m.actor(), false));
            } else {
                out.add(m);
            }
        }
        return out;
    }

    /** A capital's mention with the state noun after it ("the Veldran regime"), acting; the mention itself when none follows. */
    private RawMention withStateNoun(RawMention m) {
        String text = texts.get(m.article());
        Matcher noun = STATE_NOUN_AFTER.matcher(text).region(m.end(), text.length());
        if (!noun.lookingAt()) return m;
        return new RawMention(m.article(), text.substring(m.start(), noun.end()), m.type(), m.start(), noun.end(), m.country(), m.acronymOf(), true, m.demonym());
    }

    /** The country a word names, is the demonym of or is the capital of ("Ostravian", "Britain"), or null. */
    String placeOf(String word) {
        String place = candidate(word);
        return countryPlaces.contains(place) || countries.byName(place == null ? "" : place) != null ? place : null;
    }

    /** Whether the corpus writes this name where a place goes ("in Veldran"), as a whole name. */
    boolean located(String name) {
        return located.contains(key(name));
    }

    /** As {@link #located(String)}, by words only a place takes ("in Veldran", not "at Veldran"). */
    boolean situated(String name) {
        return situated.contains(key(name));
    }

    /** The country of the data file, or the place of the corpus, a word names or is the demonym of, or null. */
    private String candidate(String word) {
        String known = countries.byName(word) != null ? countries.byName(word) : countries.byDemonym(word);
        if (known != null) return known;
        return places.containsKey(key(word)) ? places.get(key(word)) : derived(word);
    }

    /**
     * Names of countries NER did not tag at all: plural demonyms ("Ostravians are entitled to ask")
     * of countries of the corpus, their names, and the capitals it defines ("Veldran, the Ostravian capital").
     */
    List<RawMention> untaggedMentions(List<Article> articles, List<RawMention> tagged) {
        List<RawMention> out = new ArrayList<>();
        countries.abbreviations().forEach((name, country) -> {
            // "the US" NER left untagged: an abbreviation in capitals names its country wherever it stands
            Pattern abbreviation = Pattern.compile("(?<![\\p{L}.-])" + Pattern.quote(name) + "(?![\\p{L}-])");
            for (Article a : articles) {
                List<RawMention> inArticle = tagged.stream().filter(m -> m.article().equals(a.id())).toList();
                if (inArticle.isEmpty()) continue; // not annotated
                for (Matcher d = abbreviation.matcher(a.text()); d.find(); ) {
                    int start = d.start();
                    int end = d.end();
                    if (inArticle.stream().noneMatch(m -> m.start() < end && start < m.end()) && out.stream().noneMatch(m -> m.article().equals(a.id())
                            && m.start() < end && start < m.end())) {
                        out.add(new RawMention(a.id(), d.group(), countries.type(country), start, end, country, null, false, false));
                    }
                }
            }
        });
        List<Pattern> names = new ArrayList<>(List.of(PLURAL_DEMONYM));
        capitalNames.forEach(c -> names.add(Pattern.compile("(?<![\\p{L}-])" + Pattern.quote(c) + "(?!\\p{L})")));
        // the corpus's own countries by name, where NER missed them ("agents working for neighbouring Ostmark")
        places.forEach((k, name) -> {
            if (countryPlaces.contains(name)) names.add(Pattern.compile("(?<![\\p{L}-])" + Pattern.quote(Character.toUpperCase(k.charAt(0)) + k.substring(1)) + "(?![\\p{L}'’])"));
        });
        for (Article a : articles) {
            List<RawMention> inArticle = tagged.stream().filter(m -> m.article().equals(a.id())).toList();
            if (inArticle.isEmpty()) continue; // not annotated
            for (Pattern name : names) {
                for (Matcher d = name.matcher(a.text()); d.find(); ) {
                    String country = capitals.containsKey(key(d.group())) ? capitals.get(key(d.group()))
                            : isCountry(d.group()) ? places.get(key(d.group())) : derived(d.group());
                    int start = d.start();
                    int end = d.end();
                    if (country == null || !countryPlaces.contains(country) && !capitals.containsKey(key(d.group()))
                            || inArticle.stream().anyMatch(m -> m.start() < end && start < m.end())) continue;
                    RawMention named = new RawMention(a.id(), d.group(), "place", start, end, country, null, true, false);
                    out.add(capitals.containsKey(key(d.group())) ? withStateNoun(named) : named);
                }
            }
        }
        return out;
    }

    /** Whether a word has a demonym's ending and derives from a place of the corpus or the data file ("Ostrelian"). */
    boolean demonym(String word) {
        return isDemonym(word) && (derived(word) != null || countries.byDemonym(word) != null);
    }

    private static boolean isDemonym(String text) {
        return !text.contains(" ") && DEMONYM_ENDING.matcher(text).find();
    }

    /** The state a formal name names ("the Republic of Selmara", "the Selmaran Republic": Selmara), or null. */
    private String stateByFormalName(String name) {
        Matcher m = FORMAL_NAME.matcher(name.strip());
        if (m.matches()) return placeOf(m.group(1));
        Matcher d = DEMONYM_STATE.matcher(name.strip());
        return d.matches() ? placeOf(d.group(1)) : null;
    }

    private boolean isCountry(String place) {
        return countryPlaces.contains(places.get(key(place)));
    }

    /** The place in the corpus a demonym derives from: the longest stem it extends with a demonym suffix. */
    private String derived(String demonym) {
        String d = key(demonym);
        if (d.endsWith("s") && d.length() > 5) d = d.substring(0, d.length() - 1);
        String best = null;
        int bestLength = 0;
        for (Map.Entry<String, String> p : places.entrySet()) {
            String stem = p.getKey().replaceFirst("[aeiouy]$", "");
            // "Quorland" → "Quorlish", as "England" → "English": a "-land" drops its "-and" before "-ish"
            String landStem = stem.replaceFirst("(?<=.{4}l)and$", "");
            if (!landStem.equals(stem) && d.equals(landStem + "ish") && landStem.length() > bestLength) {
                best = p.getValue();
                bestLength = landStem.length();
            }
            if (stem.length() >= 4 && stem.length() > bestLength && d.startsWith(stem) && SUFFIX.matcher(d.substring(stem.length())).matches()) {
                best = p.getValue();
                bestLength = stem.length();
            }
        }
        return best;
    }

    private static String key(String name) {
        return name.strip().toLowerCase(Locale.ROOT).replaceFirst("^the\\s+", "");
    }
}
