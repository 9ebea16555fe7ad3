package org.narrascope.eval;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.narrascope.model.Entity;

/**
 * Scores entity resolution against hand-made clusters ({@code eval/claims/gold.json}, and its
 * held-out part when there is one): every pair of gold name forms is either the same entity or
 * not, in the gold and in the output. A form the stage never found stands alone, so missed names
 * cost recall. Errors are listed for the tuning part only.
 */
public final class EntityEvaluation {

    private EntityEvaluation() {
    }

    public static void run(Path gold, boolean deep, PrintWriter out) throws IOException {
        Result tuned = AnnotatedCorpus.scoreParts(gold, deep, out, EntityEvaluation::score);
        out.println("Errors in the tuning part:");
        out.println("gold forms not found: " + tuned.notFound());
        out.println("gold entities split over several found entities: " + tuned.split());
        out.println("found entities joining several gold entities: " + tuned.joined());
        out.flush();
    }

    private record Result(int articles, int goldEntities, int forms, int found, Score clusters, List<String> notFound,
            List<String> split, List<String> joined) implements AnnotatedCorpus.PartResult {

        @Override
        public void print(String part, PrintWriter out) {
            out.printf(Locale.ROOT, "%s: %d articles; gold entities: %d with %d name forms; entities found: %d.%n%n",
                    part, articles, goldEntities, forms, found);
            out.println(Score.header("entities"));
            out.println(clusters.row("entity clusters (pairs of name forms)"));
            out.println(new Score(forms - notFound.size(), forms, forms).row("name forms found at all (recall)"));
        }
    }

    private static Result score(AnnotatedCorpus corpus) {
        List<Entity> entities = corpus.analysis().entities();
        Map<String, Integer> predicted = new HashMap<>();
        for (int i = 0; i < entities.size(); i++) {
            Entity e = entities.get(i);
            predicted.putIfAbsent(normalize(e.name()), i);
            for (String alias : e.aliases()) predicted.putIfAbsent(normalize(alias), i);
        }
        List<String> forms = new ArrayList<>();
        List<Integer> goldCluster = new ArrayList<>();
        List<String> goldNames = new ArrayList<>();
        for (JsonNode entity : corpus.gold().path("entities")) {
            for (JsonNode form : entity.path("forms")) {
                String f = normalize(form.asText());
                if (!forms.contains(f)) {
                    forms.add(f);
                    goldCluster.add(goldNames.size());
                }
            }
            goldNames.add(entity.path("name").asText());
        }
        int tp = 0, predictedSame = 0, goldSame = 0;
        List<String> split = new ArrayList<>();
        List<String> joined = new ArrayList<>();
        for (int i = 0; i < forms.size(); i++) {
            Integer pi = predicted.get(forms.get(i));
            for (int j = i + 1; j < forms.size(); j++) {
                Integer pj = predicted.get(forms.get(j));
                boolean sameGold = goldCluster.get(i).equals(goldCluster.get(j));
                boolean samePredicted = pi != null && pi.equals(pj);
                if (sameGold) goldSame++;
                if (samePredicted) predictedSame++;
                if (sameGold && samePredicted) tp++;
                if (sameGold && !samePredicted) split.add(forms.get(i) + " / " + forms.get(j));
                if (samePredicted && !sameGold) joined.add(forms.get(i) + " / " + forms.get(j));
            }
        }
        List<String> notFound = forms.stream().filter(f -> !predicted.containsKey(f)).toList();
        return new Result(corpus.articles().size(), goldNames.size(), forms.size(), entities.size(),
                new Score(tp, predictedSame, goldSame), notFound, split, joined);
    }

    static String normalize(String form) {
        return form.strip().toLowerCase(Locale.ROOT).replaceFirst("^the\\s+", "").replaceAll("[^\\p{L}\\p{N} ]", "").replaceAll("\\s+", " ");
    }
}
