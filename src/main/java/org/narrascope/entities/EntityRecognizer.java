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
