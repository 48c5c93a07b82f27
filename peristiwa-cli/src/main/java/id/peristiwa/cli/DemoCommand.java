package id.peristiwa.cli;

import id.peristiwa.ingest.IngestOptions;
import id.peristiwa.web.PeristiwaServer;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code peristiwa demo}: ingests the bundled sample pages into a fresh data directory and serves the dashboard
 * over them, printing the address.
 */
@Command(name = "demo", mixinStandardHelpOptions = true,
        description = {"Ingests the bundled samples into a new data directory and serves the dashboard over them.",
            "Ctrl-C stops it; the data directory stays for 'peristiwa serve --data DIR'."})
final class DemoCommand implements Callable<Integer> {

    @Option(names = "--samples", paramLabel = "DIR", description = "Samples directory (default: samples).")
    Path samples = Locations.samples();

    @Option(names = "--data", paramLabel = "DIR",
            description = "Data directory to ingest into (default: a new temporary directory).")
    Path data;

    @Option(names = "--port", paramLabel = "PORT",
            description = "Port to serve on (default: ${DEFAULT-VALUE}; a free one when it is taken).")
    int port = 7070;

    @Option(names = "--no-serve", description = "Ingest and print the summary, then stop.")
    boolean noServe;

    @Override
    public Integer call() throws IOException, InterruptedException {
        PrintWriter out = Console.out();
        PrintWriter err = Console.err();
        if (!Files.isDirectory(samples)) {
            err.println("peristiwa: no samples at " + samples.toAbsolutePath().normalize()
                    + " (run from the repository root or pass --samples)");
            err.flush();
            return 2;
        }
        Path dir = data != null ? data : Files.createTempDirectory("peristiwa-demo-");
        List<String> inputs = Stream.of("html").map(samples::resolve).filter(Files::exists).map(Path::toString)
                .toList();
        out.println("Peristiwa demo: ingesting " + String.join(" and ", inputs) + " into " + dir);
        out.flush();
        int status = StoreIngest.run(dir, inputs, IngestOptions.defaults(), null, out, err);
        if (status != 0 || noServe) {
            out.println(status == 0 ? "Serve it with: ./peristiwa serve --data " + dir : "");
            out.flush();
            return status;
        }
        int served = ServeCommand.serve(dir, PeristiwaServer.LOOPBACK, port, out, err);
        if (served == ServeCommand.PORT_TAKEN) {
            served = ServeCommand.serve(dir, PeristiwaServer.LOOPBACK, 0, out, err);
        }
        return served;
    }
}
