package id.peristiwa.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import picocli.CommandLine;

/**
 * Where the checkout's files are: relative to {@code $PERISTIWA_HOME} (set by the {@code ./peristiwa} script to
 * the repository root), else to the working directory. Evaluation data is {@code $PERISTIWA_SHARED}, else
 * {@code ../shared} beside the repository.
 */
final class Locations {

    static Path home() {
        String env = System.getenv("PERISTIWA_HOME");
        return env != null && !env.isBlank() ? Path.of(env) : Path.of("");
    }

    static Path shared() {
        String env = System.getenv("PERISTIWA_SHARED");
        return env != null && !env.isBlank() ? Path.of(env) : home().toAbsolutePath().resolveSibling("shared");
    }

    static Path samples() {
        return home().resolve("samples");
    }

    /** {@code shared()/data/relative}, checked to exist; a clear error otherwise. */
    static Path requireData(String relative) {
        return requireExisting(shared().resolve("data").resolve(relative));
    }

    /** {@code p}, checked to exist; the same clear error as {@link #requireData} otherwise. */
    static Path requireExisting(Path p) {
        if (!Files.exists(p)) {
            throw new CommandLine.ParameterException(new CommandLine(new Main()),
                    "evaluation data not found at " + p.toAbsolutePath().normalize()
                            + " (set PERISTIWA_SHARED or pass the directory)");
        }
        return p;
    }

    private Locations() {
    }
}
