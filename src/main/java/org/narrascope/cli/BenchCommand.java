package org.narrascope.cli;

import java.util.List;
import org.narrascope.bench.EventBenchmark;
import org.narrascope.bench.ReuseBenchmark;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "bench",
        mixinStandardHelpOptions = true,
        description = {"Measures the speed of an analysis stage against a baseline measured in the same run."},
        subcommands = CommandLine.HelpCommand.class)
final class BenchCommand {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Command(name = "reuse", mixinStandardHelpOptions = true,
            description = {"Reuse detection at growing corpus sizes: articles per second, peak heap, growth",
                "exponent, and the brute-force all-pairs comparison where it finishes."})
    int reuse(
            @Option(names = "--articles", split = ",", defaultValue = "1000,10000,100000",
                    description = "Corpus sizes (default: ${DEFAULT-VALUE}).") List<Integer> sizes,
            @Option(names = "--baseline-up-to", defaultValue = "10000",
                    description = "Largest size to run the all-pairs baseline on (default: ${DEFAULT-VALUE}).") int baselineUpTo,
            @Option(names = "--embeddings", description = "Include the sentence-embedding model (off: the text is synthetic).") boolean embeddings,
            @Option(names = "--seed", defaultValue = "7", description = "Seed of the synthetic corpus (default: ${DEFAULT-VALUE}).") long seed) {
        ReuseBenchmark.run(sizes, baselineUpTo, embeddings, seed, spec.commandLine().getOut());
        return 0;
    }

    @Command(name = "events", mixinStandardHelpOptions = true,
            description = {"Grouping articles into events at growing corpus sizes: articles per second, growth exponent,",
                "and the brute-force comparison of every pair of openings where it finishes."})
    int events(
            @Option(names = "--articles", split = ",", defaultValue = "1000,10000,50000",
                    description = "Corpus sizes (default: ${DEFAULT-VALUE}).") List<Integer> sizes,
            @Option(names = "--baseline-up-to", defaultValue = "10000",
                    description = "Largest size to run the all-pairs baseline on (default: ${DEFAULT-VALUE}).") int baselineUpTo,
            @Option(names = "--seed", defaultValue = "7", description = "Seed of the synthetic corpus (default: ${DEFAULT-VALUE}).") long seed) {
        EventBenchmark.run(sizes, baselineUpTo, seed, spec.commandLine().getOut());
        return 0;
    }
}
