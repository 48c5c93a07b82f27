package id.peristiwa.cli;

import picocli.CommandLine.Option;

/** How long a benchmark warms up and measures; shared by every {@code peristiwa bench} command. */
final class BenchOptions {

    @Option(names = "--seconds", defaultValue = "20", description = "Measured seconds per benchmark (default 20).")
    int seconds;

    @Option(names = "--warmup", defaultValue = "8", description = "Warm-up seconds per benchmark (default 8).")
    int warmup;
}
