package org.narrascope.entities;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.narrascope.model.Article;

/**
 * Names NER tagged somewhere in the corpus, found again where it missed them: the full names of
 * people and organisations, a camel-cased name written apart ("NightLedger", "Night Ledger"), a
 * person's surname alone when one person in the corpus has it, and an organisation's distinctive
 * first word alone ("Brightgate" for "Brightgate Security"). Short forms must be proper nouns:
 * words that never appear in lower case in the corpus and begin no other name.
 */
final class KnownNames {

    /** Where a camel-cased name splits: after a lower-case letter that ends a part of four letters or more ("NightLedger", not "McDonald"). */
    private static final Pattern CAMEL = Pattern.compile("(?<=\\p{Lu}\\p{Ll}{3,})(?=\\p{Lu})");
    private static final Pattern WORD = Pattern.compile("\\p{L}[\\p{L}'’]*");
    private static final Pattern CAPITALISED_WORDS = Pattern.compile("\\p{Lu}\\S*(?:\\s+\\p{Lu}\\S*){1,5}");
    /** "a Westbury restaurant", "in Halvick town", "the Kharvel region": a capitalised word written as a town's name. */
    private static final Pattern TOWN_BEFORE_NOUN = Pattern.compile("\\b(?:(?:[Aa]n?|[Ii]n)\\s+|[Tt]he\\s+(?=\\p{Lu}\\p{L}+\\s+(?:region|province|district|county|area)\\b))"
            + "(\\p{Lu}\\p{L}+)\\s+\\p{Ll}");
    /** A short outlet name in capitals and digits ("RL1", "TPT"). */
    private static final Pattern OWN_ABBREVIATION = Pattern.compile("\\p{Lu}[\\p{Lu}\\p{N}]+");

    private KnownNames() {
    }

    static List<RawMention> mentions(List<Article> articles, List<RawMention> mentions, Places places) {
        Map<String, String> typeOfName = new LinkedHashMap<>();
        Map<String, Set<String>> bySurname = new HashMap<>();
        Map<String, Set<String>> byFirstWord = new HashMap<>();
        Map<String, Set<String>> byTail = new HashMap<>();
        for (Article a : articles) {
            // the outlet an article names itself by, wherever another article cites it ("the Weekly Review reported")
            if (a.outlet() != null) {
                String name = a.outlet().replaceFirst("^(?:The|the)\\s+", "");
                if (CAPITALISED_WORDS.matcher(name).matches()) typeOfName.putIfAbsent(name, "organization");
            }
        }
        for (RawMention m : mentions) {
            if (m.country() != null || m.type().equals("place")) continue;
            String name = EntityResolver.bareName(m.text()).replaceFirst("^(?:The|the)\\s+", "");
            String[] words = name.split("\\s+");
            if (words.length >= 2) {
                typeOfName.putIfAbsent(name, m.type());
                String first = words[0].equals("St") || words[0].equals("Saint") ? words[0] + " " + words[1] : words[0];
                Map<String, Set<String>> index = m.type().equals("person") ? bySurname : byFirstWord;
                index.computeIfAbsent(m.type().equals("person") ? words[words.length - 1] : first, k -> new HashSet<>()).add(name);
                if (m.type().equals("organization") && words.length >= 3 && Character.isUpperCase(words[1].charAt(0))) {
                    byTail.computeIfAbsent(String.join(" ", List.of(words).subList(1, words.length)), k -> new HashSet<>()).add(name);
                }
            } else if (CAMEL.matcher(name).find()) {
                // a camel-cased name is distinctive enough to find again as it is, too
                typeOfName.putIfAbsent(CAMEL.matcher(name).replaceAll(" "), m.type());
                typeOfName.putIfAbsent(name, m.type());
            }
        }
        Set<String> lowerCaseWords = lowerCaseWords(articles);
        addShortForms(bySurname, typeOfName, lowerCaseWords, places, "person");
        addShortForms(byFirstWord, typeOfName, lowerCaseWords, places, "organization");
        // an organisation without the town before its name ("the Fire Service" of the "Wenholm Fire Service"), when only one has it
        byTail.forEach((tail, full) -> {
            if (full.size() == 1) typeOfName.putIfAbsent(tail, "organization");
        });
        if (typeOfName.isEmpty()) return List.of();

        List<String> names = new ArrayList<>(typeOfName.keySet());
        names.sort(Comparator.comparingInt(String::length).reversed());
        Pattern any = Pattern.compile("(?<![\\p{L}\\p{N}])(?:" + names.stream().map(Pattern::quote).collect(Collectors.joining("|")) + ")(?![\\p{L}\\p{N}])");
        Map<String, List<RawMention>> byArticle = mentions.stream().collect(Collectors.groupingBy(RawMention::article));
        List<RawMention> out = new ArrayList<>();
        for (Article a : articles) {
            List<RawMention> tagged = byArticle.get(a.id());
            if (tagged == null) continue; // not annotated (another language), or names nothing
            for (Matcher m = any.matcher(a.text()); m.find(); ) {
                int start = m.start();
                int end = m.end();
                if (tagged.stream().noneMatch(x -> nameStart(x) < end && start < x.end())) {
                    out.add(new RawMention(a.id(), m.group(), typeOfName.get(m.group()), start, end, null, null, false, false));
                }
            }
        }
        return out;
    }

