package org.narrascope.claims;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import org.narrascope.DataFile;
import org.narrascope.entities.OrganisationNames;
import org.narrascope.model.Article;
import org.narrascope.nlp.Datelines;

/**
 * Whether a speaker is the article's own outlet telling of its own reporting ("Meridian Wire has
 * independently confirmed 19 deaths", "The Tribune notes that ..."): such words are the article's
 * own, asserted, not a source it reports. The outlet is known from the article's metadata (also
 * read off a credit line, "By Anna Berg, The Weekly Review") or its dateline ("ESTRAVA (Meridian
 * Wire) -"); otherwise a name ending like an outlet's ("the Gazette")
 * counts when its verb is a newsroom verb, since an outlet citing another says "reported".
 */
final class OwnOutlet {

    private static final Set<String> NEWSROOM_VERBS = new HashSet<>(DataFile.lines(OwnOutlet.class, "newsroom-verbs.txt"));

    private final Set<String> names = new HashSet<>();
    private final Set<String> authors = new HashSet<>();

    OwnOutlet(Article article) {
        if (article.outlet() != null) names.add(normal(article.outlet()));
        Datelines.in(article.text()).stream().map(Datelines.Dateline::agency).filter(Objects::nonNull).findFirst()
                .ifPresent(agency -> names.add(normal(agency)));
        for (String author : article.bylineAuthors()) authors.add(normal(author));
    }

    /**
     * Whether an interview's label ("Berg:", "Review:", "The Weekly Review:") is the article's own side of it: its
     * author, by full name or surname, or its outlet, by name or first word.
     */
    boolean asks(String label) {
        String normal = normal(label);
        return authors.stream().anyMatch(a -> a.equals(normal) || a.endsWith(" " + normal))
                || names.stream().anyMatch(n -> n.equals(normal) || n.startsWith(normal + " ") || n.endsWith(" " + normal));
    }

    /** Whether {@code name}, the subject of a verb with this lemma, is the article's outlet speaking. */
    boolean speaks(String name, String verbLemma) {
        if (name == null) return false;
        String normal = normal(name);
        if (names.contains(normal)) return true;
        List<String> words = new ArrayList<>(List.of(normal.split(" ")));
        return NEWSROOM_VERBS.contains(verbLemma) && OrganisationNames.outletWord(words.get(words.size() - 1));
    }

    private static String normal(String name) {
        return name.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N} ]", "").replaceFirst("^the ", "").strip();
    }
}
