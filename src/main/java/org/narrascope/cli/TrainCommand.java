package org.narrascope.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.narrascope.Version;
import org.narrascope.framing.FramingClassifier;
import org.narrascope.framing.FramingExamples;
import org.narrascope.learn.LinearModel;
import org.narrascope.narratives.NarrativeClassifier;
import org.narrascope.narratives.NarrativeExamples;
import org.narrascope.narratives.Taxonomy;
import org.narrascope.semeval.FramingData;
import org.narrascope.semeval.NarrativeData;
import org.narrascope.semeval.TechniqueData;
import org.narrascope.techniques.TechniqueDetector;
import org.narrascope.techniques.TechniqueExamples;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "train",
        mixinStandardHelpOptions = true,
        description = {"Learns a stage's model from SemEval-format annotations and writes the model file that",
            "analyze loads. The default output replaces the model shipped in the source tree (rebuilt into the",
            "jar on the next run)."},
        subcommands = CommandLine.HelpCommand.class)
final class TrainCommand {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Command(name = "techniques", mixinStandardHelpOptions = true,
            description = "Trains persuasion-technique detection on SemEval-2023 Task 3 subtask-3 data.")
    int techniques(@Mixin SharedTaskOptions task,
                   @Option(names = "--out", paramLabel = "FILE",
                           defaultValue = "src/main/resources/org/narrascope/techniques/" + TechniqueDetector.SHIPPED_MODEL,
                           description = "Model file to write (default: ${DEFAULT-VALUE}).") Path out) {
        return train(out, () -> {
            String language = task.language("en");
            List<TechniqueData.Paragraph> paragraphs = TechniqueData.labelled(task.benchmarks.resolve("semeval2023-t3").resolve(language));
            TechniqueDetector detector = TechniqueDetector.zeroShot();
            return TechniqueExamples.train(detector, TechniqueExamples.examples(paragraphs, TechniqueExamples.features(detector, paragraphs)),
                    TechniqueExamples.LAMBDA, language, about("SemEval-2023 Task 3 subtask 3, " + language, paragraphs.size() + " paragraphs"));
        });
    }

    @Command(name = "narratives", mixinStandardHelpOptions = true,
            description = "Trains narrative classification on SemEval-2025 Task 10 subtask-2 data (shipped taxonomies).")
    int narratives(@Mixin SharedTaskOptions task,
                   @Option(names = "--out", paramLabel = "FILE",
                           defaultValue = "src/main/resources/org/narrascope/narratives/" + NarrativeClassifier.SHIPPED_MODEL,
                           description = "Model file to write (default: ${DEFAULT-VALUE}).") Path out) {
        return train(out, () -> {
            String language = task.language("EN");
            List<NarrativeData.Document> documents = NarrativeData.labelled(task.benchmarks.resolve("semeval2025-t10").resolve(language));
            NarrativeClassifier classifier = NarrativeClassifier.zeroShot(Taxonomy.shipped());
            return NarrativeExamples.train(classifier, NarrativeExamples.examples(documents, NarrativeExamples.features(classifier, documents)),
                    NarrativeExamples.LAMBDA, language, about("SemEval-2025 Task 10 subtask 2, " + language, documents.size() + " articles"));
        });
    }

    @Command(name = "framing", mixinStandardHelpOptions = true,
            description = "Trains entity framing (main and fine roles) on SemEval-2025 Task 10 subtask-1 data.")
    int framing(@Mixin SharedTaskOptions task,
                @Option(names = "--out", paramLabel = "FILE",
                        defaultValue = "src/main/resources/org/narrascope/framing/" + FramingClassifier.SHIPPED_MODEL,
                        description = "Model file to write (default: ${DEFAULT-VALUE}).") Path out) {
        return train(out, () -> {
            String language = task.language("EN");
            List<FramingData.Mention> mentions = FramingData.labelled(task.benchmarks.resolve("semeval2025-t10").resolve(language), new java.util.ArrayList<>());
            FramingClassifier classifier = FramingClassifier.zeroShot();
            return FramingExamples.train(classifier, FramingExamples.examples(mentions, FramingExamples.features(classifier, mentions)),
                    FramingExamples.LAMBDA, language, about("SemEval-2025 Task 10 subtask 1, " + language, mentions.size() + " mentions"));
        });
    }

    private static Map<String, String> about(String data, String size) {
        Map<String, String> about = new LinkedHashMap<>();
        about.put("trainedOn", data + " (" + size + ")");
        about.put("generator", "narrascope " + Version.current());
        return about;
    }

    private int train(Path out, Training training) {
        try {
            LinearModel model = training.run();
            model.write(out);
            spec.commandLine().getOut().printf("wrote %s: %d labels learnt%n", out, model.labels().size());
            return 0;
        } catch (IOException e) {
            spec.commandLine().getErr().println("error: " + e.getMessage());
            return 1;
        }
    }

    @FunctionalInterface
    private interface Training {
        LinearModel run() throws IOException;
    }
}
