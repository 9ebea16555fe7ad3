package org.narrascope.eval;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.narrascope.claims.UnnamedSources;
import org.narrascope.model.Claim;
import org.narrascope.model.Entity;
import org.narrascope.model.Event;
import org.narrascope.model.Question;

/**
 * Scores claims against the hand-annotated mini-corpus ({@code eval/claims/gold.json}), and against
 * its held-out part ({@code held-out/gold.json} beside it) when there is one. A predicted claim
 * matches a gold claim when their sentences overlap (of several claims on one sentence, first one that
 * agrees fully with it, else the one that agrees best: type, then stance and speaker, then the count); it
 * is fully right when type, stance and speaker agree too (a speaker agrees when the entity's name or one
 * of its aliases is the gold name or one of its forms, a leading "the" aside). The errors are listed for
 * the tuning part only, so the held-out part stays unseen by whoever tunes the cues.
 */
public final class ClaimEvaluation {

    private ClaimEvaluation() {
    }

    public static void run(Path gold, boolean deep, PrintWriter out) throws IOException {
        Result tuned = AnnotatedCorpus.scoreParts(gold, deep, out, ClaimEvaluation::score);
        out.println("Errors in the tuning part (gold -> predicted; a claim found for no gold claim is 'extra'):");
        tuned.errors().forEach(out::println);
        out.flush();
    }

    private record Result(int articles, int goldClaims, int predicted, int matched, int fullyRight, int stanceRight, int typeRight,
            int speakerRight, Map<String, Score> answers, double[] events, Map<String, Integer> typeConfusion, Map<String, Integer> stanceConfusion,
            List<String> errors) implements AnnotatedCorpus.PartResult {

        @Override
        public void print(String part, PrintWriter out) {
            out.printf(Locale.ROOT, "%s: %d articles; gold claims: %d; predicted claims: %d.%n%n", part, articles, goldClaims, predicted);
            out.println(Score.header("claims"));
            out.println(new Score(matched, predicted, goldClaims).row("claim sentences found"));
            out.println(new Score(fullyRight, predicted, goldClaims).row("claims (type + speaker + stance right)"));
            out.println(answers.get("all").row("answers: (answer, article, role) triples"));
            for (String kind : QUESTION_KINDS) {
                if (answers.containsKey(kind)) out.println(answers.get(kind).row("  of " + kind + " questions"));
            }
            out.printf(Locale.ROOT, "events (articles grouped by the event they report, B-cubed): P %.3f R %.3f F1 %.3f%n",
                    events[0], events[1], events[2]);
            out.printf(Locale.ROOT, "on the %d matched claims: stance accuracy %.3f, type accuracy %.3f, speaker accuracy %.3f%n",
                    matched, ratio(stanceRight, matched), ratio(typeRight, matched), ratio(speakerRight, matched));
            out.println("type (gold -> predicted): " + typeConfusion);
            out.println("stance (gold -> predicted): " + stanceConfusion);
        }
    }

