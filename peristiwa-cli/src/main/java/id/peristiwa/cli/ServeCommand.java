package id.peristiwa.cli;

import id.peristiwa.store.Store;
import id.peristiwa.store.StoreException;
import id.peristiwa.web.PeristiwaServer;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code peristiwa serve}: opens a data directory read-only and serves the JSON API and the dashboard until
 * Ctrl-C, which stops the server and then closes the store.
 */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = "Serves the dashboard and the JSON API (/api, described at /api/openapi.json) over a store, "
                + "read-only.")
final class ServeCommand implements Callable<Integer> {

    @Option(names = "--data", required = true, paramLabel = "DIR", description = "The data directory to serve.")
    Path data;

    @Option(names = "--port", paramLabel = "PORT", description = "Port to listen on (default: ${DEFAULT-VALUE}).")
    int port = 7070;

    @Option(names = "--host", paramLabel = "HOST",
            description = "Address to bind (default: ${DEFAULT-VALUE}, this machine only; 0.0.0.0 opens it to the "
                    + "network).")
    String host = PeristiwaServer.LOOPBACK;

    @Override
    public Integer call() throws InterruptedException {
        PrintWriter out = Console.out();
        PrintWriter err = Console.err();
        Store store;
        try {
            store = Store.openReadOnly(data, 1); // requests run in parallel already
        } catch (StoreException e) {
            err.println("peristiwa serve: " + e.getMessage());
            err.flush();
            return 2;
        }
        PeristiwaServer server;
        try {
            server = PeristiwaServer.start(store, host, port);
        } catch (RuntimeException e) {
            store.close();
            err.println("peristiwa serve: cannot listen on " + host + ":" + port + ": " + e.getMessage());
            err.flush();
            return 2;
        }
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            server.close();
            store.close();
        }, "peristiwa-serve-stop"));
        out.printf("Peristiwa serves %s (%,d articles, %,d events)%n", store.directory(), store.articleCount(),
                store.eventCount());
        out.println("Dashboard: " + server.uri());
        out.println("API:       " + server.uri().resolve("api/openapi.json"));
        out.println("Ctrl-C stops the server.");
        out.flush();
        server.join();
        return 0;
    }
}
