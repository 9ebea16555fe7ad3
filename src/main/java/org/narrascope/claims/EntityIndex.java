package org.narrascope.claims;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.narrascope.model.Entity;
import org.narrascope.model.Mention;
import org.narrascope.model.Span;

/** Entity mentions by article and position, to name the speaker and subject of a claim. */
final class EntityIndex {

    private record Located(Span span, String entity, String type) {
    }

    private final Map<String, List<Located>> byArticle = new HashMap<>();

    EntityIndex(List<Entity> entities) {
        for (Entity e : entities) {
            for (Mention m : e.mentions()) byArticle.computeIfAbsent(m.article(), k -> new ArrayList<>()).add(new Located(m.span(), e.id(), e.type()));
        }
        byArticle.values().forEach(list -> list.sort(Comparator.comparingInt(l -> l.span().start())));
    }

    /**
     * The entity a speaker phrase names: a person if one is named ("Interior Minister Olga Ivanova",
     * "the spokesman, Thomas Ashby"), else the first entity ("The NLF, a group active in Ostravia").
     */
    String entityAt(String article, Span span) {
        String first = null;
        for (Located l : byArticle.getOrDefault(article, List.of())) {
            if (!inside(l.span(), span)) continue;
            if (l.type().equals("person")) return l.entity();
            if (first == null) first = l.entity();
        }
        return first;
    }

    /** The first entity named in {@code span} outside the speaker's own words and other than the speaker, or null. */
    String firstEntityIn(String article, Span span, Span speakerWords, String speaker) {
        for (Located l : byArticle.getOrDefault(article, List.of())) {
            if (!inside(l.span(), span) || l.entity().equals(speaker)) continue;
            if (speakerWords != null && inside(l.span(), speakerWords)) continue;
            return l.entity();
        }
        return null;
    }

    /**
     * The entity named nearest before {@code position} within {@code span} ("X was behind", "X claimed
     * responsibility"), else the first after it ("accused X"), skipping the speaker; or null.
     */
    String entityNear(String article, Span span, int position, Span speakerWords, String speaker) {
        String before = null;
        for (Located l : byArticle.getOrDefault(article, List.of())) {
            if (!inside(l.span(), span) || l.entity().equals(speaker)) continue;
            if (speakerWords != null && inside(l.span(), speakerWords)) continue;
            if (l.span().end() <= position) before = l.entity();
            else return before != null ? before : l.entity();
        }
        return before;
    }

    private static boolean inside(Span inner, Span outer) {
        return inner.start() >= outer.start() && inner.end() <= outer.end();
    }
}