    private static Result score(AnnotatedCorpus corpus) {
        List<Entity> entities = corpus.analysis().entities();
        List<Claim> claims = corpus.analysis().claims();
        Map<String, Entity> entityById = new HashMap<>();
        entities.forEach(e -> entityById.put(e.id(), e));

        int goldClaims = 0, matched = 0, fullyRight = 0, stanceRight = 0, typeRight = 0, speakerRight = 0;
        Map<String, Integer> typeConfusion = new TreeMap<>();
        Map<String, Integer> stanceConfusion = new TreeMap<>();
        List<String> errors = new ArrayList<>();
        Set<String> usedPredictions = new HashSet<>();
        // a claim that agrees fully with one of the gold claims on its sentence is paired with it first: else a gold claim
        // listed before that one would take it as a wrong match
        Map<JsonNode, Claim> agreeing = new IdentityHashMap<>();
        for (JsonNode g : corpus.gold().path("claims")) {
            String article = corpus.article(g.path("file").asText());
            String sentence = flat(g.path("sentence").asText());
            for (Claim c : claims) {
                if (!usedPredictions.contains(c.id()) && onSentence(c, article, sentence) && c.type().equals(g.path("type").asText())
                        && c.stance().equals(g.path("stance").asText())
                        && sameSpeaker(c.speaker() == null ? null : entityById.get(c.speaker()), g.path("speaker"), corpus)) {
                    agreeing.put(g, c);
                    usedPredictions.add(c.id());
                    break;
                }
            }
        }
        for (JsonNode g : corpus.gold().path("claims")) {
            goldClaims++;
            String article = corpus.article(g.path("file").asText());
            String file = corpus.file(article);
            String sentence = flat(g.path("sentence").asText());
            String expected = g.path("type").asText() + " " + g.path("stance").asText() + " by " + g.path("speaker").asText("the article");
            // else, of the unused claims on the sentence, the one that agrees best (a sentence may carry several)
            Claim hit = agreeing.get(g);
            int best = -1;
            for (Claim c : hit == null ? claims : List.<Claim>of()) {
                if (!usedPredictions.contains(c.id()) && onSentence(c, article, sentence)) {
                    int agreement = (c.type().equals(g.path("type").asText()) ? 4 : 0) + (c.stance().equals(g.path("stance").asText()) ? 2 : 0)
                            + (sameSpeaker(c.speaker() == null ? null : entityById.get(c.speaker()), g.path("speaker"), corpus) ? 2 : 0)
                            + (c.object() != null && firstWord(c.object()).equals(firstWord(g.path("object").asText())) ? 1 : 0);
                    if (agreement > best) {
                        hit = c;
                        best = agreement;
                    }
                }
            }
            if (hit == null) {
                errors.add("missed  " + file + ": " + expected + " | " + g.path("sentence").asText());
                continue;
            }
            usedPredictions.add(hit.id());
            matched++;
            boolean stance = hit.stance().equals(g.path("stance").asText());
            boolean type = hit.type().equals(g.path("type").asText());
            Entity speakerEntity = hit.speaker() == null ? null : entityById.get(hit.speaker());
            boolean speaker = sameSpeaker(speakerEntity, g.path("speaker"), corpus);
            typeConfusion.merge(g.path("type").asText() + " -> " + hit.type(), 1, Integer::sum);
            stanceConfusion.merge(g.path("stance").asText() + " -> " + hit.stance(), 1, Integer::sum);
            if (stance) stanceRight++;
            if (type) typeRight++;
            if (speaker) speakerRight++;
            if (stance && type && speaker) {
                fullyRight++;
            } else {
                String got = hit.type() + " " + hit.stance() + " by "
                        + (speakerEntity != null && !speakerEntity.type().equals(UnnamedSources.TYPE) ? speakerEntity.name()
                        : speakerEntity != null ? "unnamed '" + hit.speakerText() + "'"
                        : hit.speakerText() != null ? "'" + hit.speakerText() + "'" : "the article");
                errors.add("wrong   " + file + ": " + expected + " -> " + got + " | " + g.path("sentence").asText());
            }
        }
        for (Claim c : claims) {
            if (!usedPredictions.contains(c.id())) {
                errors.add("extra   " + corpus.file(c.article()) + ": " + c.type() + " " + c.stance() + " | " + c.text().replaceAll("\\s+", " "));
            }
        }
        return new Result(corpus.articles().size(), goldClaims, claims.size(), matched, fullyRight, stanceRight, typeRight, speakerRight,
                answerScores(corpus, corpus.analysis().questions(), entities), eventScore(corpus), typeConfusion, stanceConfusion, errors);
    }

    /** The kinds of question, by their first word, in the order they are printed. */
    private static final List<String> QUESTION_KINDS = List.of("who", "how", "where", "when");

    /**
     * Who asserts, reports and disputes which answer: every (answer, article, role) in the gold
     * questions against the same in ours, in all and by kind of question ("all", "who", "how",
     * "where", "when"). Answers meet when an entity's name or alias, the number or the date
     * equals the gold answer.
     */
    static Map<String, Score> answerScores(AnnotatedCorpus corpus, List<Question> questions, List<Entity> entities) {
        Map<String, Score> out = new java.util.LinkedHashMap<>();
        out.put("all", answerScore(corpus, questions, entities, null));
        for (String kind : QUESTION_KINDS) {
            Score s = answerScore(corpus, questions, entities, kind);
            if (s.gold() > 0 || s.predicted() > 0) out.put(kind, s);
        }
        return out;
    }

