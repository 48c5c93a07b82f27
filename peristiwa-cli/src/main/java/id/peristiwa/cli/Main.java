package id.peristiwa.cli;

import java.util.logging.Level;
import java.util.logging.Logger;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code peristiwa} command: reads news pages and turns them into articles (and, later, events). */
@Command(name = "peristiwa",
        mixinStandardHelpOptions = true,
        versionProvider = Version.class,
        description = "Turns Indonesian news pages into a record of who did what to whom, when, where, "
                + "and according to whom.",
        subcommands = {
            ExtractCommand.class,
            AnalyzeCommand.class,
            IngestCommand.class,
            ServeCommand.class,
            EventsCommand.class,
            SearchCommand.class,
            SqlCommand.class,
            ExportCommand.class,
            DemoCommand.class,
            EvalCommand.class,
            BenchCommand.class,
            TrainCommand.class,
            CommandLine.HelpCommand.class
        })
public final class Main extends CommandGroup {

    /**
     * Lucene notes on every start that the JDK's incubating vector module is not enabled; the note is no problem of
     * the user's, so the command line keeps it off the terminal (held here so the setting is not collected).
     */
    private static final Logger LUCENE_VECTORS = Logger.getLogger("org.apache.lucene.internal.vectorization");

    /** Runs the command line and exits with its status. */
    public static void main(String[] args) {
        LUCENE_VECTORS.setLevel(Level.SEVERE);
        System.exit(run(args));
    }

    /** Runs the command line and returns its exit status (for tests). */
    public static int run(String... args) {
        return new CommandLine(new Main())
                .setCaseInsensitiveEnumValuesAllowed(true)
                .setExecutionExceptionHandler((e, commandLine, parsed) -> {
                    commandLine.getErr().println("peristiwa: " + commandLine.getCommandName() + ": " + e);
                    return 2;
                })
                .execute(args);
    }
}
