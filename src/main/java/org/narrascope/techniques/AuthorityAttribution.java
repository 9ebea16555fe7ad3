package org.narrascope.techniques;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.narrascope.learn.FeatureSpace;
import org.narrascope.learn.LabelTexts;

/**
 * Opinions attributed to an authority. Unnamed or collective: "experts believe", "according to
 * analysts", "the consensus among historians", "as any economist will tell you"; anonymous:
 * "security sources say"; or a speaker given standing by a title or office: "the bishop warned",
 * "said Dr. X, a professor at Y". An unnamed authority word ({@code authority.tsv}: experts and professions, or anonymous sources and
 * officials) counts when an opinion word is within {@value #AFTER} words after it or
 * {@value #BEFORE} before it ("say experts"), or a lead-in phrase ends at most
 * {@value #GAP} words before it ("according to leading experts"); a title counts with a speech word
 * within {@value #TITLE_WINDOW} words. The technique model reads the three counts (experts,
 * sources, titles) as dense features: the hashed words alone did not make of these constructions.
 */
final class AuthorityAttribution {

    static final int AFTER = 4;
    static final int BEFORE = 2;
    static final int GAP = 2;
    /** Speech words around a title or office ("Professor X of Y University warned"). */
    static final int TITLE_WINDOW = 6;
    /** Number of dense features: attributions to experts, to sources, to titled speakers. */
    static final int FEATURES = 3;

    private static final Set<String> EXPERTS;
    private static final Set<String> SOURCES;
    private static final Set<String> TITLES;
    private static final Set<String> SPEECH;
    private static final Set<String> OPINIONS;
    private static final List<List<String>> LEAD_INS;

    static {
        LabelTexts words = LabelTexts.resource(AuthorityAttribution.class, "authority.tsv");
        EXPERTS = Set.copyOf(words.of("expert"));
        SOURCES = Set.copyOf(words.of("source"));
        TITLES = Set.copyOf(words.of("title"));
        SPEECH = Set.copyOf(words.of("speech"));
        OPINIONS = Set.copyOf(words.of("opinion"));
        List<List<String>> leadIns = new ArrayList<>();
        for (String phrase : words.of("lead-in")) leadIns.add(FeatureSpace.words(phrase));
        LEAD_INS = List.copyOf(leadIns);
        Set<String> kinds = new HashSet<>(words.labels());
        kinds.removeAll(Set.of("expert", "source", "title", "speech", "opinion", "lead-in"));
        if (!kinds.isEmpty()) throw new IllegalStateException("authority.tsv: unknown kinds " + kinds);
    }

    private AuthorityAttribution() {
    }

    /** Attributions to experts and to sources among lower-cased {@code words} (as {@link FeatureSpace#words}). */
    static int[] counts(List<String> words) {
        int[] out = new int[FEATURES];
        for (int i = 0; i < words.size(); i++) {
            String w = words.get(i);
            if ((EXPERTS.contains(w) || SOURCES.contains(w)) && attributed(words, i)) out[EXPERTS.contains(w) ? 0 : 1]++;
            if (TITLES.contains(w) && near(words, i, TITLE_WINDOW, TITLE_WINDOW, SPEECH)) out[2]++;
        }
        return out;
    }

    private static boolean attributed(List<String> words, int at) {
        if (near(words, at, BEFORE, AFTER, OPINIONS)) return true;
        for (int end = Math.max(0, at - 1 - GAP); end < at; end++) {
            for (List<String> lead : LEAD_INS) if (endsAt(words, lead, end)) return true;
        }
        return false;
    }

    private static boolean near(List<String> words, int at, int before, int after, Set<String> wanted) {
        for (int j = Math.max(0, at - before); j <= Math.min(words.size() - 1, at + after); j++) {
            if (j != at && wanted.contains(words.get(j))) return true;
        }
        return false;
    }

    private static boolean endsAt(List<String> words, List<String> phrase, int end) {
        int start = end - phrase.size() + 1;
        if (start < 0) return false;
        for (int k = 0; k < phrase.size(); k++) if (!words.get(start + k).equals(phrase.get(k))) return false;
        return true;
    }
}
