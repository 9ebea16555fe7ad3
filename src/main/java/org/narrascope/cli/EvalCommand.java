package org.narrascope.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import org.narrascope.eval.BenchmarkPool;
import org.narrascope.framing.FramingExamples;
import org.narrascope.eval.ClaimEvaluation;
import org.narrascope.eval.EntityEvaluation;
import org.narrascope.eval.EventEvaluation;
import org.narrascope.eval.FramingEvaluation;
import org.narrascope.eval.IngestEvaluation;
import org.narrascope.eval.PlantedCorpus;
import org.narrascope.eval.NarrativeEvaluation;
import org.narrascope.eval.ReuseEvaluation;
import org.narrascope.eval.SpanEvaluation;
import org.narrascope.techniques.SpanTagger;
import org.narrascope.eval.TechniqueEvaluation;
import org.narrascope.narratives.NarrativeExamples;
import org.narrascope.reuse.ReuseDetector;
import org.narrascope.techniques.TechniqueExamples;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "eval",
        mixinStandardHelpOptions = true,
        description = {"Measures an analysis stage against gold data and prints precision, recall and F1."},
        subcommands = CommandLine.HelpCommand.class)
final class EvalCommand {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Command(name = "ingest", mixinStandardHelpOptions = true,
            description = {"Scores metadata recovery (title, byline, translator, provenance, date) and the removal of",
                "page furniture on hand-annotated pasted pages."})
    int ingest(@Option(names = "--gold", paramLabel = "FILE", defaultValue = "eval/ingest/gold.json",
            description = "Annotated pages (default: ${DEFAULT-VALUE}).") Path gold) {
        return evaluate(out -> IngestEvaluation.run(gold, out));
    }

    @Command(name = "entities", mixinStandardHelpOptions = true,
            description = {"Scores entity resolution (one entity per real thing across articles) against the",
                "hand-annotated mini-corpus."})
    int entities(@Option(names = "--gold", paramLabel = "FILE", defaultValue = "eval/claims/gold.json",
            description = "Annotations; the articles are in the folder articles/ beside it (default: ${DEFAULT-VALUE}).") Path gold,
                 @Option(names = "--deep", description = "Analyse with coreference, as analyze --deep does.") boolean deep) {
        return evaluate(out -> EntityEvaluation.run(gold, deep, out));
    }

    @Command(name = "claims", mixinStandardHelpOptions = true,
            description = {"Scores claims (sentence, type, speaker, stance) against the hand-annotated mini-corpus."})
    int claims(@Option(names = "--gold", paramLabel = "FILE", defaultValue = "eval/claims/gold.json",
            description = "Annotations; the articles are in the folder articles/ beside it (default: ${DEFAULT-VALUE}).") Path gold,
               @Option(names = "--deep", description = "Analyse with coreference, as analyze --deep does.") boolean deep) {
        return evaluate(out -> ClaimEvaluation.run(gold, deep, out));
    }

    @Command(name = "events", mixinStandardHelpOptions = true,
            description = {"Scores how articles are grouped into events (B-cubed) on real news: shared-task training",
                "articles grouped by hand into the stories they report."})
    int events(@Option(names = "--gold", paramLabel = "FILE", split = ",",
            defaultValue = "eval/events/ptc2020-events.tsv,eval/events/semeval2023-extra-events.tsv",
            description = "Files of article<TAB>event lines, each scored on its own (default: ${DEFAULT-VALUE}).") List<Path> gold,
               @Option(names = "--benchmarks", paramLabel = "DIR", defaultValue = "../shared/benchmarks",
                       description = "Folder with the shared-task training data (default: ${DEFAULT-VALUE}).") Path benchmarks) {
        return evaluate(out -> {
            for (Path file : gold) EventEvaluation.run(file, benchmarks, out);
        });
    }

