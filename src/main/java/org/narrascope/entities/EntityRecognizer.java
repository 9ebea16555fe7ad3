package org.narrascope.entities;

import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.pipeline.CoreDocument;
import edu.stanford.nlp.pipeline.CoreEntityMention;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.narrascope.DataFile;
import org.narrascope.model.Article;
import org.narrascope.nlp.Annotations;
import org.narrascope.nlp.Datelines;
import org.narrascope.nlp.SpeakerLabels;

/**
 * Finds the people, organisations and places an article names, with CoreNLP's English NER.
 * Demonyms count when they name an actor ("the British said", "Ukrainians") and not as adjectives
 * ("a British court"); so do capitals and seats of government ("Washington said"). A person's title
 * ("Interior Minister Olga Ivanova") and an organisation's country ("Ostravia's Foreign Ministry")
 * are kept in the mention. Articles in other languages get no mentions yet: the shipped models are English.
 */
final class EntityRecognizer {

    /** How translations of official texts bring in a short form: "(hereinafter, KDF)", "(hereinafter referred to as the KDF)". */
    private static final String HEREINAFTER = "(?:here(?:in)?after(?:\\s+referred\\s+to\\s+as)?[,:\\h–-]*(?:the\\s+)?)?";
    /** "Long Name (LN)", and "Name (or Other Name)": the form in parentheses names the same thing. */
    private static final Pattern ACRONYM_AFTER = Pattern.compile(
            "^\\s*\\((?:" + HEREINAFTER + "([A-Z][A-Za-z0-9.-]{1,12})|(?:or|also|aka|also known as)\\s+(?:the\\s+)?(\\p{Lu}[\\p{L}'’-]*(?:\\s+\\p{Lu}[\\p{L}'’-]*){0,5}))\\)");
    /** "Capitalised Long Name (ACR)", whether or not NER tagged the name (whose words a line may wrap, but no paragraph break part). */
    private static final Pattern DEFINED_ACRONYM = Pattern.compile(
            "((?:[A-Z][\\p{L}'’-]+)(?:(?:\\h+|\\h*\\n\\h*)(?:(?:of|and|for|the|on|de|del|la)(?:\\h+|\\h*\\n\\h*))*[A-Z][\\p{L}'’-]+){1,8})\\s*\\("
            + HEREINAFTER + "([A-Z][A-Z0-9-]{1,11})\\)");
    /** After a place, a body of it written in lower case: "regional police", "'s fire brigade" (not "police station"). */
    private static final Pattern LOCAL_BODY = Pattern.compile("(?:['’]s)?\\s+(?:(?:regional|city|district|provincial|municipal|local|town)\\s+)?(?:"
            + String.join("|", DataFile.lines(EntityRecognizer.class, "local-bodies.txt")) + ")\\b(?!\\s+(?:station|stations|headquarters|HQ)\\b)");
    /**
     * A ministry written in lower case after "the" ("the health ministry"), maybe with its country before it, by its demonym
     * ("the Ostravian foreign ministry", group 1) or possessive ("Ostravia's foreign ministry", group 2).
     */
    private static final Pattern LOWER_CASE_MINISTRY = Pattern.compile(
            "\\b(?:[Tt]he\\s+(?:(\\p{Lu}\\p{L}+)\\s+)?|(\\p{Lu}\\p{L}+['’]s)\\s+)((\\p{Ll}+)\\s+ministry)\\b");
    /** A family's name before the kind of crime group it gives its name to: "the Vantry clan". */
    private static final Pattern CRIME_GROUP = Pattern.compile("(?<=\\bthe\\s)(\\p{Lu}\\p{Ll}+)\\s+(?:clan|cartel|crime family|mafia|syndicate)\\b");
    static final Set<String> STATE_NOUNS = Set.copyOf(DataFile.lines(EntityRecognizer.class, "state-nouns.txt"));
    /** A person named by initial and surname at the end of a longer name ("... Housing and Construction T. Lask"). */
    private static final Pattern INITIALLED_TAIL = Pattern.compile("\\s(\\p{Lu}\\.\\s?\\p{Lu}[\\p{L}'’-]+)$");
    /**
     * Before such a name, words of a translated title ("the Minister of Defence of the Republic of Orlessa A. Grelsk"): in a
     * name NER calls a person, one word after "of" ("of the Bureau Robert S. Holm" ends with a person's own first name).
     */
    private static final Pattern TITLE_OF = Pattern.compile("\\b(?:of|and)\\s(?:the\\s)?\\p{Lu}[\\p{L}'’-]*\\s$");
    /** A title's head and "of" before a name NER calls an organisation ("Minister of | Internal Affairs H. Vollan"). */
    private static final Pattern TITLE_HEAD_OF = Pattern.compile("\\b(\\p{L}+)\\s+of\\s+(?:the\\s+)?$");
    private static final Pattern TITLE_OF_BODY = Pattern.compile("\\b(?:of|and)\\s(?:the\\s)?(?:\\p{Lu}[\\p{L}'’-]*\\s)+$");
    /** What a demonym looks like when the data file does not know it ("Ostravians", "the Arvenese"). */
    private static final Pattern DEMONYM_SHAPE = Pattern.compile("(?:the\\s+)?\\p{Lu}\\p{L}+(?:ans?|ese|is?)");
    /** Share of a title's words (function words aside) capitalised that makes it Title Case rather than a sentence with names in it. */
    private static final double TITLE_CASE = 0.9;
    private static final Set<String> ACTING = Set.of("nsubj", "nsubj:pass", "nmod:poss", "obl:agent", "nsubj:xsubj");
    private static final Set<String> NOT_NAMES = new HashSet<>(DataFile.lines(EntityRecognizer.class, "pronouns.txt"));
    static final Set<String> TITLES = new HashSet<>(DataFile.lines(EntityRecognizer.class, "person-titles.txt").stream()
            .map(t -> t.toLowerCase(Locale.ROOT)).toList());

