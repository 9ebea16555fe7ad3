package org.narrascope.eval;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;
import org.narrascope.claims.TypeAndStance;
import org.narrascope.learn.Example;
import org.narrascope.model.Claim;

/**
 * Teaches {@link TypeAndStance} from the annotated mini-corpus: each claim the rules find on a gold sentence
 * learns the types the annotators gave the claims there that agree with it best in stance and in having a
 * speaker, and the stances of those that agree best in type and in having a speaker; one on a sentence without a gold
 * claim learns {@link TypeAndStance#NO_CLAIM}. Scoring the tuning part with
 * the shipped model would score it on its own training data, so the evaluation types each article with a model
 * trained without the article's event ({@link #outOfFold}).
 */
public final class TypeAndStanceTraining {

    private static final int FOLDS = 5;

    private TypeAndStanceTraining() {
    }

    /** The claims the rules find in the corpus whose gold file is {@code gold}, with the types and stances they learn. */
    public static List<Example> examples(Path gold) throws IOException {
        List<Example> examples = new ArrayList<>();
        AnnotatedCorpus.load(gold, false, (root, articleOfFile) -> claims -> {
            examples.addAll(examples(claims, root, articleOfFile));
            return claims;
        });
        return examples;
    }

    /** Types each article's claims with a model trained on the claims of the other events' articles only. */
    static UnaryOperator<List<Claim>> outOfFold(JsonNode gold, Map<String, String> articleOfFile) {
        return claims -> {
            Map<String, Integer> fold = folds(gold, articleOfFile);
            List<Example> examples = examples(claims, gold, articleOfFile);
            // each claim as the fold's model reads it, with the claims it adds on the same sentence after it
            Set<String> ids = new HashSet<>();
            claims.forEach(c -> ids.add(c.id()));
            Map<String, List<Claim>> read = new HashMap<>();
            for (int f = 0; f < FOLDS; f++) {
                int held = f;
                List<Example> training = examples.stream().filter(e -> fold.get(e.group()) != held).toList();
                List<Claim> part = claims.stream().filter(c -> fold.get(c.article()) == held).toList();
                String from = null;
                part.forEach(c -> read.put(c.id(), new ArrayList<>())); // (a claim the model drops reads as none)
                for (Claim c : TypeAndStance.train(training, Map.of()).apply(part)) {
                    if (ids.contains(c.id())) from = c.id();
                    read.computeIfAbsent(from, x -> new ArrayList<>()).add(c);
                }
            }
            return claims.stream().flatMap(c -> read.getOrDefault(c.id(), List.of(c)).stream()).toList();
        };
    }

    /** The fold of each article: whole events go round the folds, so no model is scored on an event it learnt from. */
    private static Map<String, Integer> folds(JsonNode gold, Map<String, String> articleOfFile) {
        Map<String, Integer> out = new HashMap<>();
        int next = 0;
        for (JsonNode event : gold.path("events")) {
            for (JsonNode file : event.path("articles")) {
                String article = AnnotatedCorpus.articleOf(articleOfFile, file.asText());
                if (article != null) out.putIfAbsent(article, next % FOLDS);
            }
            next++;
        }
        for (String article : articleOfFile.values()) out.putIfAbsent(article, next++ % FOLDS);
        return out;
    }

    private static List<Example> examples(List<Claim> claims, JsonNode gold, Map<String, String> articleOfFile) {
        Map<String, List<JsonNode>> byArticle = new HashMap<>();
        for (JsonNode g : gold.path("claims")) {
            String article = AnnotatedCorpus.articleOf(articleOfFile, g.path("file").asText());
            if (article != null) byArticle.computeIfAbsent(article, a -> new ArrayList<>()).add(g);
        }
        List<Claim> learning = new ArrayList<>();
        List<Set<String>> labelsOf = new ArrayList<>();
        for (Claim c : claims) {
            String text = ClaimEvaluation.flat(c.text());
            List<JsonNode> onSentence = byArticle.getOrDefault(c.article(), List.of()).stream()
                    .filter(g -> ClaimEvaluation.overlaps(text, ClaimEvaluation.flat(g.path("sentence").asText()))).toList();
            Set<String> labels = new HashSet<>(closest(c, onSentence, "stance", "type"));
            labels.addAll(closest(c, onSentence, "type", "stance"));
            if (labels.isEmpty()) labels.add(TypeAndStance.NO_CLAIM);
            learning.add(c);
            labelsOf.add(labels);
        }
        return TypeAndStance.examples(learning, labelsOf);
    }

    /** The {@code field} values of the gold claims that agree best with {@code c} in {@code other} and in having a speaker. */
    private static Set<String> closest(Claim c, List<JsonNode> golds, String other, String field) {
        String ours = other.equals("type") ? c.type() : c.stance();
        boolean speaker = c.speaker() != null || c.speakerText() != null;
        int best = -1;
        Set<String> out = new HashSet<>();
        for (JsonNode g : golds) {
            boolean goldSpeaker = !g.path("speaker").isNull() && !g.path("speaker").isMissingNode();
            int agreement = (g.path(other).asText().equals(ours) ? 2 : 0) + (goldSpeaker == speaker ? 1 : 0);
            if (agreement > best) {
                best = agreement;
                out.clear();
            }
            if (agreement == best) out.add(g.path(field).asText());
        }
        return out;
    }
}
