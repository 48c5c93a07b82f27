package id.peristiwa.cli;

import id.peristiwa.store.StoreCopies;
import id.peristiwa.store.StoreException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code peristiwa bench store}: builds a large store for {@code bench serve} out of an ingested one by copying its
 * rows and index entries N times with fresh ids and earlier dates (see {@link StoreCopies}), so a load test can run
 * on 100,000 events without analysing 100,000 articles.
 */
@Command(name = "store", mixinStandardHelpOptions = true,
        description = "Builds a load-test store: N copies of an ingested store, each with fresh ids and its dates "
                + "moved back.")
final class StoreBench implements Callable<Integer> {

    @Option(names = "--data", required = true, paramLabel = "DIR", description = "The new store to fill.")
    Path data;

    @Option(names = "--from", required = true, paramLabel = "DIR", description = "The ingested store to copy.")
    Path from;

    @Option(names = "--copies", required = true, paramLabel = "N", description = "Copies of the source, 1 or more.")
    int copies;

    @Option(names = "--shift-days", paramLabel = "D",
            description = "Days each further copy's dates move back (default: ${DEFAULT-VALUE}).")
    int shiftDays = 7;

    @Override
    public Integer call() {
        PrintWriter out = Console.out();
        long start = System.nanoTime();
        try {
            StoreCopies.Result made = StoreCopies.replicate(from, data, copies, shiftDays);
            out.printf(Locale.ROOT, "store %s: %,d articles, %,d events (%d copies of %s) in %.1f s%n", data,
                    made.articles(), made.events(), copies, from, (System.nanoTime() - start) / 1e9);
            out.flush();
            return 0;
        } catch (StoreException | IllegalArgumentException e) {
            PrintWriter err = Console.err();
            err.println("peristiwa bench store: " + e.getMessage());
            err.flush();
            return 2;
        }
    }
}
