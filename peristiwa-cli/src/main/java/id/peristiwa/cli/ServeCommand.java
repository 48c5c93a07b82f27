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

    /** The status {@link #serve} returns when the port is taken, before it says so. */
    static final int PORT_TAKEN = 3;

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
        PrintWriter err = Console.err();
        int status = serve(data, host, port, Console.out(), err);
        if (status == PORT_TAKEN) {
            err.println("peristiwa serve: port " + port + " on " + host + " is taken; pass --port");
            err.flush();
            return 2;
        }
        return status;
    }

    /**
     * Serves the store in {@code data} until the process stops; returns 2 when the store cannot be opened and
     * {@link #PORT_TAKEN} when nothing can listen on the port, saying nothing about the latter.
     */
    static int serve(Path data, String host, int port, PrintWriter out, PrintWriter err) throws InterruptedException {
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
            return PORT_TAKEN;
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