    @Command(name = "reuse", mixinStandardHelpOptions = true,
            description = {
                "Plants copies, trimmed copies, edited copies (3%, 8%, 15% of words), reordered copies,",
                "paraphrases and translations in a corpus of real news from the shared-task training data,",
                "runs reuse detection, and scores links per kind and story families."})
    int reuse(
            @Option(names = "--benchmarks", paramLabel = "DIR", defaultValue = "../shared/benchmarks",
                    description = "Folder with the shared-task training data (default: ${DEFAULT-VALUE}).") Path benchmarks,
            @Option(names = "--translations", paramLabel = "DIR", defaultValue = "eval/reuse/translations",
                    description = "Hand-written articles and their translations (default: ${DEFAULT-VALUE}).") Path translations,
            @Option(names = "--seed", defaultValue = "20261123", description = "Random seed of the planted corpus (default: ${DEFAULT-VALUE}).") long seed,
            @Option(names = "--no-embeddings", description = "Run without the sentence-embedding model.") boolean noEmbeddings) {
        return evaluate(out -> ReuseEvaluation.run(PlantedCorpus.generate(BenchmarkPool.english(benchmarks), translations,
                PlantedCorpus.Plan.standard(), seed), new ReuseDetector(!noEmbeddings), out));
    }

    @Command(name = "techniques", mixinStandardHelpOptions = true,
            description = {"Persuasion techniques per paragraph on the SemEval-2023 Task 3 training data: micro-F1 of",
                "the most-frequent-technique baseline, of zero-shot detection, and of the trained model by",
                "k-fold cross-validation over articles."})
    int techniques(@Mixin SharedTaskOptions task,
                   @Option(names = "--lambda", defaultValue = "" + TechniqueExamples.LAMBDA,
                           description = "L2 strength of the logistic regressions (default: ${DEFAULT-VALUE}).") double lambda) {
        return evaluate(out -> TechniqueEvaluation.run(task.benchmarks, task.language("en"), task.folds, lambda, out));
    }

    @Command(name = "narratives", mixinStandardHelpOptions = true,
            description = {"Narratives per article on the SemEval-2025 Task 10 subtask-2 training data: samples-F1 of",
                "the always-Other baseline, of zero-shot classification, and of the trained model by k-fold",
                "cross-validation over articles."})
    int narratives(@Mixin SharedTaskOptions task,
                   @Option(names = "--lambda", defaultValue = "" + NarrativeExamples.LAMBDA,
                           description = "L2 strength of the logistic regressions (default: ${DEFAULT-VALUE}).") double lambda) {
        return evaluate(out -> NarrativeEvaluation.run(task.benchmarks, task.language("EN"), task.folds, lambda, out));
    }

    @Command(name = "framing", mixinStandardHelpOptions = true,
            description = {"Entity framing on the SemEval-2025 Task 10 subtask-1 training data: main-role accuracy and",
                "exact match ratio of the fine roles, for the always-Antagonist baseline, zero-shot, and the",
                "trained model by k-fold cross-validation over articles."})
    int framing(@Mixin SharedTaskOptions task,
                @Option(names = "--lambda", defaultValue = "" + FramingExamples.LAMBDA,
                        description = "L2 strength of the logistic regressions (default: ${DEFAULT-VALUE}).") double lambda) {
        return evaluate(out -> FramingEvaluation.run(task.benchmarks, task.language("EN"), task.folds, lambda, out));
    }

    @Command(name = "spans", mixinStandardHelpOptions = true,
            description = {"Where technique spans fall, on the SemEval-2020 Task 11 span-identification data: precision",
                "and recall with partial credit for overlap, of the technique detector (trained k times on the",
                "SemEval-2023 data without the articles scored), of the word tagger (trained k times on the other",
                "articles) and of marking every paragraph."})
    int spans(@Mixin SharedTaskOptions task,
              @Option(names = "--lambda", defaultValue = "" + SpanTagger.LAMBDA,
                      description = "L2 strength of the word tagger (default: ${DEFAULT-VALUE}).") double lambda) {
        return evaluate(out -> SpanEvaluation.run(task.benchmarks, task.folds, lambda, out));
    }

    /** An evaluation prints to stdout; a missing gold file or data folder is one line on stderr and status 1. */
    private int evaluate(Evaluation evaluation) {
        try {
            evaluation.run(spec.commandLine().getOut());
            return 0;
        } catch (IOException e) {
            spec.commandLine().getErr().println("error: " + IoFailure.describe(e));
            return 1;
        }
    }

    @FunctionalInterface
    private interface Evaluation {
        void run(PrintWriter out) throws IOException;
    }
}