    private final Countries countries;

    EntityRecognizer(Countries countries) {
        this.countries = countries;
    }

    private static boolean titleOfBefore(String text, int start) {
        Matcher head = TITLE_HEAD_OF.matcher(text.substring(Math.max(0, start - 40), start));
        return head.find() && TITLES.contains(head.group(1).toLowerCase(Locale.ROOT));
    }

    List<RawMention> mentions(Article article, Annotations annotations) {
        CoreDocument doc = annotations.of(article);
        if (doc == null) return List.of();
        List<RawMention> out = new ArrayList<>();
        int headline = titleCaseHeadlineEnd(article);
        String body = article.text().substring(headline);
        List<Datelines.Dateline> datelines = Datelines.in(article.text());
        for (CoreEntityMention m : doc.entityMentions()) {
            String text = m.text();
            if (NOT_NAMES.contains(text.toLowerCase(Locale.ROOT))) continue;
            int start = m.charOffsets().first();
            int end = m.charOffsets().second();
            // in a headline Written Like This, NER takes runs of capitals for one name ("Mayor Cites Ban Of X"): a name the text never repeats is not trusted
            if (end <= headline && text.contains(" ") && !body.contains(text)) continue;
            boolean nationality = m.entityType().equals("MISC") || m.entityType().equals("NATIONALITY");
            String type = switch (m.entityType()) {
                case "PERSON" -> "person";
                case "ORGANIZATION" -> "organization";
                case "LOCATION", "COUNTRY", "CITY", "STATE_OR_PROVINCE" -> "place";
                case "MISC", "NATIONALITY" -> actorDemonym(m) ? "place" : null;
                default -> null;
            };
            if (type == null || type.equals("organization") && beforeTitle(m)) continue;
            boolean dateline = datelinePlace(datelines, start, end);
            if (dateline) type = "place"; // whatever NER called it
            // a transcript's speaker label ("LASK:") names someone who speaks, never a place
            if (type.equals("place") && !dateline && (start == 0 || article.text().charAt(start - 1) == '\n') && speakerLabel(article.text(), start, end)) {
                type = "person";
            }
            // a translated title runs into the name it comes with ("the Minister of Housing and Construction T. Lask"), which NER
            // tags as one organisation or person: the initialled name at its end is the person
            Matcher initialled = type.equals("place") ? null : INITIALLED_TAIL.matcher(text);
            // (in a name NER calls an organisation, the title's "of" or "and" is inside it: "Housing and Construction T. Lask", not
            // "Harbour Inspectorate Marten K. Solberg")
            boolean titled = initialled != null && initialled.find() && (type.equals("person")
                    ? TITLE_OF.matcher(article.text().substring(Math.max(0, start - 60), start) + text.substring(0, initialled.start() + 1)).find()
                    : TITLE_OF_BODY.matcher(text.substring(0, initialled.start() + 1)).find() || titleOfBefore(article.text(), start));
            if (titled) {
                start += initialled.start(1);
                text = initialled.group(1);
                type = "person";
            }
            boolean actor = acts(m);
            CoreLabel stateNoun = nationality && "place".equals(type) ? stateNounAfter(m) : null;
            if (stateNoun != null) {
                end = stateNoun.endPosition();
                actor = true;
            }
            String country = "place".equals(type) || "organization".equals(type)
                    ? firstNonNull(countries.byName(text), countries.byDemonym(text)) : null;
            if (country == null && actor && !nationality && !type.equals("person")) country = countries.byCapital(text);
            if (country != null) type = countries.type(country);
            if (type.equals("person") && !titled) start = titleStart(m);
            if (type.equals("organization") && country == null) start = ownerStart(m);
            if (type.equals("person") && (Provinces.branchName(text) || OrganisationNames.body(text))) type = "organization";
            Matcher acronym = ACRONYM_AFTER.matcher(article.text().substring(end, Math.min(article.text().length(), end + 60)));
            // (a dateline's parentheses hold the agency: "HALDEN, Marenland (Northwire) -")
            String alias = acronym.find() && !type.equals("person") && !dateline ? firstNonNull(acronym.group(1), acronym.group(2)) : null;
            // (a dateline's town in capitals is named as the text writes it elsewhere: "TERVAN" is Tervan)
            String form = dateline ? Datelines.titleCase(article.text().substring(start, end)) : article.text().substring(start, end);
            out.add(new RawMention(article.id(), form, type, start, end, country, alias, actor,
                    nationality && country == null));
        }
        // a transcript's speaker in capitals ("VINTERHAL: ...") is a person, where NER did not see one there (not a role, "PRESENTER:")
        for (MatchResult label : SpeakerLabels.names(article.text())) {
            int start = label.start(1);
            int end = label.end(1);
            if (TITLES.contains(label.group(1).toLowerCase(Locale.ROOT)) || out.stream().anyMatch(m -> m.start() < end && start < m.end())) continue;
            out.add(new RawMention(article.id(), Datelines.titleCase(label.group(1)), "person", start, end, null, null, true, false));
        }
        // "the health ministry": a state's body written in lower case, which NER leaves out; named as its capitalised form, with
        // the country before it as part of the name (which the country's own mention then gives way to)
        for (Matcher ministry = LOWER_CASE_MINISTRY.matcher(article.text()); ministry.find(); ) {
            if (!EntityResolver.INSTITUTION_WORDS.contains(ministry.group(4))) continue;
            int owner = ministry.group(1) != null ? 1 : 2;
            int ownerStart = ministry.start(owner);
            int ownerEnd = ministry.end(owner);
            boolean country = ministry.group(owner) != null && (owner == 1 && DEMONYM_SHAPE.matcher(ministry.group(1)).matches()
                    || out.stream().anyMatch(m -> m.type().equals("place") && m.start() == ownerStart && ownerEnd - m.end() <= 2));
            int start = country ? ownerStart : ministry.start(3);
            int end = ministry.end(3);
            if (country) out.removeIf(m -> m.start() >= ownerStart && m.end() <= ownerEnd);
            if (out.stream().anyMatch(m -> m.start() < end && start < m.end())) continue;
            String name = (country ? ministry.group(owner) + " " : "") + Character.toUpperCase(ministry.group(4).charAt(0)) + ministry.group(4).substring(1) + " Ministry";
            out.add(new RawMention(article.id(), name, "organization", start, end, null, null, true, false));
        }
        // "the Kharvel regional police", "Kalyba's fire brigade": a town's body, named in lower case after the town (which NER
        // may call anything there, as long as it calls it a place somewhere)
        Set<String> places = out.stream().filter(m -> m.type().equals("place")).map(RawMention::text).collect(Collectors.toSet());
        // "the citizen of Kurvan Mira Dolsk": NER runs a place the article names on its own elsewhere into the person after it
        out.replaceAll(m -> {
            String[] words = m.text().split(" ", 2);
            return !m.type().equals("person") || words.length < 2 || !words[1].contains(" ") || !places.contains(words[0]) ? m
                    : new RawMention(m.article(), words[1], "person", m.end() - words[1].length(), m.end(), null, null, m.actor(), false);
        });
        for (RawMention town : List.copyOf(out)) {
            Matcher townBody = places.contains(town.text()) ? LOCAL_BODY.matcher(article.text()).region(town.end(), Math.min(article.text().length(), town.end() + 60)) : null;
            if (townBody == null || !townBody.lookingAt()) continue;
            // (the town keeps its mention where NER took it for a place: the body is where the story is)
            if (!town.type().equals("place")) out.remove(town);
            out.add(new RawMention(article.id(), town.text() + townBody.group(), "organization", town.start(), townBody.end(), null, null, town.actor(), false));
        }
        for (Matcher d = DEFINED_ACRONYM.matcher(article.text()); d.find(); ) {
            // the whole capitalised name before "(ACR)" is the long form, even where NER tagged only its tail
            int start = d.group(1).startsWith("The ") ? d.start(1) + 4 : d.start(1);
            out.removeIf(m -> m.end() == d.end(1) && m.start() > start);
            boolean known = out.stream().anyMatch(m -> m.acronymOf() != null && m.end() == d.end(1));
            if (!known) {
                out.add(new RawMention(article.id(), article.text().substring(start, d.end(1)), "organization", start, d.end(1), null,
                        d.group(2), false, false));
            }
        }
        for (OrganisationNames.Presented p : OrganisationNames.presented(article.text())) {
            // (a one-word name presented after it is only typed by it, where NER found it: "Instead, a small firm ..." names nothing)
            if (!p.kindFirst() && !p.name().contains(" ") || out.stream().anyMatch(m -> m.start() < p.end() && p.start() < m.end())) continue;
            out.add(new RawMention(article.id(), p.name(), "organization", p.start(), p.end(), null, null, false, false));
        }
        // "the Vantry clan", "the Oskar cartel": a crime group named after a family, whatever NER took the family name for
        for (Matcher c = CRIME_GROUP.matcher(article.text()); c.find(); ) {
            int start = c.start(1);
            int end = c.end();
            out.removeIf(m -> m.start() >= start && m.end() <= end);
            if (out.stream().noneMatch(m -> m.start() < end && start < m.end())) {
                out.add(new RawMention(article.id(), c.group(), "organization", start, end, null, null, false, false));
            }
        }
        return out;
    }

