package org.narrascope.entities;

import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.CoreDocument;
import edu.stanford.nlp.pipeline.CoreEntityMention;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.narrascope.DataFile;
import org.narrascope.model.Article;
import org.narrascope.nlp.Annotations;

/**
 * Finds the people, organisations and places an article names, with CoreNLP's English NER.
 * Demonyms count when they name an actor ("the British said", "Ukrainians") and not as adjectives
 * ("a British court"). Articles in other languages get no mentions yet: the shipped models are English.
 */
final class EntityRecognizer {

    private static final Pattern ACRONYM_AFTER = Pattern.compile("^\\s*\\(([A-Z][A-Za-z0-9.-]{1,12})\\)");
    /** "Capitalised Long Name (ACR)", whether or not NER tagged the name. */
    private static final Pattern DEFINED_ACRONYM = Pattern.compile(
            "((?:[A-Z][\\p{L}'’-]+)(?:\\s+(?:(?:of|and|for|the|on|de|del|la)\\s+)*[A-Z][\\p{L}'’-]+){1,8})\\s*\\(([A-Z][A-Z0-9-]{1,11})\\)");
    private static final Set<String> NOT_NAMES = new HashSet<>(DataFile.lines(EntityRecognizer.class, "pronouns.txt"));

    private final Countries countries;

    EntityRecognizer(Countries countries) {
        this.countries = countries;
    }

    List<RawMention> mentions(Article article, Annotations annotations) {
        CoreDocument doc = annotations.of(article);
        if (doc == null) return List.of();
        List<RawMention> out = new ArrayList<>();
        for (CoreEntityMention m : doc.entityMentions()) {
            String text = m.text();
            if (NOT_NAMES.contains(text.toLowerCase(Locale.ROOT))) continue;
            int start = m.charOffsets().first();
            int end = m.charOffsets().second();
            String type = switch (m.entityType()) {
                case "PERSON" -> "person";
                case "ORGANIZATION" -> "organization";
                case "LOCATION", "COUNTRY", "CITY", "STATE_OR_PROVINCE" -> "place";
                case "MISC", "NATIONALITY" -> actorDemonym(m) ? "place" : null;
                default -> null;
            };
            if (type == null) continue;
            String country = "place".equals(type) || "organization".equals(type)
                    ? firstNonNull(countries.byName(text), countries.byDemonym(text)) : null;
            if (country != null) type = countries.type(country);
            Matcher acronym = ACRONYM_AFTER.matcher(article.text().substring(end, Math.min(article.text().length(), end + 20)));
            out.add(new RawMention(article.id(), text, type, start, end, country,
                    acronym.find() && !type.equals("person") ? acronym.group(1) : null));
        }
        for (Matcher d = DEFINED_ACRONYM.matcher(article.text()); d.find(); ) {
            // the whole capitalised name before "(ACR)" is the long form, even where NER tagged only its tail
            int start = d.group(1).startsWith("The ") ? d.start(1) + 4 : d.start(1);
            out.removeIf(m -> m.end() == d.end(1) && m.start() > start);
            boolean known = out.stream().anyMatch(m -> m.acronymOf() != null && m.end() == d.end(1));
            if (!known) {
                out.add(new RawMention(article.id(), article.text().substring(start, d.end(1)), "organization", start, d.end(1), null, d.group(2)));
            }
        }
        return out;
    }

    /**
     * Every stand-alone occurrence of an acronym defined somewhere in the corpus that NER did not tag:
     * once "People's Water Front (PWF)" is read, "PWF" names it in every article.
     */
    static List<RawMention> acronymMentions(Article article, Set<String> acronyms, List<RawMention> existing) {
        List<RawMention> out = new ArrayList<>();
        for (String acronym : acronyms) {
            Matcher m = Pattern.compile("(?<![\\p{L}\\p{N}-])" + Pattern.quote(acronym) + "(?![\\p{L}\\p{N}-])").matcher(article.text());
            while (m.find()) {
                int start = m.start();
                int end = m.end();
                boolean tagged = existing.stream().anyMatch(x -> x.article().equals(article.id()) && x.start() < end && start < x.end());
                if (!tagged) out.add(new RawMention(article.id(), acronym, "organization", start, end, null, null));
            }
        }
        return out;
    }

    /** "the British", "Ukrainians": the demonym stands alone as a noun, not before one. */
    private boolean actorDemonym(CoreEntityMention m) {
        if (countries.byDemonym(m.text()) == null) return false;
        List<CoreLabel> sentence = m.sentence().tokens();
        List<CoreLabel> tokens = m.tokens();
        int last = tokens.get(tokens.size() - 1).index(); // 1-based within the sentence
        boolean beforeNoun = last < sentence.size() && sentence.get(last).tag().startsWith("NN");
        boolean plural = tokens.get(tokens.size() - 1).tag().equals("NNPS") || m.text().endsWith("s");
        int first = tokens.get(0).index();
        boolean afterThe = first >= 2 && sentence.get(first - 2).word().equalsIgnoreCase("the");
        return !beforeNoun && (plural || afterThe);
    }

    private static String firstNonNull(String a, String b) {
        return a != null ? a : b;
    }
}
