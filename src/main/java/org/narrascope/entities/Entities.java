package org.narrascope.entities;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.narrascope.model.Article;
import org.narrascope.model.Entity;
import org.narrascope.nlp.Annotations;

/** The entities stage: mentions found per annotated article, then resolved across the corpus. */
public final class Entities {

    private Entities() {
    }

    /** Annotates the articles itself; use the other form when another stage needs the annotations too. */
    public static List<Entity> find(List<Article> articles) {
        return find(articles, Annotations.of(articles));
    }

    public static List<Entity> find(List<Article> articles, Annotations annotations) {
        Countries countries = new Countries();
        EntityRecognizer recognizer = new EntityRecognizer(countries);
        List<RawMention> mentions = new ArrayList<>(articles.stream().flatMap(a -> recognizer.mentions(a, annotations).stream()).toList());
        // a name presented as a group's or a firm's in one article is an organisation in every one, whatever NER took it for
        Set<String> bodies = articles.stream().flatMap(a -> OrganisationNames.presented(a.text()).stream()).map(OrganisationNames.Presented::name)
                .collect(Collectors.toSet());
        mentions.replaceAll(m -> m.type().equals("person") && bodies.contains(m.text()) ? m.withType("organization") : m);
        Set<String> acronyms = mentions.stream().map(RawMention::acronymOf).filter(Objects::nonNull).collect(Collectors.toSet());
        List<RawMention> found = List.copyOf(mentions);
        for (Article a : articles) {
            if (annotations.of(a) != null) mentions.addAll(EntityRecognizer.acronymMentions(a, acronyms, found));
        }
        mentions = new ArrayList<>(Provinces.join(articles, mentions));
        Places places = new Places(countries, mentions, articles);
        mentions = new ArrayList<>(Landmarks.extend(articles, Landmarks.withUntagged(articles, places.resolve(mentions), places)));
        mentions.addAll(places.untaggedMentions(articles, mentions));
        mentions.addAll(KnownNames.mentions(articles, mentions, places));
        mentions = new ArrayList<>(KnownNames.withShortForms(articles, mentions, places));
        mentions = new ArrayList<>(KnownNames.withOwnOutlets(articles, mentions, places));
        mentions.addAll(Coreference.pronouns(articles, annotations, mentions));
        return EntityResolver.resolve(mentions, places);
    }
}