    private static boolean datelinePlace(List<Datelines.Dateline> datelines, int start, int end) {
        for (Datelines.Dateline d : datelines) {
            if (d.place().start() <= start && end <= d.place().end() || d.region() != null && d.region().start() <= start && end <= d.region().end()) return true;
        }
        return false;
    }

    /**
     * Every stand-alone occurrence of an acronym defined somewhere in the corpus that NER did not tag:
     * once "People's Water Front (PWF)" is read, "PWF" names it in every article (and "PWF-K" a branch of it).
     */
    static List<RawMention> acronymMentions(Article article, Set<String> acronyms, List<RawMention> existing) {
        List<RawMention> out = new ArrayList<>();
        for (String acronym : acronyms) {
            // the acronym alone, or with a branch's letter after it ("NLF-A"), which the resolver tells apart
            Matcher m = Pattern.compile("(?<![\\p{L}\\p{N}-])" + Pattern.quote(acronym) + "(?:-\\p{Lu})?(?![\\p{L}\\p{N}-])").matcher(article.text());
            while (m.find()) {
                int start = m.start();
                int end = m.end();
                boolean tagged = existing.stream().anyMatch(x -> x.article().equals(article.id()) && x.start() < end && start < x.end());
                if (!tagged) out.add(new RawMention(article.id(), m.group(), "organization", start, end, null, null, false, false));
            }
        }
        return out;
    }

