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
 * Scores entity resolution against hand-made clusters ({@code eval/claims/gold.json}): every pair
 * of gold name forms is either the same entity or not, in the gold and in the output. A form the
 * stage never found stands alone, so missed names cost recall.
 */
public final class EntityEvaluation {

    private EntityEvaluation() {
    }

    public static void run(Path gold, PrintWriter out) throws IOException {
        AnnotatedCorpus corpus = AnnotatedCorpus.load(gold);
        JsonNode root = corpus.gold();
        List<Entity> entities = corpus.analysis().entities();

        Map<String, Integer> predicted = new HashMap<>();
        for (int i = 0; i < entities.size(); i++) {
            Entity e = entities.get(i);
            predicted.putIfAbsent(normalize(e.name()), i);
            for (String alias : e.aliases()) predicted.putIfAbsent(normalize(alias), i);
        }
        List<String> forms = new ArrayList<>();
        List<Integer> goldCluster = new ArrayList<>();
        int cluster = 0;
        for (JsonNode entity : root.path("entities")) {
            for (JsonNode form : entity.path("forms")) {
                String f = normalize(form.asText());
                if (!forms.contains(f)) {
                    forms.add(f);
                    goldCluster.add(cluster);
                }
            }
            cluster++;
        }
        int found = 0;
        int tp = 0, predictedSame = 0, goldSame = 0;
        for (int i = 0; i < forms.size(); i++) {
            Integer pi = predicted.get(forms.get(i));
            if (pi != null) found++;
            for (int j = i + 1; j < forms.size(); j++) {
                Integer pj = predicted.get(forms.get(j));
                boolean sameGold = goldCluster.get(i).equals(goldCluster.get(j));
                boolean samePredicted = pi != null && pi.equals(pj);
                if (sameGold) goldSame++;
                if (samePredicted) predictedSame++;
                if (sameGold && samePredicted) tp++;
            }
        }
        out.printf(Locale.ROOT, "Articles: %d; gold entities: %d with %d name forms; entities found: %d.%n%n",
                corpus.articles().size(), cluster, forms.size(), entities.size());
        out.println(Score.header("entities"));
        out.println(new Score(tp, predictedSame, goldSame).row("entity clusters (pairs of name forms)"));
        out.println(new Score(found, forms.size(), forms.size()).row("name forms found at all (recall)"));
        out.println();
        out.println("gold forms not found: " + forms.stream().filter(f -> !predicted.containsKey(f)).toList());
        out.flush();
    }

    static String normalize(String form) {
        return form.strip().toLowerCase(Locale.ROOT).replaceFirst("^the\\s+", "").replaceAll("[^\\p{L}\\p{N} ]", "").replaceAll("\\s+", " ");
    }
}
