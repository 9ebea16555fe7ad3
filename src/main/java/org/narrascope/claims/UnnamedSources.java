package org.narrascope.claims;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.narrascope.DataFile;
import org.narrascope.model.Article;
import org.narrascope.model.Claim;
import org.narrascope.model.Entity;
import org.narrascope.model.Mention;
import org.narrascope.model.Span;

/**
 * The sources an article quotes without naming them ("one resident", "two officials who asked not to be named", "a
 * person familiar with the investigation") as entities of type {@value #TYPE}, so that an analyst can follow what each
 * says and see how much of a story rests on them. The words of one article with one head are one source ("the
 * officials", "one of the officials", "both officials"); a source is never the same in two articles.
 */
public final class UnnamedSources {

    /** The entity type of a source the article does not name. */
    public static final String TYPE = "unnamed";

    /** Every form of a head in {@code unnamed-sources.txt}, singular and plural, to its singular. */
    private static final Map<String, String> HEADS = new HashMap<>();
    /** The plural of each head's singular. */
    private static final Map<String, String> PLURALS = new HashMap<>();

    /** "one of the officials": the head is in what follows. */
    private static final Pattern PARTITIVE = Pattern.compile(
            "(?i)^(?:one|two|three|four|five|some|many|most|several|none|both|all|each|either|neither|another|any) of (?:the|their|its|his|her|our) ");
    private static final Pattern PREPOSITION_FIRST = Pattern.compile("(?i)(?:of|to|for|by|with|from|in|on|at|about)\\b");
    /** Where the words that say who the source is end and those that say more about them begin. */
    private static final Pattern DESCRIPTION_END = Pattern.compile(
            "(?i),|\\s(?:who|whose|which|that|of|for|at|in|on|with|from|near|inside|outside|by|to|familiar|close)\\b");

    /**
     * How an article first presents a source it will not name: "two officials who asked not to be named", "a nurse whose
     * ward was hit" (without the clause it may be anyone counted, "eleven miners were rescued").
     */
    private static final String PRESENTING = "(?i)\\b(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|\\d+|several|some|many)\\s+"
            + "(?:(?!(?:of|the|their|its|his|her|our|and)\\b)[\\p{L}-]+\\s+){0,3}?(?:%s),?\\s+(?:who|whose)\\b[^,.;:\"“”]*?(?=\\s+(?:said|says|say|told|tells?)\\b|[,.;:\"“”]|$)";

    static {
        for (String line : DataFile.lines(UnnamedSources.class, "unnamed-sources.txt")) {
            String[] forms = line.split("\\s+");
            String plural = forms.length > 1 ? forms[1] : forms[0] + "s";
            HEADS.put(forms[0], forms[0]);
            HEADS.put(plural, forms[0]);
            PLURALS.put(forms[0], plural);
        }
    }

    private UnnamedSources() {
    }

    /** The claims, those of unnamed sources now spoken by them, and the entities, the unnamed sources after the named. */
    public record Sourced(List<Claim> claims, List<Entity> entities) {
    }

    public static Sourced name(List<Article> articles, List<Claim> claims, List<Entity> named) {
        Map<String, String> texts = new HashMap<>();
        articles.forEach(a -> texts.put(a.id(), a.text()));
        Map<String, Source> sources = new LinkedHashMap<>();
        List<Claim> out = new ArrayList<>(claims.size());
        for (Claim c : claims) {
            String head = c.speaker() == null && c.speakerText() != null ? head(c.speakerText()) : null;
            if (head == null) {
                out.add(c);
                continue;
            }
            Source source = sources.computeIfAbsent(c.article() + "\t" + head,
                    k -> new Source("e" + (named.size() + sources.size() + 1), c.article(), head));
            source.add(c, texts.getOrDefault(c.article(), ""));
            out.add(new Claim(c.id(), c.article(), c.span(), c.text(), source.id, c.speakerText(), c.stance(), c.type(), c.subject(),
                    c.object(), c.question()));
        }
        if (sources.isEmpty()) return new Sourced(claims, named);
        List<Entity> entities = new ArrayList<>(named);
        sources.values().forEach(s -> entities.add(s.entity(texts.getOrDefault(s.article, ""))));
        // salience is a share of all mentions: the unnamed sources' mentions count too
        double all = entities.stream().mapToInt(e -> e.mentions().size()).sum();
        entities.replaceAll(e -> new Entity(e.id(), e.name(), e.type(), e.aliases(), e.mentions(), Math.round(e.mentions().size() / all * 10000) / 10000.0));
        return new Sourced(out, entities);
    }

    /** The singular of the head of words naming a source no one is named in ("one of the officials": "official"), or null. */
    static String head(String words) {
        // (words a misparse cut out of a phrase, "of people", name no one)
        if (PREPOSITION_FIRST.matcher(words.strip()).lookingAt()) return null;
        String description = PARTITIVE.matcher(words.strip()).replaceFirst("");
        Matcher end = DESCRIPTION_END.matcher(description);
        if (end.find()) description = description.substring(0, end.start());
        String head = null;
        // the last head word before the end: "the hostage's mother" is a mother
        for (String word : description.toLowerCase(Locale.ROOT).split("[^\\p{L}-]+")) {
            if (HEADS.containsKey(word)) head = HEADS.get(word);
        }
        return head;
    }

    /** One unnamed source: the words naming it, in order, and where its claims name it. */
    private static final class Source {

        final String id;
        final String article;
        final String head;
        final Set<String> forms = new LinkedHashSet<>();
        final Set<Span> spans = new LinkedHashSet<>();

        Source(String id, String article, String head) {
            this.id = id;
            this.article = article;
            this.head = head;
        }

        void add(Claim c, String text) {
            String words = c.speakerText().strip();
            int comma = words.indexOf(", ");
            forms.add(comma > 0 ? words.substring(0, comma) : words);
            forms.add(words);
            // the words as the claim's sentence has them (a quotation's "she said" names the woman told of before)
            int at = text.indexOf(words, c.span().start());
            if (at >= 0 && at + words.length() <= c.span().end()) spans.add(new Span(at, at + words.length()));
        }

        Entity entity(String text) {
            // named after the words that first present it, where the article has them before or where its first claim names it
            int first = spans.stream().mapToInt(Span::start).min().orElse(text.length());
            Matcher presenting = Pattern.compile(PRESENTING.formatted(Pattern.quote(head) + "|" + Pattern.quote(PLURALS.get(head)))).matcher(text);
            List<String> names = new ArrayList<>();
            List<Span> where = new ArrayList<>(spans);
            if (presenting.find() && presenting.start() <= first) {
                names.add(presenting.group());
                where.add(new Span(presenting.start(), presenting.end()));
            }
            names.addAll(forms);
            names = List.copyOf(new LinkedHashSet<>(names));
            List<Mention> mentions = where.stream().sorted(Comparator.comparingInt(Span::start)).map(s -> new Mention(article, s)).toList();
            return new Entity(id, names.get(0), TYPE, names.subList(1, names.size()), mentions, 0);
        }
    }
}
