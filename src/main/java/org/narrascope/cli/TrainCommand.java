package org.narrascope.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.narrascope.Version;
import org.narrascope.claims.TypeAndStance;
import org.narrascope.eval.TypeAndStanceTraining;
import org.narrascope.framing.FramingClassifier;
import org.narrascope.framing.FramingExamples;
import org.narrascope.learn.Example;
import org.narrascope.learn.LinearModel;
import org.narrascope.model.Span;
import org.narrascope.narratives.NarrativeClassifier;
import org.narrascope.narratives.NarrativeExamples;
import org.narrascope.narratives.Taxonomy;
import org.narrascope.semeval.FramingData;
import org.narrascope.semeval.NarrativeData;
import org.narrascope.semeval.PropagandaSpans;
import org.narrascope.semeval.TechniqueData;
import org.narrascope.techniques.SpanTagger;
import org.narrascope.techniques.SpanTechniques;
import org.narrascope.techniques.TechniqueDetector;
import org.narrascope.techniques.TechniqueExamples;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "train",
        mixinStandardHelpOptions = true,
        description = {"Learns a stage's model from annotations (SemEval-format, or Narrascope's own claims) and writes the model file that",
            "analyze loads. The default output replaces the model shipped in the source tree (rebuilt into the",
            "jar on the next run)."},
        subcommands = CommandLine.HelpCommand.class)
final class TrainCommand {

    private static final String OUT = "Model file to write (default: the stage's shipped model for the language, "
            + "src/main/resources/org/narrascope/STAGE/trained-LANG.json, which analyze then uses).";
    private static final Path SHIPPED = Path.of("src/main/resources/org/narrascope");

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Command(name = "techniques", mixinStandardHelpOptions = true,
            description = "Trains persuasion-technique detection on SemEval-2023 Task 3 subtask-3 data.")
    int techniques(@Mixin SharedTaskOptions task,
                   @Option(names = "--out", paramLabel = "FILE", description = OUT) Path out) {
        return train(out, shipped("techniques", task), () -> {
            String language = task.language("en");
            List<TechniqueData.Paragraph> paragraphs = TechniqueData.labelled(task.benchmarks.resolve("semeval2023-t3").resolve(language));
            TechniqueDetector detector = TechniqueDetector.zeroShot();
            return TechniqueExamples.train(detector, TechniqueExamples.examples(paragraphs, TechniqueExamples.features(detector, paragraphs)),
                    TechniqueExamples.LAMBDA, task.isoLanguage(), about("SemEval-2023 Task 3 subtask 3, " + language, paragraphs.size() + " paragraphs"));
        });
    }

    @Command(name = "spans", mixinStandardHelpOptions = true,
            description = "Trains the word-level propaganda span tagger on SemEval-2020 Task 11 span-identification data.")
    int spans(@Mixin SharedTaskOptions task,
              @Option(names = "--out", paramLabel = "FILE",
                      description = "Model file to write (default: the shipped tagger, which analyze then uses).") Path out) {
        return train(out, SHIPPED.resolve("techniques").resolve(SpanTagger.SHIPPED_MODEL), () -> {
            List<PropagandaSpans.Article> articles = PropagandaSpans.labelled(task.benchmarks.resolve("ptc2020"));
            List<SpanTagger.Example> examples = new ArrayList<>();
            for (PropagandaSpans.Article a : articles) examples.addAll(SpanTagger.examples(a.id(), SpanTagger.paragraphs(a.text()), a.spans()));
            return SpanTagger.train(examples, SpanTagger.LAMBDA, about("SemEval-2020 Task 11 span identification", articles.size() + " articles"));
        });
    }

    @Command(name = "span-techniques", mixinStandardHelpOptions = true,
            description = "Trains the classifier that tells which technique a marked span uses, on SemEval-2020 Task 11 technique-classification data.")
    int spanTechniques(@Mixin SharedTaskOptions task,
                       @Option(names = "--out", paramLabel = "FILE",
                               description = "Model file to write (default: the shipped classifier, which analyze then uses).") Path out) {
        return train(out, SHIPPED.resolve("techniques").resolve(SpanTechniques.SHIPPED_MODEL), () -> {
            Path dir = task.benchmarks.resolve("ptc2020");
            Map<String, Map<Span, Set<String>>> gold = PropagandaSpans.techniques(dir);
            List<Example> examples = new ArrayList<>();
            for (PropagandaSpans.Article a : PropagandaSpans.labelled(dir)) {
                List<SpanTagger.TaggedWord> words = SpanTagger.paragraphs(a.text()).stream().flatMap(List::stream).toList();
                examples.addAll(SpanTechniques.examples(a.id(), a.text(), words, gold.getOrDefault(a.id(), Map.of())));
            }
            return SpanTechniques.train(examples, SpanTechniques.LAMBDA,
                    about("SemEval-2020 Task 11 technique classification", examples.size() + " spans"));
        });
    }

