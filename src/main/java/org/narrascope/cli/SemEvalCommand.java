package org.narrascope.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import org.narrascope.framing.FramingClassifier;
import org.narrascope.framing.FramingExamples;
import org.narrascope.learn.LinearModel;
import org.narrascope.narratives.NarrativeClassifier;
import org.narrascope.narratives.NarrativeExamples;
import org.narrascope.narratives.Taxonomy;
import org.narrascope.semeval.FramingData;
import org.narrascope.semeval.NarrativeData;
import org.narrascope.semeval.SemEvalFiles;
import org.narrascope.semeval.TechniqueData;
import org.narrascope.techniques.TechniqueDetector;
import org.narrascope.techniques.TechniqueExamples;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "semeval",
        mixinStandardHelpOptions = true,
        description = {"Reads shared-task documents and writes predictions in the shared task's own format, so",
            "the official scorers can score Narrascope."},
        subcommands = CommandLine.HelpCommand.class)
final class SemEvalCommand {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    /** Which model: the shipped one, a file, or none. */
    static final class ModelChoice {
        @Option(names = "--model", paramLabel = "FILE", description = "A model file written by narrascope train (default: the shipped model).")
        Path file;

        @Option(names = "--zero-shot", description = "Use no trained model: label descriptions and cues only.")
        boolean zeroShot;

        /** The model to use; null means zero-shot, {@code shipped} is used when nothing was asked. */
        LinearModel pick(LinearModel shipped, String task) throws IOException {
            if (zeroShot) return null;
            if (file == null) return shipped;
            LinearModel model = LinearModel.read(file);
            if (!task.equals(model.task())) throw new IOException(file + " is a " + model.task() + " model, not a " + task + " model");
            return model;
        }
    }

    @Command(name = "techniques", mixinStandardHelpOptions = true,
            description = "SemEval-2023 Task 3 subtask 3: article<TAB>line<TAB>technique,technique for every non-blank line.")
    int techniques(@Option(names = "--documents", required = true, paramLabel = "DIR", description = "Folder of article*.txt files.") Path documents,
                   @Option(names = "--out", required = true, paramLabel = "FILE") Path out,
                   @CommandLine.ArgGroup(exclusive = true) ModelChoice choice) {
        return run(() -> {
            TechniqueDetector detector = TechniqueDetector.zeroShot().withModel(pick(choice, LinearModel.shipped(TechniqueDetector.class, TechniqueDetector.SHIPPED_MODEL), "techniques"));
            List<TechniqueData.Paragraph> paragraphs = TechniqueData.documents(documents);
            List<TechniqueDetector.Paragraph> features = TechniqueExamples.features(detector, paragraphs);
            List<TechniqueData.Paragraph> labelled = new ArrayList<>();
            for (int i = 0; i < paragraphs.size(); i++) {
                TechniqueData.Paragraph p = paragraphs.get(i);
                LinkedHashSet<String> found = new LinkedHashSet<>();
                for (TechniqueDetector.Scored s : detector.decide(features.get(i))) found.add(s.technique());
                labelled.add(new TechniqueData.Paragraph(p.article(), p.line(), p.text(), found));
            }
            SemEvalFiles.write(out, TechniqueData.format(labelled));
            return labelled.size() + " paragraph lines";
        });
    }

    @Command(name = "narratives", mixinStandardHelpOptions = true,
            description = "SemEval-2025 Task 10 subtask 2: article<TAB>narratives<TAB>subnarratives (Other when none).")
    int narratives(@Option(names = "--documents", required = true, paramLabel = "DIR", description = "Folder of <id>.txt files, title on the first line.") Path documents,
                   @Option(names = "--out", required = true, paramLabel = "FILE") Path out,
                   @Option(names = "--taxonomy", paramLabel = "FILE", description = "More taxonomy files (label<TAB>text lines), decided zero-shot.") List<Path> taxonomies,
                   @CommandLine.ArgGroup(exclusive = true) ModelChoice choice) {
        return run(() -> {
            Taxonomy taxonomy = Taxonomy.withFiles(taxonomies == null ? List.of() : taxonomies);
            NarrativeClassifier classifier = NarrativeClassifier.zeroShot(taxonomy).withModel(pick(choice, LinearModel.shipped(NarrativeClassifier.class, NarrativeClassifier.SHIPPED_MODEL), "narratives"));
            List<NarrativeData.Document> docs = NarrativeData.documents(documents);
            List<NarrativeClassifier.Document> features = NarrativeExamples.features(classifier, docs);
            List<String> lines = new ArrayList<>();
            for (int i = 0; i < docs.size(); i++) {
                List<NarrativeClassifier.Found> found = classifier.decide(features.get(i));
                lines.add(NarrativeData.format(docs.get(i).id(), NarrativeExamples.narratives(found), NarrativeExamples.subnarratives(found)));
            }
            SemEvalFiles.write(out, lines);
            return lines.size() + " articles";
        });
    }

    @Command(name = "framing", mixinStandardHelpOptions = true,
            description = "SemEval-2025 Task 10 subtask 1: the mentions' lines with main role and fine roles appended.")
    int framing(@Option(names = "--documents", required = true, paramLabel = "DIR", description = "Folder of <id>.txt files.") Path documents,
                @Option(names = "--mentions", required = true, paramLabel = "FILE",
                        description = "article_id<TAB>entity<TAB>start<TAB>end lines (offsets in chars, end inclusive).") Path mentions,
                @Option(names = "--out", required = true, paramLabel = "FILE") Path out,
                @CommandLine.ArgGroup(exclusive = true) ModelChoice choice) {
        return run(() -> {
            FramingClassifier classifier = FramingClassifier.zeroShot().withModel(pick(choice, LinearModel.shipped(FramingClassifier.class, FramingClassifier.SHIPPED_MODEL), "framing"));
            List<String> rejected = new ArrayList<>();
            List<FramingData.Mention> read = FramingData.read(mentions, SemEvalFiles.documents(documents), rejected);
            for (String r : rejected) spec.commandLine().getErr().println("skipped: " + r);
            List<FramingClassifier.Features> features = FramingExamples.features(classifier, read);
            List<String> lines = new ArrayList<>();
            for (int i = 0; i < read.size(); i++) {
                FramingClassifier.Role role = classifier.decide(features.get(i));
                lines.add(FramingData.format(read.get(i), role.main(), role.fine()));
            }
            SemEvalFiles.write(out, lines);
            return lines.size() + " mentions";
        });
    }

    private static LinearModel pick(ModelChoice choice, LinearModel shipped, String task) throws IOException {
        return choice == null ? shipped : choice.pick(shipped, task);
    }

    private int run(Prediction prediction) {
        try {
            String what = prediction.run();
            spec.commandLine().getOut().println("wrote " + what);
            return 0;
        } catch (IOException e) {
            spec.commandLine().getErr().println("error: " + IoFailure.describe(e));
            return 1;
        } catch (IllegalArgumentException e) {
            spec.commandLine().getErr().println("error: " + e.getMessage());
            return 1;
        }
    }

    @FunctionalInterface
    private interface Prediction {
        String run() throws IOException;
    }
}
