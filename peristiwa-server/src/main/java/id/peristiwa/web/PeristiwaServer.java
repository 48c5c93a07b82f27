package id.peristiwa.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import id.peristiwa.store.Store;
import io.javalin.Javalin;
import io.javalin.http.staticfiles.Location;
import io.javalin.json.JavalinJackson;
import java.net.URI;
import java.util.List;
import java.util.Objects;
import org.eclipse.jetty.util.thread.QueuedThreadPool;

/**
 * The Peristiwa web server over one read-only {@link Store}: the JSON API under {@code /api} (described by
 * {@code /api/openapi.json}) and the dashboard, static pages and plain JavaScript modules from the class path
 * that draw what the API returns. Every response carries a strict Content-Security-Policy and related headers.
 *
 * <pre>{@code
 * try (Store store = Store.openReadOnly(dir);
 *      PeristiwaServer server = PeristiwaServer.start(store, "127.0.0.1", 7070)) {
 *     System.out.println(server.uri());
 *     server.join();
 * }
 * }</pre>
 *
 * <p>The server never writes to the store and never closes it; whoever opened it closes it after the server.
 */
public final class PeristiwaServer implements AutoCloseable {

    /** The host the server binds to unless told otherwise: this machine only. */
    public static final String LOOPBACK = "127.0.0.1";

    /** The API answers the response cache keeps unless told otherwise. */
    public static final int DEFAULT_CACHE_ENTRIES = 4096;
    /** The most bytes of API answers the response cache keeps. */
    public static final long CACHE_BYTES = 64L << 20;

    /** Most request threads: enough to read every request of many clients while the gate queues their work. */
    private static final int MAX_THREADS = 128;
    /** Threads kept when idle. */
    private static final int MIN_THREADS = 8;

    private static final String STATIC = "/id/peristiwa/web/static";
    /** The browser libraries the pages load, each from its WebJar. */
    private static final List<String> WEBJARS = List.of("echarts", "cytoscape");

    private final Javalin app;
    private final String host;
    private final ApiRoutes api;

    private PeristiwaServer(Javalin app, String host, ApiRoutes api) {
        this.app = app;
        this.host = host;
        this.api = api;
    }

    /**
     * Starts serving {@code store} on {@code host}:{@code port} (port 0 picks a free one) and returns once the
     * server listens.
     *
     * @throws IllegalArgumentException for a port outside 0..65535
     * @throws io.javalin.util.JavalinBindException when the port is taken
     */
    public static PeristiwaServer start(Store store, String host, int port) {
        return start(store, host, port, DEFAULT_CACHE_ENTRIES);
    }

    /**
     * Starts serving as {@link #start(Store, String, int)} does, with a response cache of at most
     * {@code cacheEntries} API answers (and {@value #CACHE_BYTES} bytes); 0 turns the cache off.
     */
    public static PeristiwaServer start(Store store, String host, int port, int cacheEntries) {
        Objects.requireNonNull(store, "store");
        Objects.requireNonNull(host, "host");
        if (port < 0 || port > 65_535) {
            throw new IllegalArgumentException("port must be 0 to 65535, not " + port);
        }
        ObjectMapper json = JsonBodies.mapper();
        Javalin app = Javalin.create(config -> {
            config.showJavalinBanner = false;
            config.useVirtualThreads = false;
            config.jetty.threadPool = threadPool();
            config.jsonMapper(new JavalinJackson(json, false));
            config.staticFiles.add(files -> {
                files.hostedPath = "/";
                files.directory = STATIC;
                files.location = Location.CLASSPATH;
                files.headers = SecurityHeaders.HEADERS;
            });
            // One handler per WebJar: a class-path folder resolves in one jar only, so a shared
            // META-INF/resources/webjars would serve the first library's jar and miss the others.
            for (String library : WEBJARS) {
                config.staticFiles.add(files -> {
                    files.hostedPath = "/webjars/" + library;
                    files.directory = "/META-INF/resources/webjars/" + library;
                    files.location = Location.CLASSPATH;
                    files.headers = SecurityHeaders.HEADERS;
                });
            }
            config.router.ignoreTrailingSlashes = true;
        });
        SecurityHeaders.install(app);
        PageRoutes.install(app);
        ApiRoutes api = new ApiRoutes(store, json, WorldGeometry.fromClassPath(),
                new ResponseCache(cacheEntries, CACHE_BYTES));
        api.install(app);
        app.start(host, port);
        return new PeristiwaServer(app, host, api);
    }

    /**
     * Jetty's threads: enough to take in every client's request at once, so each waits its turn in the API's
     * first-come gate ({@link RequestGate}), which lets only one per core work at a time. With a few threads and
     * no gate, Jetty served some keep-alive connections again and again while others waited (a 9 ms median and a
     * 267 ms 99th percentile under 50 clients); with 200 threads and no gate, all fifty ran at once, each slowed by
     * the others.
     */
    private static QueuedThreadPool threadPool() {
        QueuedThreadPool pool = new QueuedThreadPool(MAX_THREADS, MIN_THREADS);
        pool.setName("peristiwa-http");
        return pool;
    }

    /** The port the server listens on. */
    public int port() {
        return app.port();
    }

    /** The dashboard's address. */
    public URI uri() {
        String shown = host.contains(":") ? "[" + host + "]" : host;
        return URI.create("http://" + shown + ":" + port() + "/");
    }

    /** How the response cache has done since the server started. */
    public CacheStatistics cacheStatistics() {
        return api.cacheStatistics();
    }

    /** The API's routes, for the test that holds the OpenAPI document to them. */
    List<String> apiPaths() {
        return api.paths();
    }

    /** Blocks until the server stops (another thread closes it, or the JVM shuts down). */
    public void join() throws InterruptedException {
        app.jettyServer().server().join();
    }

    /** Stops listening and finishes the requests under way. */
    @Override
    public void close() {
        app.stop();
    }
}