    /** The noun after a demonym that makes the two the state ("the Istrevian side", "the Russian authorities"), or null. */
    private static CoreLabel stateNounAfter(CoreEntityMention m) {
        List<CoreLabel> sentence = m.sentence().tokens();
        int last = m.tokens().get(m.tokens().size() - 1).index(); // 1-based within the sentence
        CoreLabel next = last < sentence.size() ? sentence.get(last) : null;
        return next != null && STATE_NOUNS.contains(next.word().toLowerCase(Locale.ROOT)) ? next : null;
    }

    /** "the British", "Ukrainians": the demonym stands alone as a noun, not before one. */
    private boolean actorDemonym(CoreEntityMention m) {
        if (countries.byDemonym(m.text()) == null && !DEMONYM_SHAPE.matcher(m.text()).matches()) return false;
        if (stateNounAfter(m) != null) return true;
        List<CoreLabel> sentence = m.sentence().tokens();
        List<CoreLabel> tokens = m.tokens();
        int last = tokens.get(tokens.size() - 1).index(); // 1-based within the sentence
        boolean beforeNoun = last < sentence.size() && sentence.get(last).tag().startsWith("NN");
        boolean plural = tokens.get(tokens.size() - 1).tag().equals("NNPS") || m.text().endsWith("s");
        int first = tokens.get(0).index();
        boolean afterThe = first >= 2 && sentence.get(first - 2).word().equalsIgnoreCase("the");
        return !beforeNoun && (plural || afterThe);
    }

