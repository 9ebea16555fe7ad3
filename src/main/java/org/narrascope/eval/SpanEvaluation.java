package org.narrascope.eval;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
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
import org.narrascope.semeval.SpanOverlap;
import org.narrascope.semeval.TechniqueData;
import org.narrascope.techniques.SpanTagger;
import org.narrascope.techniques.SpanTechniques;
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

    public static void run(Path benchmarks, int k, double lambda, PrintWriter out) throws IOException {
        List<PropagandaSpans.Article> articles = PropagandaSpans.labelled(benchmarks.resolve("ptc2020"));
        out.printf("SemEval-2020 Task 11 span identification: %d articles, %d gold spans%n", articles.size(),
                articles.stream().mapToInt(a -> a.spans().size()).sum());
        TechniqueDetector features = TechniqueDetector.zeroShot();
        List<TechniqueData.Paragraph> training = TechniqueData.labelled(benchmarks.resolve("semeval2023-t3").resolve("en"));
        List<Example> examples = TechniqueExamples.examples(training, TechniqueExamples.features(features, training));
        List<TextParagraphs.Split> split = articles.stream().map(a -> TextParagraphs.split(a.text())).toList();
        List<List<TechniqueDetector.Paragraph>> read = features.features(split.stream().map(TextParagraphs.Split::texts).toList());
        int[] folds = Folds.assignGroups(articles.stream().map(PropagandaSpans.Article::id).toList(), k, 7);
        long started = System.nanoTime();
        List<List<List<SpanTagger.TaggedWord>>> words = new ArrayList<>();
        List<SpanTagger.Example> wordExamples = new ArrayList<>();
        for (PropagandaSpans.Article a : articles) {
            words.add(SpanTagger.paragraphs(a.text()));
            wordExamples.addAll(SpanTagger.examples(a.id(), words.getLast(), a.spans()));
        }
        Map<String, Map<Span, Set<String>>> goldTechniques = PropagandaSpans.techniques(benchmarks.resolve("ptc2020"));
        List<List<Example>> techniqueExamples = new ArrayList<>();
        Map<String, Integer> frequency = new HashMap<>();
        for (int a = 0; a < articles.size(); a++) {
            PropagandaSpans.Article article = articles.get(a);
            List<SpanTagger.TaggedWord> all = words.get(a).stream().flatMap(List::stream).toList();
            techniqueExamples.add(SpanTechniques.examples(article.id(), article.text(), all, goldTechniques.getOrDefault(article.id(), Map.of())));
        }
        int[] classified = new int[2]; // right, gold lines
        int[] baseline = new int[2];
        SpanOverlap everyParagraph = new SpanOverlap();
        SpanOverlap flagged = new SpanOverlap();
        SpanOverlap cues = new SpanOverlap();
        SpanOverlap tagged = new SpanOverlap();
        SpanOverlap taggedInFlagged = new SpanOverlap();
        for (int f = 0; f < k; f++) {
            Set<String> scored = new HashSet<>();
            for (int a = 0; a < articles.size(); a++) if (folds[a] == f) scored.add(articles.get(a).id());
            List<Example> unseen = examples.stream().filter(e -> !scored.contains(e.group())).toList();
            TechniqueDetector detector = features.withModel(TechniqueExamples.train(features, unseen, TechniqueExamples.LAMBDA, "en", Map.of()));
            SpanTagger tagger = SpanTagger.of(SpanTagger.train(wordExamples.stream().filter(e -> !scored.contains(e.article())).toList(), lambda, Map.of()));
            List<Example> spansSeen = techniqueExamples.stream().flatMap(List::stream).filter(e -> !scored.contains(e.group())).toList();
            SpanTechniques classifier = SpanTechniques.of(SpanTechniques.train(spansSeen, SpanTechniques.LAMBDA, Map.of()));
            frequency.clear();
            spansSeen.forEach(e -> e.labels().forEach(l -> frequency.merge(l, 1, Integer::sum)));
            List<String> mostFrequent = frequency.keySet().stream().sorted((x, y) -> frequency.get(y) - frequency.get(x)).toList();
            for (Example e : techniqueExamples.stream().flatMap(List::stream).filter(e -> scored.contains(e.group())).toList()) {
                // a span labelled with m techniques gets the m likeliest, as the task's one prediction per gold line
                int m = e.labels().size();
                classified[0] += (int) classifier.ranked(e.features()).stream().limit(m).filter(e.labels()::contains).count();
                baseline[0] += (int) mostFrequent.stream().limit(m).filter(e.labels()::contains).count();
                classified[1] += m;
                baseline[1] += m;
            }
            for (int a = 0; a < articles.size(); a++) {
                if (folds[a] != f) continue;
                String text = articles.get(a).text();
                List<Span> paragraphs = split.get(a).spans();
                List<Span> flaggedSpans = new ArrayList<>();
                List<Span> cueSpans = new ArrayList<>();
                List<Span> taggedSpans = new ArrayList<>();
                List<Span> taggedInFlaggedSpans = new ArrayList<>();
                for (int p = 0; p < paragraphs.size(); p++) {
                    List<Span> tags = tagger.tag(words.get(a).get(p));
                    taggedSpans.addAll(tags);
                    List<TechniqueDetector.Scored> found = detector.decide(read.get(a).get(p));
                    if (found.isEmpty()) continue;
                    taggedInFlaggedSpans.addAll(tags);
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
                tagged.add(taggedSpans, articles.get(a).spans());
                taggedInFlagged.add(taggedInFlaggedSpans, articles.get(a).spans());
            }
        }
        out.println();
        out.printf("%-54s %8s %8s %8s %8s%n", "spans", "P", "R", "F1", "spans");
        row(out, "baseline: every paragraph", everyParagraph);
        row(out, "paragraphs with a technique (trained, " + k + " folds)", flagged);
        row(out, "cue phrases of the techniques found", cues);
        row(out, "word tagger (trained, " + k + " folds)", tagged);
        row(out, "word tagger, in paragraphs with a technique", taggedInFlagged);
        out.printf(Locale.ROOT, "%ntechnique of the gold spans (SemEval-2020 Task 11 technique classification, 14 techniques), micro-F1:%n");
        out.printf(Locale.ROOT, "%-54s %8.3f   (%d/%d)%n", "baseline: the most frequent technique", ratio(baseline), baseline[0], baseline[1]);
        out.printf(Locale.ROOT, "%-54s %8.3f   (%d/%d)%n", "span classifier (trained, " + k + " folds)", ratio(classified), classified[0], classified[1]);
        out.printf(Locale.ROOT, "%ntotal %.1f s (words read: %d)%n", (System.nanoTime() - started) / 1e9, wordExamples.size());
    }

    private static double ratio(int[] rightOfAll) {
        return rightOfAll[1] == 0 ? 0 : rightOfAll[0] / (double) rightOfAll[1];
    }

    private static void row(PrintWriter out, String label, SpanOverlap o) {
        out.printf(Locale.ROOT, "%-54s %8.3f %8.3f %8.3f %8d%n", label, o.precision(), o.recall(), o.f1(), o.predicted());
    }
}