    /**
     * An organisation by the end of its name after "the" ("told the Mercury", "the Inspectorate", "the Business Daily" of
     * the "Kelvardine Evening Mercury", the "Lusterran Water Inspectorate" and the "Dolvanne Business Daily"): in an
     * article that names it in full or is its own outlet, when nothing else the article names ends so, and when no article
     * uses the short form for another (names are one entity corpus-wide: "the Courier" of one story is not the "Tamsel
     * Valley Courier" of another). Each such mention, found here or by NER, carries the full name it stands for; the other
     * mentions are kept as they are.
     */
    static List<RawMention> withShortForms(List<Article> articles, List<RawMention> mentions, Places places) {
        Map<String, List<RawMention>> byArticle = mentions.stream().collect(Collectors.groupingBy(RawMention::article));
        // (a one-word end must be a proper noun, never written in lower case: "the Mercury", not "the Department")
        Set<String> lowerCaseWords = lowerCaseWords(articles);
        Map<String, Map<String, String>> fullNames = new HashMap<>(); // article -> short form -> full name
        Set<String> forms = new HashSet<>();
        for (Article a : articles) {
            List<RawMention> tagged = byArticle.get(a.id());
            if (tagged == null) continue; // not annotated (another language), or names nothing
            Set<String> names = new HashSet<>();
            if (a.outlet() != null) names.add(withoutThe(a.outlet()));
            for (RawMention m : tagged) {
                if (m.type().equals("organization") && m.country() == null && m.text().trim().contains(" ")) names.add(withoutThe(m.text().trim()));
            }
            Map<String, Set<String>> byEnd = new HashMap<>();
            // (not a place, nor a word that begins other names: "the Orvik depot" and the "Orvik Police" are no short forms of the
            // "Daily Orvik")
            Set<String> firstWords = tagged.stream().map(m -> withoutThe(m.text().trim())).filter(n -> n.contains(" "))
                    .map(n -> n.substring(0, n.indexOf(' '))).collect(Collectors.toSet());
            for (String name : names) {
                // (an outlet's own last word is its name after "the" however the corpus writes it: "the Record", "the Review")
                boolean outlet = OrganisationNames.outletWord(name.substring(name.lastIndexOf(' ') + 1));
                ends(name).stream().filter(end -> places.placeOf(end) == null && !places.located(end) && !firstWords.contains(end)
                                && (end.contains(" ") || !lowerCaseWords.contains(end.toLowerCase(Locale.ROOT))
                                        || outlet && OrganisationNames.outletWord(end)))
                        .forEach(end -> byEnd.computeIfAbsent(end, k -> new HashSet<>()).add(name));
            }
            Map<String, String> here = new HashMap<>();
            byEnd.forEach((end, full) -> here.put(end, full.size() == 1 ? full.iterator().next() : null));
            fullNames.put(a.id(), here);
            forms.addAll(here.keySet());
        }
        if (forms.isEmpty()) return mentions;
        List<String> sorted = new ArrayList<>(forms);
        sorted.sort(Comparator.comparingInt(String::length).reversed());
        // (not a name going on past it: "the Review Board")
        Pattern the = Pattern.compile("(?<![\\p{L}\\p{N}])[Tt]he\\s+(" + sorted.stream().map(Pattern::quote).collect(Collectors.joining("|"))
                + ")(?![\\p{L}\\p{N}]|\\s+\\p{Lu})");
        // each use of a short form, and the full name it stands for there (null where it stands for none or several)
        Map<String, Set<String>> standsFor = new HashMap<>();
        for (Article a : articles) {
            if (!fullNames.containsKey(a.id())) continue;
            for (Matcher m = the.matcher(a.text()); m.find(); ) {
                standsFor.computeIfAbsent(m.group(1), k -> new HashSet<>()).add(String.valueOf(fullNames.get(a.id()).get(m.group(1))));
            }
        }
        List<RawMention> out = new ArrayList<>(mentions);
        for (Article a : articles) {
            if (!fullNames.containsKey(a.id())) continue;
            List<RawMention> tagged = byArticle.get(a.id());
            for (Matcher m = the.matcher(a.text()); m.find(); ) {
                String full = fullNames.get(a.id()).get(m.group(1));
                if (full == null || standsFor.get(m.group(1)).size() > 1) continue;
                int start = m.start(1);
                int end = m.end(1);
                RawMention same = tagged.stream().filter(x -> x.start() == start && x.end() == end && x.acronymOf() == null).findFirst().orElse(null);
                if (same != null) {
                    out.set(out.indexOf(same), new RawMention(a.id(), same.text(), "organization", start, end, null, full, same.actor(), false));
                } else if (tagged.stream().noneMatch(x -> x.start() < end && start < x.end())) {
                    out.add(new RawMention(a.id(), m.group(1), "organization", start, end, null, full, false, false));
                }
            }
        }
        return out;
    }