    private static Score answerScore(AnnotatedCorpus corpus, List<Question> questions, List<Entity> entities, String kind) {
        Map<String, Entity> byId = new HashMap<>();
        entities.forEach(e -> byId.put(e.id(), e));
        Set<String> predicted = new HashSet<>();
        long predictedTriples = 0;
        for (Question q : questions) {
            if (kind != null && !kindOf(q.text()).equals(kind)) continue;
            for (Question.Answer a : q.answers()) {
                predictedTriples += a.assertedBy().size() + a.reportedBy().size() + a.disputedBy().size();
                Set<String> keys = new HashSet<>();
                keys.add(flat(a.answer()));
                if (a.entity() != null) byId.get(a.entity()).aliases().forEach(x -> keys.add(flat(x)));
                for (String key : keys) {
                    a.assertedBy().forEach(x -> predicted.add(key + "|" + x + "|asserts"));
                    a.reportedBy().forEach(x -> predicted.add(key + "|" + x + "|reports"));
                    a.disputedBy().forEach(x -> predicted.add(key + "|" + x + "|disputes"));
                }
            }
        }
        int gold = 0, tp = 0;
        for (JsonNode q : corpus.gold().path("questions")) {
            if (kind != null && !kindOf(q.path("question").asText()).equals(kind)) continue;
            for (JsonNode a : q.path("answers")) {
                String key = flat(a.path("answer").asText()).replace(",", "");
                for (String[] role : new String[][] {{"assertedBy", "asserts"}, {"reportedBy", "reports"}, {"disputedBy", "disputes"}}) {
                    for (JsonNode file : a.path(role[0])) {
                        gold++;
                        String article = corpus.article(file.asText());
                        if (predicted.contains(key + "|" + article + "|" + role[1])) tp++;
                    }
                }
            }
        }
        return new Score(tp, (int) predictedTriples, gold);
    }

    private static String kindOf(String question) {
        return question.strip().split("\\s+")[0].toLowerCase(Locale.ROOT);
    }

    /**
     * B-cubed precision, recall and F1 of the events found against the gold {@code events}: for each
     * article, the share of its predicted event's articles that share its gold event, and the reverse.
     */
    static double[] eventScore(AnnotatedCorpus corpus) {
        List<Set<String>> gold = new ArrayList<>();
        for (JsonNode e : corpus.gold().path("events")) {
            Set<String> members = new HashSet<>();
            e.path("articles").forEach(f -> members.add(corpus.article(f.asText())));
            gold.add(members);
        }
        return Clustering.bCubed(gold, corpus.analysis().events().stream().map(Event::articles).toList());
    }

    /**
     * The predicted entity is the gold speaker when its name or an alias is the gold entity's name or one of its forms. The
     * golds written before round 23 give an unnamed source's words to no one ({@code reports} by the article), the later
     * ones to an "unnamed ..." entity: no speaker in the gold is also an unnamed source found.
     */
    private static boolean sameSpeaker(Entity predicted, JsonNode gold, AnnotatedCorpus corpus) {
        if (gold.isNull() || gold.isMissingNode()) return predicted == null || predicted.type().equals(UnnamedSources.TYPE);
        if (predicted == null) return false;
        // (a leading "the" is no part of the name: "the Ministry of Internal Affairs" is the Ministry of Internal Affairs)
        Set<String> names = new HashSet<>();
        names.add(name(gold.asText()));
        corpus.formsOf(gold.asText()).forEach(f -> names.add(name(f)));
        return names.contains(name(predicted.name())) || predicted.aliases().stream().anyMatch(a -> names.contains(name(a)));
    }

    private static String name(String form) {
        return flat(form).replaceFirst("^the ", "");
    }

    /** Whether {@code c} is on the gold claim's sentence ({@code sentence} flattened) in {@code article}. */
    private static boolean onSentence(Claim c, String article, String sentence) {
        return c.article().equals(article) && overlaps(flat(c.text()), sentence);
    }

    private static String firstWord(String s) {
        return s.strip().split("\\s+")[0].replace(",", "");
    }

    static boolean overlaps(String a, String b) {
        return a.contains(b) || b.contains(a);
    }

    private static double ratio(int n, int d) {
        return d == 0 ? 0 : n / (double) d;
    }

    static String flat(String s) {
        return s.toLowerCase(Locale.ROOT).replaceAll("[“”\"’']", "").replaceAll("\\s+", " ").strip();
    }
}
