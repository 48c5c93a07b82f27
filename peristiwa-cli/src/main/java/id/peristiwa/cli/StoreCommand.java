package id.peristiwa.cli;

import id.peristiwa.store.Store;
import id.peristiwa.store.StoreException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * A command that reads the store of a data directory, opened read-only: a missing store, a failed read or a
 * statement the store refuses is reported on stderr as {@code peristiwa: NAME: message}, with exit status 2.
 */
abstract class StoreCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--data", required = true, paramLabel = "DIR", description = "The data directory.")
    Path data;

    @Override
    public final Integer call() {
        PrintWriter out = Console.out();
        PrintWriter err = Console.err();
        check();
        try (Store store = Store.openReadOnly(data)) {
            return run(store, out, err);
        } catch (StoreException | IllegalArgumentException e) {
            err.println("peristiwa: " + spec.name() + ": " + e.getMessage());
            return 2;
        } catch (UncheckedIOException e) {
            err.println("peristiwa: " + spec.name() + ": writing failed: " + e.getCause().getMessage());
            return 2;
        } finally {
            out.flush();
            err.flush();
        }
    }

    /** Checks the options before the store is opened; throws a {@link picocli.CommandLine.ParameterException}. */
    void check() {
    }

    /** Does the command's work; returns its exit status. */
    abstract int run(Store store, PrintWriter out, PrintWriter err);
}