    /**
     * An article's own outlet by the first word of its name, written bare in its text ("Keelstone regrets the errors",
     * "(Keelstone) -" of the "Keelstone News Agency"), when that word is a proper noun of its own: no town's name, nothing
     * the corpus writes in lower case, and not the start of another name there. Such a mention carries the outlet's full
     * name, which the article's byline gives but its text may not.
     */
    static List<RawMention> withOwnOutlets(List<Article> articles, List<RawMention> mentions, Places places) {
        Map<String, List<RawMention>> byArticle = mentions.stream().collect(Collectors.groupingBy(RawMention::article));
        Set<String> lowerCaseWords = lowerCaseWords(articles);
        // (a town's name, as many outlets are called; not "the Quillon has")
        Set<String> placeWords = mentions.stream().filter(m -> m.type().equals("place") && withoutThe(m.text().strip()).contains(" "))
                .map(m -> withoutThe(m.text().strip()).split("\\s+")[0]).collect(Collectors.toSet());
        articles.forEach(a -> TOWN_BEFORE_NOUN.matcher(a.text()).results().forEach(r -> placeWords.add(r.group(1))));
        List<RawMention> out = new ArrayList<>(mentions);
        for (Article a : articles) {
            List<RawMention> tagged = byArticle.get(a.id());
            if (tagged == null || a.outlet() == null) continue; // not annotated (another language), or no outlet named
            String outlet = withoutThe(a.outlet().strip());
            String[] words = outlet.split("\\s+");
            String head = words[0];
            boolean properNoun = head.length() >= 4 ? Character.isUpperCase(head.charAt(0)) : OWN_ABBREVIATION.matcher(head).matches();
            if (words.length < 2 || !CAPITALISED_WORDS.matcher(outlet).matches() || !properNoun
                    || lowerCaseWords.contains(head.toLowerCase(Locale.ROOT)) || placeWords.contains(head) || places.placeOf(head) != null
                    || places.located(head)) continue;
            boolean beginsAnother = tagged.stream().map(m -> withoutThe(m.text().strip()))
                    .anyMatch(n -> n.startsWith(head + " ") && !outlet.startsWith(n));
            if (beginsAnother) continue;
            for (Matcher m = Pattern.compile("(?<![\\p{L}\\p{N}])" + Pattern.quote(head) + "(?![\\p{L}\\p{N}]|\\s+\\p{Lu})").matcher(a.text()); m.find(); ) {
                int start = m.start();
                int end = m.end();
                RawMention same = tagged.stream().filter(x -> x.start() == start && x.end() == end).findFirst().orElse(null);
                if (same != null) {
                    out.set(out.indexOf(same), new RawMention(a.id(), same.text(), "organization", start, end, null, outlet, same.actor(), false));
                } else if (tagged.stream().noneMatch(x -> x.start() < end && start < x.end())) {
                    out.add(new RawMention(a.id(), head, "organization", start, end, null, outlet, false, false));
                }
            }
        }
        return out;
    }

    /** The words the corpus writes in lower case somewhere. */
    private static Set<String> lowerCaseWords(List<Article> articles) {
        return articles.stream().flatMap(a -> WORD.matcher(a.text()).results().map(java.util.regex.MatchResult::group))
                .filter(w -> Character.isLowerCase(w.charAt(0))).collect(Collectors.toSet());
    }

    /** The ends of an organisation's name that may stand for it: its last words, capitalised, of four letters or more when one. */
    private static List<String> ends(String outlet) {
        String[] words = outlet.split("\\s+");
        List<String> out = new ArrayList<>();
        for (int i = 1; i < words.length; i++) {
            String end = String.join(" ", List.of(words).subList(i, words.length));
            if (CAPITALISED_WORDS.matcher(end).matches() || end.length() >= 4 && Character.isUpperCase(end.charAt(0))) out.add(end);
        }
        return out;
    }

    private static String withoutThe(String name) {
        return name.replaceFirst("^(?:The|the)\\s+", "");
    }

    /** Where a mention's name starts: after a person's title, which may hold another name ("Brightgate analyst Nadia Kessler"). */
    private static int nameStart(RawMention m) {
        return m.type().equals("person") ? m.end() - EntityResolver.bareName(m.text()).length() : m.start();
    }

    /** A surname, or an organisation's first word, that stands for one name only and is a proper noun. */
    private static void addShortForms(Map<String, Set<String>> index, Map<String, String> typeOfName, Set<String> lowerCaseWords,
            Places places, String type) {
        index.forEach((word, full) -> {
            boolean properNoun = word.length() >= 4 && !lowerCaseWords.contains(word.toLowerCase(Locale.ROOT))
                    && places.placeOf(word) == null && !places.located(word) && !EntityRecognizer.TITLES.contains(word.toLowerCase(Locale.ROOT))
                    && !Provinces.isWord(word);
            if (full.size() == 1 && properNoun) typeOfName.putIfAbsent(word, type);
        });
    }
}
