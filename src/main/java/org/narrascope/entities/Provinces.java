package org.narrascope.entities;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.narrascope.DataFile;
import org.narrascope.NameFold;
import org.narrascope.model.Article;

/**
 * Regional branches of an organisation, named after their province: "Northern Front of Arvenia
 * Province", "Wilayat Arvenia" and "Front of Arvenia" (a known organisation and the region) are one
 * branch, whichever spelling of the region each uses.
 */
final class Provinces {

    private static final Set<String> WORDS = DataFile.lines(Provinces.class, "province-words.txt").stream()
            .map(Provinces::spelling).collect(Collectors.toSet());
    /** A region's name right after an organisation's: "Front of Arvenia", "Front from Arvenia", "Front Arvenia", "Front-Arvenia". */
    private static final Pattern REGION_AFTER = Pattern.compile("(?:\\s+(?:of|from)\\s+|[ -])(\\p{Lu}[\\p{L}'’]+)");

    private Provinces() {
    }

    /** The folded region a province name names ("wilayat arvenia", "northern front of arvenia province" -> the fold of "arvenia"), or null. */
    static String region(String normalizedName) {
        String[] words = normalizedName.split(" ");
        if (words.length < 2) return null;
        if (isWord(words[0])) return NameFold.fold(words[1]);
        if (isWord(words[words.length - 1]) && !words[words.length - 2].equals("of")) return NameFold.fold(words[words.length - 2]);
        return null;
    }

    /** "Wilayat" alone names no branch: it is no short form. */
    static boolean isWord(String word) {
        return WORDS.contains(spelling(word));
    }

    /** Transliterations write the same word with w or v. */
    private static String spelling(String word) {
        return word.toLowerCase(Locale.ROOT).replace('w', 'v');
    }

    /** A name that begins with a province word is a branch, an organisation, whatever NER took it for. */
    static boolean branchName(String text) {
        String[] words = text.strip().toLowerCase(Locale.ROOT).split("\\s+");
        return words.length >= 2 && isWord(words[0]);
    }

    /**
     * The mentions with each organisation's name that goes on with a province's region ("Front" then
     * " of Arvenia") stretched over the region, and the region's own mention dropped: one mention of the
     * branch, when some name in the corpus makes the region a province.
     */
    static List<RawMention> join(List<Article> articles, List<RawMention> mentions) {
        Set<String> regions = new HashSet<>();
        for (RawMention m : mentions) {
            String r = region(EntityResolver.normalize(m.text()));
            if (r != null) regions.add(r);
        }
        if (regions.isEmpty()) return mentions;
        Map<String, String> texts = articles.stream().collect(Collectors.toMap(Article::id, Article::text, (a, b) -> a));
        List<RawMention> out = new ArrayList<>(mentions);
        for (RawMention a : mentions) {
            String text = texts.get(a.article());
            if (text == null || !a.type().equals("organization") || region(EntityResolver.normalize(a.text())) != null) continue;
            Matcher after = REGION_AFTER.matcher(text).region(a.end(), text.length());
            if (!after.lookingAt() || !regions.contains(NameFold.fold(after.group(1)))) continue;
            // a short form inside a longer name ("Front" in "Front of Arvenia Province") is that name already
            if (mentions.stream().anyMatch(m -> m.article().equals(a.article()) && m.start() <= a.start() && m.end() > a.end())) continue;
            int end = after.end();
            out.removeIf(m -> m.article().equals(a.article()) && m.start() >= a.start() && m.end() <= end && m.end() > a.end() || m == a);
            out.add(new RawMention(a.article(), text.substring(a.start(), end), "organization", a.start(), end, null, null, a.actor(), false));
        }
        return out;
    }
}