    /**
     * Where the title ends when the text starts with it and it capitalises nearly all its words but function words;
     * 0 otherwise ("X meets Y in Z" has a verb in lower case, and names alone do not make a title Title Case).
     */
    static int titleCaseHeadlineEnd(Article article) {
        String title = article.title();
        if (title == null || !article.text().startsWith(title)) return 0;
        int words = 0;
        int capitalised = 0;
        for (String w : title.split("\\s+")) {
            if (w.length() < 3 || !Character.isLetter(w.charAt(0)) || DataFile.FUNCTION_WORDS.contains(w.toLowerCase(Locale.ROOT))) continue;
            words++;
            if (Character.isUpperCase(w.charAt(0))) capitalised++;
        }
        return words >= 3 && capitalised >= TITLE_CASE * words ? title.length() : 0;
    }

    /** Whether the mention's head is a subject, a possessor or the agent of a passive: it acts rather than locates. */
    private static boolean acts(CoreEntityMention m) {
        SemanticGraph graph = m.sentence().dependencyParse();
        List<CoreLabel> tokens = m.tokens();
        IndexedWord head = graph == null ? null : graph.getNodeByIndexSafe(tokens.get(tokens.size() - 1).index());
        if (head == null) return false;
        for (SemanticGraphEdge e : graph.incomingEdgeIterable(head)) {
            if (ACTING.contains(e.getRelation().toString())) return true;
        }
        return false;
    }

