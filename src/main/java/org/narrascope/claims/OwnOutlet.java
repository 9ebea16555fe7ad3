package org.narrascope.claims;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.narrascope.DataFile;
import org.narrascope.model.Article;

/**
 * Whether a speaker is the article's own outlet telling of its own reporting ("Meridian Wire has
 * independently confirmed 19 deaths", "The Tribune notes that ..."): such words are the article's
 * own, asserted, not a source it reports. The outlet is known from the article's metadata or its
 * dateline ("ESTRAVA (Meridian Wire) -"); otherwise a name ending like an outlet's ("the Gazette")
 * counts when its verb is a newsroom verb, since an outlet citing another says "reported".
 */
final class OwnOutlet {

    private static final Set<String> OUTLET_WORDS = new HashSet<>(DataFile.lines(OwnOutlet.class, "outlet-words.txt"));
    private static final Set<String> NEWSROOM_VERBS = new HashSet<>(DataFile.lines(OwnOutlet.class, "newsroom-verbs.txt"));
    /** A wire dateline: a place in capitals, the outlet in parentheses, a dash. */
    private static final Pattern DATELINE = Pattern.compile("(?m)^\\p{Lu}[\\p{Lu} .'’-]+\\s+\\(([^)]{2,60})\\)\\s*[-–—]");

    private final Set<String> names = new HashSet<>();

    OwnOutlet(Article article) {
        if (article.outlet() != null) names.add(normal(article.outlet()));
        Matcher dateline = DATELINE.matcher(article.text());
        if (dateline.find()) names.add(normal(dateline.group(1)));
    }

    /** Whether {@code name}, the subject of a verb with this lemma, is the article's outlet speaking. */
    boolean speaks(String name, String verbLemma) {
        if (name == null) return false;
        String normal = normal(name);
        if (names.contains(normal)) return true;
        List<String> words = new ArrayList<>(List.of(normal.split(" ")));
        return NEWSROOM_VERBS.contains(verbLemma) && OUTLET_WORDS.contains(words.get(words.size() - 1));
    }

    private static String normal(String name) {
        return name.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N} ]", "").replaceFirst("^the ", "").strip();
    }
}
