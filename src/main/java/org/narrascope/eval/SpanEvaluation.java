package org.narrascope.eval;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.narrascope.TextParagraphs;
import org.narrascope.learn.CueLexicon;
import org.narrascope.learn.Example;
import org.narrascope.learn.Folds;
import org.narrascope.model.Span;
import org.narrascope.semeval.PropagandaSpans;
import org.narrascope.semeval.TechniqueData;
import org.narrascope.techniques.TechniqueDetector;
import org.narrascope.techniques.TechniqueExamples;

/**
 * Where the technique spans fall, scored on the SemEval-2020 Task 11 span-identification data with
 * its metric: precision and recall with partial credit for overlap (each predicted span counts the
 * share of it that overlaps gold spans, each gold span the share of it that is covered).
 * Techniques are ignored; the task's 14 techniques differ from the 23 the detector knows. Every
 * article of this data is also in the SemEval-2023 training data the technique model learns from,
 * so the model is trained k times, each time without the articles it is then scored on.
 */
public final class SpanEvaluation {

    private SpanEvaluation() {
    }

    public static void run(Path benchmarks, int k, PrintWriter out) throws IOException {
        List<PropagandaSpans.Article> articles = PropagandaSpans.labelled(benchmarks.resolve("ptc2020"));
        out.printf("SemEval-2020 Task 11 span identification: %d articles, %d gold spans%n", articles.size(),
                articles.stream().mapToInt(a -> a.spans().size()).sum());
        TechniqueDetector features = TechniqueDetector.zeroShot();
        List<TechniqueData.Paragraph> training = TechniqueData.labelled(benchmarks.resolve("semeval2023-t3").resolve("en"));
        List<Example> examples = TechniqueExamples.examples(training, TechniqueExamples.features(features, training));
        List<TextParagraphs.Split> split = articles.stream().map(a -> TextParagraphs.split(a.text())).toList();
        List<List<TechniqueDetector.Paragraph>> read = features.features(split.stream().map(TextParagraphs.Split::texts).toList());
        int[] folds = Folds.assignGroups(articles.stream().map(PropagandaSpans.Article::id).toList(), k, 7);
        Overlap everyParagraph = new Overlap();
        Overlap flagged = new Overlap();
        Overlap cues = new Overlap();
        for (int f = 0; f < k; f++) {
            Set<String> scored = new HashSet<>();
            for (int a = 0; a < articles.size(); a++) if (folds[a] == f) scored.add(articles.get(a).id());
            List<Example> unseen = examples.stream().filter(e -> !scored.contains(e.group())).toList();
            TechniqueDetector detector = features.withModel(TechniqueExamples.train(features, unseen, TechniqueExamples.LAMBDA, "en", Map.of()));
            for (int a = 0; a < articles.size(); a++) {
                if (folds[a] != f) continue;
                String text = articles.get(a).text();
                List<Span> paragraphs = split.get(a).spans();
                List<Span> flaggedSpans = new ArrayList<>();
                List<Span> cueSpans = new ArrayList<>();
                for (int p = 0; p < paragraphs.size(); p++) {
                    List<TechniqueDetector.Scored> found = detector.decide(read.get(a).get(p));
                    if (found.isEmpty()) continue;
                    flaggedSpans.add(paragraphs.get(p));
                    for (TechniqueDetector.Scored s : found) {
                        for (CueLexicon.Hit h : detector.cues().find(s.technique(), text, paragraphs.get(p).start(), paragraphs.get(p).end())) {
                            if (!cueSpans.contains(h.span())) cueSpans.add(h.span());
                        }
                    }
                }
                everyParagraph.add(paragraphs, articles.get(a).spans());
                flagged.add(flaggedSpans, articles.get(a).spans());
                cues.add(cueSpans, articles.get(a).spans());
            }
        }
        out.println();
        out.printf("%-54s %8s %8s %8s %8s%n", "spans", "P", "R", "F1", "spans");
        everyParagraph.row(out, "baseline: every paragraph");
        flagged.row(out, "paragraphs with a technique (trained, " + k + " folds)");
        cues.row(out, "cue phrases of the techniques found");
    }

    /** Sums of partial-credit overlaps over the whole corpus. */
    private static final class Overlap {
        double precision;
        double recall;
        int predicted;
        int gold;

        void add(List<Span> predictedSpans, List<Span> goldSpans) {
            for (Span s : predictedSpans) precision += covered(s, goldSpans) / (double) Math.max(1, s.end() - s.start());
            for (Span g : goldSpans) recall += covered(g, predictedSpans) / (double) Math.max(1, g.end() - g.start());
            predicted += predictedSpans.size();
            gold += goldSpans.size();
        }

        /** Characters of {@code s} inside any of {@code others}. */
        private static int covered(Span s, List<Span> others) {
            boolean[] in = new boolean[s.end() - s.start()];
            for (Span o : others) for (int i = Math.max(s.start(), o.start()); i < Math.min(s.end(), o.end()); i++) in[i - s.start()] = true;
            int n = 0;
            for (boolean b : in) if (b) n++;
            return n;
        }

        void row(PrintWriter out, String label) {
            double p = predicted == 0 ? 0 : precision / predicted;
            double r = gold == 0 ? 0 : recall / gold;
            out.printf(Locale.ROOT, "%-54s %8.3f %8.3f %8.3f %8d%n", label, p, r, p + r == 0 ? 0 : 2 * p * r / (p + r), predicted);
        }
    }
}
