package org.narrascope.cli;

import org.narrascope.Version;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code narrascope} command: a thin front end over the pipeline stages. */
@Command(name = "narrascope",
        mixinStandardHelpOptions = true,
        versionProvider = Narrascope.VersionProvider.class,
        description = {
            "Reads the news about an event from many outlets and shows every version of the story.",
            "",
            "Start with:  narrascope analyze examples/ --out out/"},
        subcommands = {AnalyzeCommand.class, EvalCommand.class, TrainCommand.class, SemEvalCommand.class, BenchCommand.class, CommandLine.HelpCommand.class})
public final class Narrascope implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    public static void main(String[] args) {
        System.exit(run(args));
    }

    /** Runs the command line and returns the exit code; used by tests as well as {@link #main}. */
    public static int run(String... args) {
        return new CommandLine(new Narrascope())
                .setCaseInsensitiveEnumValuesAllowed(true)
                .setExecutionExceptionHandler((e, cli, parsed) -> {
                    // an internal failure is reported in one line; the trace only on request
                    cli.getErr().println("error: " + e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage()));
                    if (Boolean.getBoolean("narrascope.trace")) e.printStackTrace(cli.getErr());
                    else cli.getErr().println("(run with NARRASCOPE_JAVA_OPTS=-Dnarrascope.trace=true for details)");
                    return 1;
                })
                .execute(args);
    }

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    static final class VersionProvider implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {"narrascope " + Version.current()};
        }
    }
}
