package org.narrascope.reuse;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.narrascope.model.Article;
import org.narrascope.model.ReuseLink;
import org.narrascope.model.StoryFamily;

/**
 * Groups linked articles into story families and names the likely origin of each. Members whose
 * text is contained in another's (a trimmed copy is covered by its source, not the other way round)
 * are not the origin, nor, while others remain, members marked as republished (a translator's
 * credit, an "originally published on" line). One member left is the origin; of several, the
 * earliest when all are dated; otherwise the corpus cannot tell and the origin is null.
 */
final class StoryFamilies {

    /** Coverage difference that makes one side "contain" the other. */
    static final double CONTAINMENT_MARGIN = 0.2;

    private StoryFamilies() {
    }

    static List<StoryFamily> of(List<Article> articles, List<ReuseLink> links) {
        Map<String, String> parent = new HashMap<>();
        for (ReuseLink link : links) union(parent, link.a(), link.b());
        Map<String, List<String>> groups = new LinkedHashMap<>();
        for (Article article : articles) {
            if (parent.containsKey(article.id())) groups.computeIfAbsent(find(parent, article.id()), k -> new ArrayList<>()).add(article.id());
        }
        Map<String, Article> byId = new HashMap<>();
        articles.forEach(a -> byId.put(a.id(), a));
        Map<String, List<ReuseLink>> linksOf = new HashMap<>();
        for (ReuseLink link : links) linksOf.computeIfAbsent(find(parent, link.a()), k -> new ArrayList<>()).add(link);
        List<StoryFamily> families = new ArrayList<>();
        for (Map.Entry<String, List<String>> group : groups.entrySet()) {
            List<String> members = group.getValue();
            String origin = origin(members, linksOf.get(group.getKey()), byId);
            families.add(new StoryFamily("family-" + (families.size() + 1), members, origin));
        }
        return families;
    }

    /** @param links the links inside this family */
    static String origin(List<String> members, List<ReuseLink> links, Map<String, Article> byId) {
        Set<String> contained = new HashSet<>();
        for (ReuseLink link : links) {
            if (link.coverageB() - link.coverageA() > CONTAINMENT_MARGIN) contained.add(link.b());
            if (link.coverageA() - link.coverageB() > CONTAINMENT_MARGIN) contained.add(link.a());
        }
        List<String> candidates = members.stream().filter(id -> !contained.contains(id)).toList();
        List<String> unmarked = candidates.stream().filter(id -> !isRepublication(byId.get(id))).toList();
        if (!unmarked.isEmpty()) candidates = unmarked;
        if (candidates.size() == 1) return candidates.get(0);
        return candidates.isEmpty() ? null : earliestDated(candidates, byId);
    }

    /** A translator's credit or an "originally published on" line marks a text as published before, elsewhere. */
    private static boolean isRepublication(Article a) {
        return a.translator() != null || a.provenance() != null;
    }

    /** The single earliest publication, when every member is dated; ties and gaps give null. */
    private static String earliestDated(List<String> members, Map<String, Article> byId) {
        String best = null;
        boolean tie = false;
        for (String id : members) {
            if (byId.get(id).published() == null) return null;
            int order = best == null ? -1 : compareDates(byId.get(id).published(), byId.get(best).published());
            if (order < 0) {
                best = id;
                tie = false;
            } else if (order == 0) {
                tie = true;
            }
        }
        return tie ? null : best;
    }

    /** ISO dates and instants; a bare date against a time on the same day cannot be ordered (0). */
    static int compareDates(String x, String y) {
        int byDay = x.substring(0, Math.min(10, x.length())).compareTo(y.substring(0, Math.min(10, y.length())));
        if (byDay != 0 || x.length() <= 10 || y.length() <= 10) return byDay;
        return java.time.Instant.parse(x).compareTo(java.time.Instant.parse(y));
    }

    private static String find(Map<String, String> parent, String x) {
        String root = x;
        while (!parent.get(root).equals(root)) root = parent.get(root);
        while (!parent.get(x).equals(root)) {
            String next = parent.get(x);
            parent.put(x, root);
            x = next;
        }
        return root;
    }

    private static void union(Map<String, String> parent, String a, String b) {
        parent.putIfAbsent(a, a);
        parent.putIfAbsent(b, b);
        String ra = find(parent, a);
        String rb = find(parent, b);
        if (!ra.equals(rb)) parent.put(rb, ra);
    }
}