    /**
     * Where a person's name starts when a title precedes it: the title word ("Minister", "Dr",
     * "spokesman") and the capitalised words before it ("Valdorian Interior Minister").
     */
    private static int titleStart(CoreEntityMention m) {
        List<CoreLabel> sentence = m.sentence().tokens();
        int i = m.tokens().get(0).index() - 2; // the token before the name, 0-based
        // "Defence Minister Arvo Lind" with only the surname tagged: a capitalised word between a title and the name is its first name
        boolean firstName = i >= 1 && "NNP".equals(sentence.get(i).tag()) && Set.of("O", "MISC").contains(sentence.get(i).ner())
                && !TITLES.contains(word(sentence.get(i))) && TITLES.contains(word(sentence.get(i - 1)));
        if (firstName) i--;
        if (i < 0 || !TITLES.contains(word(sentence.get(i)))) return m.charOffsets().first();
        int start = sentence.get(i).beginPosition();
        for (i--; i >= 0; i--) {
            CoreLabel t = sentence.get(i);
            // an organisation's name stays its own ("Brightgate analyst Nadia Kessler") unless it is part of the title ("Interior Minister")
            boolean named = !Set.of("O", "MISC", "NATIONALITY", "TITLE").contains(t.ner()) && !titleWord(sentence, i + 1);
            boolean qualifier = Character.isUpperCase(t.word().charAt(0)) && titleWord(sentence, i + 1); // "Opposition MP", "Detective Superintendent"
            // a capital that only starts the sentence is no part of the title ("Despite President X", "But Mr. X")
            boolean describes = t.tag() != null && (t.tag().startsWith("NN") || t.tag().startsWith("JJ"));
            if (!TITLES.contains(word(t)) && (!describes || !qualifier && (!capitalised(t) || named))) break;
            start = t.beginPosition();
        }
        return start;
    }

    /** An organisation NER found right before a capitalised title word is part of a person's title ("Interior Minister"). */
    private static boolean beforeTitle(CoreEntityMention m) {
        List<CoreLabel> tokens = m.tokens();
        return titleWord(m.sentence().tokens(), tokens.get(tokens.size() - 1).index());
    }

    private static boolean speakerLabel(String text, int start, int end) {
        Matcher label = SpeakerLabels.at(text, start);
        return label != null && label.end(1) == end;
    }

    private static boolean titleWord(List<CoreLabel> sentence, int i) {
        return i < sentence.size() && Character.isUpperCase(sentence.get(i).word().charAt(0)) && TITLES.contains(word(sentence.get(i)));
    }

    /**
     * Where an organisation's name starts when its country precedes it: "Ostravia's Foreign Ministry", "the Ostravian Foreign Ministry";
     * or when NER left out the words before a plural possessive: "the Lorsby Dockworkers' Union".
     */
    private static int ownerStart(CoreEntityMention m) {
        List<CoreLabel> sentence = m.sentence().tokens();
        int i = m.tokens().get(0).index() - 2;
        if (i >= 1 && (sentence.get(i).word().equals("'s") || sentence.get(i).word().equals("’s")) && capitalised(sentence.get(i - 1))
                && !sentence.get(i - 1).ner().equals("O")) {
            return sentence.get(i - 1).beginPosition();
        }
        if (i >= 1 && sentence.get(i).word().equals("'") && sentence.get(i - 1).tag().startsWith("NNP")) {
            // "the Lorsby Dockworkers' Union", where NER tagged only "Union": the capitalised words before the plural possessive
            int j = i - 1;
            while (j >= 1 && sentence.get(j - 1).tag().startsWith("NNP") && capitalised(sentence.get(j - 1))) j--;
            return sentence.get(j).beginPosition();
        }
        if (i >= 0 && capitalised(sentence.get(i)) && (sentence.get(i).ner().equals("NATIONALITY") || sentence.get(i).ner().equals("MISC"))) {
            return sentence.get(i).beginPosition();
        }
        return m.charOffsets().first();
    }

    private static boolean capitalised(CoreLabel t) {
        return Character.isUpperCase(t.word().charAt(0)) && (t.tag().startsWith("NNP") || t.tag().startsWith("JJ"));
    }

    private static String word(CoreLabel t) {
        return t.word().toLowerCase(Locale.ROOT).replace(".", "");
    }

    private static String firstNonNull(String a, String b) {
        return a != null ? a : b;
    }
}
