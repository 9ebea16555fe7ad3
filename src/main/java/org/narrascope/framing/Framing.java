package org.narrascope.framing;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.narrascope.model.Article;
import org.narrascope.model.Entity;
import org.narrascope.model.Mention;
import org.narrascope.model.Role;
import org.narrascope.model.Span;
import org.narrascope.nlp.SentenceEmbeddings;

/**
 * The framing stage of an analysis: the role each English article gives its salient entities
 * (people, organisations, places named at least twice, or the most mentioned ones), read from the
 * sentences of their first mentions.
 */
public final class Framing {

    /** Entities judged per article, most mentioned first. */
    static final int SALIENT_PER_ARTICLE = 8;
    /** Mentions read per entity: enough to see how it is cast, few enough to stay on topic. */
    static final int MENTIONS_READ = 4;

    private Framing() {
    }

    public static List<Role> find(List<Article> articles, List<Entity> entities, FramingClassifier classifier) {
        Map<String, Article> byId = new LinkedHashMap<>();
        for (Article a : articles) if (SentenceEmbeddings.LANGUAGE.equals(a.language())) byId.put(a.id(), a);
        List<String[]> pairs = new ArrayList<>();
        List<FramingClassifier.Mentions> actors = new ArrayList<>();
        for (Article a : byId.values()) {
            Map<Entity, List<Span>> here = new LinkedHashMap<>();
            for (Entity e : entities) {
                for (Mention m : e.mentions()) if (m.article().equals(a.id())) here.computeIfAbsent(e, k -> new ArrayList<>()).add(m.span());
            }
            List<Map.Entry<Entity, List<Span>>> salient = here.entrySet().stream()
                    .sorted(Comparator.comparingInt((Map.Entry<Entity, List<Span>> en) -> -en.getValue().size()))
                    .limit(SALIENT_PER_ARTICLE).toList();
            for (var en : salient) {
                List<Span> spans = en.getValue().stream().sorted(Comparator.comparingInt(Span::start)).limit(MENTIONS_READ).toList();
                pairs.add(new String[] {a.id(), en.getKey().id()});
                actors.add(new FramingClassifier.Mentions(a.text(), spans));
            }
        }
        List<FramingClassifier.Features> features = classifier.features(actors);
        List<Role> out = new ArrayList<>();
        for (int i = 0; i < actors.size(); i++) {
            FramingClassifier.Role r = classifier.decide(features.get(i));
            out.add(new Role(pairs.get(i)[0], pairs.get(i)[1], r.main().toLowerCase(Locale.ROOT), r.fine(), r.score(), r.evidence()));
        }
        return out;
    }
}
