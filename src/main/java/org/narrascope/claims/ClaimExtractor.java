package org.narrascope.claims;

import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.CoreDocument;
import edu.stanford.nlp.pipeline.CoreSentence;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
import edu.stanford.nlp.ling.IndexedWord;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.narrascope.DataFile;
import org.narrascope.model.Article;
import org.narrascope.model.Claim;
import org.narrascope.model.Span;

/**
 * Claims, sentence by sentence, from the dependency parse and cue lexicons: a reporting,
 * accusing or denying verb gives the speaker (its subject, or the X of "according to X"); cues
 * give the type (responsibility, accusation, denial, quantity, statement); the article's voice
 * decides the stance (its own words assert, attributed words are reported, denials deny,
 * rhetorical questions question). One claim per sentence in this first version.
 */
final class ClaimExtractor {

    private static final Set<String> REPORTING = new HashSet<>(DataFile.lines(ClaimExtractor.class, "reporting-verbs.txt"));
    private static final Set<String> ACCUSING = new HashSet<>(DataFile.lines(ClaimExtractor.class, "accusation-verbs.txt"));
    private static final Pattern DENIAL = cues("denial-cues.txt");
    private static final Pattern RESPONSIBILITY = cues("responsibility-cues.txt");
    private static final Pattern QUANTITY = cues("quantity-cues.txt");
    private static final Pattern NUMBER = Pattern.compile("\\b\\d[\\d,.]*\\b|\\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|"
            + "dozens?|hundreds?|thousands?)\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern ACCORDING_TO = Pattern.compile("\\baccording to ([^,.;]+)", Pattern.CASE_INSENSITIVE);

    private final EntityIndex entities;

    ClaimExtractor(EntityIndex entities) {
        this.entities = entities;
    }

    List<Claim> claims(Article article, CoreDocument doc) {
        List<Claim> out = new ArrayList<>();
        for (CoreSentence sentence : doc.sentences()) {
            Claim claim = claim(article, sentence, out.size());
            if (claim != null) out.add(claim);
        }
        return out;
    }

    private Claim claim(Article article, CoreSentence sentence, int index) {
        String text = sentence.text();
        int start = sentence.charOffsets().first();
        int end = sentence.charOffsets().second();
        boolean question = text.strip().endsWith("?") || text.strip().endsWith("?\"") || text.strip().endsWith("?”");
        boolean responsibility = RESPONSIBILITY.matcher(text).find();
        boolean denial = DENIAL.matcher(text).find();
        Matcher quantity = QUANTITY.matcher(text);
        boolean counts = quantity.find() && nearestCount(text, quantity.start()) != null;

        CoreLabel verb = null;
        String verbKind = null;
        for (CoreLabel token : sentence.tokens()) {
            String lemma = token.lemma() == null ? "" : token.lemma().toLowerCase(Locale.ROOT);
            if (!token.tag().startsWith("VB")) continue;
            if (ACCUSING.contains(lemma) && (!lemma.equals("point") || text.toLowerCase(Locale.ROOT).contains("point"))) {
                verb = token;
                verbKind = "accusation";
                break;
            }
            if (REPORTING.contains(lemma) && verb == null) {
                verb = token;
                verbKind = "report";
            }
        }
        Span speakerSpan = verb == null ? null : subjectOf(sentence.dependencyParse(), verb);
        Matcher according = ACCORDING_TO.matcher(text);
        if (speakerSpan == null && according.find()) {
            speakerSpan = new Span(start + according.start(1), start + according.end(1));
        }
        String type = responsibility ? "responsibility"
                : "accusation".equals(verbKind) ? "accusation"
                : denial ? "denial"
                : counts ? "quantity"
                : speakerSpan != null ? "statement" : null;
        if (type == null && !question) return null;
        if (type == null) type = "other";

        String speaker = speakerSpan == null ? null : entities.entityAt(article.id(), speakerSpan);
        String speakerText = speakerSpan == null ? null : article.text().substring(speakerSpan.start(), speakerSpan.end());
        if (speakerText != null && isPronoun(speakerText)) speakerText = null;
        String stance = question ? "questions" : denial ? "denies" : speakerSpan != null ? "reports" : "asserts";
        String subject = subjectOf(article, new Span(start, end), type, text, start, verb, speakerSpan, speaker);
        String object = objectOf(text, type, quantity);
        return new Claim(article.id() + "-c" + (index + 1), article.id(), new Span(start, end), text, speaker, speakerText,
                stance, type, subject, object, null);
    }

    /** Who the claim is about: for blame, the name next to the cue ("X was behind", "accused Y"); else the first name. */
    private String subjectOf(Article article, Span sentence, String type, String text, int start, CoreLabel verb,
            Span speakerSpan, String speaker) {
        if ("responsibility".equals(type)) {
            Matcher cue = RESPONSIBILITY.matcher(text);
            cue.find();
            // "X claimed responsibility": the claimant is the one it is about
            if (speaker != null && cue.group().toLowerCase(Locale.ROOT).startsWith("claim")) return speaker;
            String near = entities.entityNear(article.id(), sentence, start + cue.start(), speakerSpan, speaker);
            return near != null ? near : speaker;
        }
        if ("accusation".equals(type) && verb != null) {
            String after = entities.firstEntityIn(article.id(), new Span(verb.endPosition(), sentence.end()), speakerSpan, speaker);
            if (after != null) return after;
        }
        return entities.firstEntityIn(article.id(), sentence, speakerSpan, speaker);
    }

    /**
     * The char span of the verb's subject phrase, or null. A verb under another ("was quick to
     * blame", "by pointing at X, Britain tries…") shares its governor's subject, so the search climbs
     * xcomp and advcl links; a participle modifying a noun ("politicians accusing X") has that noun
     * as its subject.
     */
    private static Span subjectOf(SemanticGraph graph, CoreLabel verb) {
        if (graph == null) return null;
        IndexedWord node = graph.getNodeByIndexSafe(verb.index());
        for (int depth = 0; node != null && depth < 3; depth++) {
            for (SemanticGraphEdge edge : graph.outgoingEdgeIterable(node)) {
                String relation = edge.getRelation().toString();
                if (relation.equals("nsubj") || relation.equals("nsubj:pass")) return phrase(graph, edge.getDependent(), null);
            }
            SemanticGraphEdge up = graph.incomingEdgeIterable(node).iterator().hasNext()
                    ? graph.incomingEdgeIterable(node).iterator().next() : null;
            if (up == null) return null;
            String relation = up.getRelation().toString();
            if (relation.startsWith("acl")) return phrase(graph, up.getGovernor(), node);
            node = relation.startsWith("xcomp") || relation.startsWith("advcl") ? up.getGovernor() : null;
        }
        return null;
    }

    /** The span of a word and its dependents, leaving out the clause {@code except} hangs from it. */
    private static Span phrase(SemanticGraph graph, IndexedWord head, IndexedWord except) {
        Set<IndexedWord> skip = except == null ? Set.of() : graph.descendants(except);
        int from = Integer.MAX_VALUE;
        int to = -1;
        for (IndexedWord w : graph.descendants(head)) {
            if (skip.contains(w)) continue;
            from = Math.min(from, w.beginPosition());
            to = Math.max(to, w.endPosition());
        }
        return to > from ? new Span(from, to) : null;
    }

    private static String objectOf(String text, String type, Matcher quantity) {
        if ("quantity".equals(type)) {
            String number = nearestCount(text, quantity.start());
            return number == null ? null : number + " " + quantity.group().toLowerCase(Locale.ROOT);
        }
        Matcher cue = ("responsibility".equals(type) ? RESPONSIBILITY : DENIAL).matcher(text);
        if (cue.find()) {
            String rest = text.substring(cue.start()).strip();
            return rest.length() > 90 ? rest.substring(0, 87) + "…" : rest;
        }
        return null;
    }

    /** The number closest to the counted word, years and percentages left out. */
    private static String nearestCount(String text, int at) {
        Matcher n = NUMBER.matcher(text);
        String best = null;
        int distance = Integer.MAX_VALUE;
        while (n.find()) {
            String number = n.group();
            boolean year = number.matches("(?:19|20)\\d\\d");
            boolean percent = text.startsWith("%", n.end()) || text.startsWith(" per", n.end());
            if (year || percent) continue;
            int d = Math.abs(n.start() - at);
            if (d < distance) {
                distance = d;
                best = number.replaceAll("[.,]$", "");
            }
        }
        return best;
    }

    private static boolean isPronoun(String s) {
        return s.matches("(?i)he|she|they|it|we|i|you|this|that");
    }

    private static Pattern cues(String name) {
        return Pattern.compile(String.join("|", DataFile.lines(ClaimExtractor.class, name)), Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CHARACTER_CLASS);
    }
}