    @Command(name = "narratives", mixinStandardHelpOptions = true,
            description = "Trains narrative classification on SemEval-2025 Task 10 subtask-2 data (shipped taxonomies).")
    int narratives(@Mixin SharedTaskOptions task,
                   @Option(names = "--out", paramLabel = "FILE", description = OUT) Path out) {
        return train(out, shipped("narratives", task), () -> {
            String language = task.language("EN");
            List<NarrativeData.Document> documents = NarrativeData.labelled(task.benchmarks.resolve("semeval2025-t10").resolve(language));
            NarrativeClassifier classifier = NarrativeClassifier.zeroShot(Taxonomy.shipped());
            return NarrativeExamples.train(classifier, NarrativeExamples.examples(documents, NarrativeExamples.features(classifier, documents)),
                    NarrativeExamples.LAMBDA, task.isoLanguage(), about("SemEval-2025 Task 10 subtask 2, " + language, documents.size() + " articles"));
        });
    }

    @Command(name = "framing", mixinStandardHelpOptions = true,
            description = "Trains entity framing (main and fine roles) on SemEval-2025 Task 10 subtask-1 data.")
    int framing(@Mixin SharedTaskOptions task,
                @Option(names = "--out", paramLabel = "FILE", description = OUT) Path out) {
        return train(out, shipped("framing", task), () -> {
            String language = task.language("EN");
            List<FramingData.Mention> mentions = FramingData.labelled(task.benchmarks.resolve("semeval2025-t10").resolve(language), new ArrayList<>());
            FramingClassifier classifier = FramingClassifier.zeroShot();
            return FramingExamples.train(classifier, FramingExamples.examples(mentions, FramingExamples.features(classifier, mentions)),
                    FramingExamples.LAMBDA, task.isoLanguage(), about("SemEval-2025 Task 10 subtask 1, " + language, mentions.size() + " mentions"));
        });
    }

    @Command(name = "claim-types", mixinStandardHelpOptions = true,
            description = "Trains the second opinion on claim types on Narrascope's own annotated claims (eval/claims).")
    int claimTypes(@Option(names = "--gold", paramLabel = "FILE", defaultValue = "eval/claims/gold.json",
                           description = "Gold claims, with the articles in articles/ beside it (default: ${DEFAULT-VALUE}).") Path gold,
                   @Option(names = "--out", paramLabel = "FILE",
                           description = "Model file to write (default: the shipped model, which analyze then uses).") Path out) {
        return train(out, SHIPPED.resolve("claims").resolve(TypeAndStance.SHIPPED_MODEL), () -> {
            List<Example> examples = TypeAndStanceTraining.examples(gold);
            return TypeAndStance.train(examples, about("the Narrascope claims mini-corpus " + gold, examples.size() + " claims on gold sentences")).model();
        });
    }

    /** The stage's shipped model for the task's language, which analyze loads. */
    private static Path shipped(String stage, SharedTaskOptions task) {
        return SHIPPED.resolve(stage).resolve(LinearModel.trainedFile(task.isoLanguage()));
    }

    private static Map<String, String> about(String data, String size) {
        Map<String, String> about = new LinkedHashMap<>();
        about.put("trainedOn", data + " (" + size + ")");
        about.put("generator", "narrascope " + Version.current());
        return about;
    }

    private int train(Path out, Path shipped, Training training) {
        if (out == null) out = shipped;
        try {
            LinearModel model = training.run();
            model.write(out);
            spec.commandLine().getOut().printf("wrote %s: %d labels learnt%n", out, model.labels().size());
            return 0;
        } catch (IOException e) {
            spec.commandLine().getErr().println("error: " + IoFailure.describe(e));
            return 1;
        }
    }

    @FunctionalInterface
    private interface Training {
        LinearModel run() throws IOException;
    }
}
