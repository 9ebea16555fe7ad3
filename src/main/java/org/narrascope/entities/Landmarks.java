package org.narrascope.entities;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.narrascope.DataFile;
import org.narrascope.model.Article;

/**
 * Landmarks named after a place or a river ("the Callendry railway bridge", "the Quellan river", "the River Quellan"):
 * a landmark is not the town it is named after, and each has one name however it is written (landmark-nouns.txt).
 */
final class Landmarks {

    private static final String NOUNS = String.join("|", DataFile.lines(Landmarks.class, "landmark-nouns.txt"));
    /** After a place's name: the landmark noun, with at most one word in lower case before it ("railway bridge"). */
    private static final Pattern AFTER = Pattern.compile("\\s+(?:\\p{Ll}+\\s+)?(?i:" + NOUNS + ")\\b");
    /** "Callendry railway bridge", "Quellan River": the name, a word in lower case that only qualifies, the noun. */
    private static final Pattern NAMED_AFTER = Pattern.compile("(.+?)\\s+(?:\\p{Ll}+\\s+)?((?i:" + NOUNS + "))");
    private static final Pattern RIVER_FIRST = Pattern.compile("(?i:river)\\s+(.+)");

    private Landmarks() {
    }

    /** "the River Tessel", "the Selmer bridge", which NER may leave untagged. */
    private static final Pattern UNTAGGED = Pattern.compile("\\bRiver\\s+\\p{Lu}\\p{Ll}+|(?<=\\bthe\\s)(\\p{Lu}\\p{Ll}+)\\s+(?:\\p{Ll}+\\s+)?(?:" + NOUNS + ")\\b");

    /**
     * The mentions, and every landmark NER left untagged in an article it annotated: a river written "River X", or "the X
     * bridge" where X is no country or demonym ("the Ostrelian dam" is no landmark's name).
     */
    static List<RawMention> withUntagged(List<Article> articles, List<RawMention> mentions, Places places) {
        Map<String, List<RawMention>> byArticle = mentions.stream().collect(Collectors.groupingBy(RawMention::article));
        List<RawMention> out = new ArrayList<>(mentions);
        for (Article a : articles) {
            List<RawMention> tagged = byArticle.get(a.id());
            if (tagged == null) continue; // not annotated
            for (Matcher m = UNTAGGED.matcher(a.text()); m.find(); ) {
                int start = m.start();
                int end = m.end();
                if (m.group(1) != null && (places.placeOf(m.group(1)) != null || places.demonym(m.group(1)))) continue;
                if (tagged.stream().noneMatch(x -> x.start() < end && start < x.end())) {
                    out.add(new RawMention(a.id(), m.group(), "place", start, end, null, null, false, false));
                }
            }
        }
        return out;
    }

    /** The mentions, a place's (not a country's: "a Valdoria dam breach") taking the landmark noun that follows it ("the Callendry| bridge"). */
    static List<RawMention> extend(List<Article> articles, List<RawMention> mentions) {
        Map<String, String> texts = articles.stream().collect(Collectors.toMap(Article::id, Article::text, (a, b) -> a));
        List<RawMention> out = new ArrayList<>();
        for (RawMention m : mentions) {
            String text = texts.get(m.article());
            Matcher after = text == null ? null : AFTER.matcher(text).region(m.end(), Math.min(text.length(), m.end() + 40));
            boolean landmark = m.type().equals("place") && m.country() == null && !m.demonym() && after.lookingAt();
            out.add(landmark ? new RawMention(m.article(), text.substring(m.start(), after.end()), m.type(), m.start(), after.end(), null,
                    m.acronymOf(), m.actor(), false) : m);
        }
        return out;
    }

    /** The form a landmark's key is made of ("Callendry railway bridge" -> "Callendry bridge", "River Quellan" -> "Quellan river"), else the name. */
    static String keyForm(String name) {
        Matcher river = RIVER_FIRST.matcher(name);
        if (river.matches()) return river.group(1) + " river";
        Matcher named = NAMED_AFTER.matcher(name);
        return named.matches() ? named.group(1) + " " + named.group(2).toLowerCase(Locale.ROOT) : name;
    }
}
