package id.peristiwa.cli;

import com.sun.management.OperatingSystemMXBean;
import id.peristiwa.store.Facets;
import id.peristiwa.store.SearchFilter;
import id.peristiwa.store.Store;
import id.peristiwa.store.StoreException;
import id.peristiwa.store.StoreViews;
import id.peristiwa.web.CacheStatistics;
import id.peristiwa.web.PeristiwaServer;
import java.io.IOException;
import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code peristiwa bench serve}: starts the server over a store (on a free loopback port) and runs concurrent
 * clients against the search and dyad endpoints for a fixed time, then prints throughput and latency
 * percentiles per endpoint. The requests ({@link QueryMix}) are thousands of searches for stored headline words,
 * with pages and filters, and the series of every dyad with events, so the load hits data that exists and a
 * response cache meets it as it would in use. Clients and server share the machine, as they do on a one-box
 * deployment.
 */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = "Load test of the HTTP API: N clients against /api/search and /api/dyads for S seconds; "
                + "prints requests/s and p50/p99 latency.")
final class ServeBench implements Callable<Integer> {

    @Option(names = "--data", required = true, paramLabel = "DIR", description = "The store to serve.")
    Path data;

    @Option(names = "--clients", paramLabel = "N", description = "Concurrent clients (default: ${DEFAULT-VALUE}).")
    int clients = 50;

    @Option(names = "--seconds", paramLabel = "S", description = "Measured seconds (default: ${DEFAULT-VALUE}).")
    int seconds = 60;

    @Option(names = "--warmup", paramLabel = "S", description = "Unmeasured seconds first (default: ${DEFAULT-VALUE}).")
    int warmup = 5;

    @Option(names = "--cache", paramLabel = "N",
            description = "API answers the server caches, 0 for none (default: ${DEFAULT-VALUE}).")
    int cache = PeristiwaServer.DEFAULT_CACHE_ENTRIES;

    @Option(names = "--query-threads", paramLabel = "N",
            description = "DuckDB threads per query, 0 for every core (default: ${DEFAULT-VALUE}).")
    int queryThreads = 1;

    @Option(names = "--search-words", paramLabel = "N",
            description = "Distinct headline words searched for (default: ${DEFAULT-VALUE}).")
    int searchWords = 3000;

    @Option(names = "--search-pairs", paramLabel = "N",
            description = "Distinct pairs of neighbouring headline words searched for (default: ${DEFAULT-VALUE}).")
    int searchPairs = 1500;

    @Option(names = "--think-ms", paramLabel = "N",
            description = "Milliseconds each client waits after each answer, a user reading the page; 0 for a "
                    + "closed loop (default: ${DEFAULT-VALUE}).")
    int thinkMs = 0;

    /** The most distinct headlines read for search words. */
    private static final int MAX_TITLES = 50_000;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = Console.out();
        try (Store store = Store.openReadOnly(data, queryThreads);
             PeristiwaServer server = PeristiwaServer.start(store, PeristiwaServer.LOOPBACK, 0, cache)) {
            HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
            URI base = server.uri();
            List<String> searches = searches(store);
            List<String> dyads = dyads(store);
            out.printf(Locale.ROOT, "store %s: %,d articles, %,d events; %d search queries, %d dyads; %d clients, "
                            + "%d s warm-up, %d s measured, %d ms thinking; cache %d answers, %d DuckDB threads per query%n",
                    store.directory(), store.articleCount(), store.eventCount(), searches.size(), dyads.size(),
                    clients, warmup, seconds, thinkMs, cache, queryThreads);
            out.flush();
            List<List<String>> mix = dyads.isEmpty() ? List.of(searches) : List.of(searches, dyads);
            if (thinkMs < 0) {
                throw new IllegalArgumentException("--think-ms must be 0 or more, not " + thinkMs);
            }
            Load load = new Load(http, base, mix, clients, Duration.ofMillis(thinkMs));
            CacheStatistics[] atStart = new CacheStatistics[1];
            load.run(Duration.ofSeconds(warmup), Duration.ofSeconds(seconds),
                    () -> atStart[0] = server.cacheStatistics());
            CacheStatistics cached = server.cacheStatistics().since(atStart[0]);
            out.printf(Locale.ROOT, "cache: %,d hits, %,d misses while measured: hit rate %.1f%%; %,d answers "
                            + "(%.1f MB) kept%n", cached.hits(), cached.misses(), 100 * cached.hitRate(),
                    cached.entries(), cached.bytes() / 1e6);
            load.report(out, "search", 0);
            if (!dyads.isEmpty()) {
                load.report(out, "dyad", 1);
            }
            load.report(out, "all", -1);
            load.reportCpu(out);
            out.flush();
            if (load.firstError.get() != null) {
                out.println("first error: " + load.firstError.get());
                out.flush();
            }
            return load.errors.get() == 0 ? 0 : 1;
        } catch (StoreException e) {
            PrintWriter err = Console.err();
            err.println("peristiwa bench serve: " + e.getMessage());
            err.flush();
            return 2;
        }
    }

    /** Search paths of the store's headline words, with pages and filters (see {@link QueryMix#searches}). */
    private List<String> searches(Store store) {
        List<String> titles = new ArrayList<>();
        for (List<Object> row : store.query("SELECT DISTINCT title FROM articles WHERE title IS NOT NULL "
                + "ORDER BY md5(title) LIMIT " + MAX_TITLES).rows()) {
            titles.add((String) row.getFirst());
        }
        return QueryMix.searches(titles, store.facets(null, SearchFilter.NONE, Facets.MAX_VALUES), searchWords,
                searchPairs);
    }

    /** Series paths of every dyad with dated events (see {@link QueryMix#dyads}). */
    private static List<String> dyads(Store store) {
        List<List<String>> dyads = new ArrayList<>();
        for (List<Object> row : store.query("SELECT source_code, target_code FROM events WHERE source_code IS NOT "
                + "NULL AND target_code IS NOT NULL AND date IS NOT NULL GROUP BY 1, 2 ORDER BY count(*) DESC, 1, 2")
                .rows()) {
            dyads.add(List.of((String) row.get(0), (String) row.get(1)));
        }
        StoreViews.Statistics stats = store.views().statistics();
        String from = stats.firstEvent() == null ? "2000-01-01" : LocalDate.ofEpochDay(
                (LocalDate.parse(stats.firstEvent()).toEpochDay() + LocalDate.parse(stats.lastEvent()).toEpochDay())
                        / 2).toString();
        return QueryMix.dyads(dyads, from);
    }

    /** The clients, and the latencies they measured per kind of request. */
    private static final class Load {
        private final HttpClient http;
        private final URI base;
        private final List<List<String>> mix;
        private final int clients;
        private final Duration think;
        private final List<long[][]> latencies = new ArrayList<>(); // per client: per kind, nanos
        private final List<int[]> counts = new ArrayList<>();
        private final AtomicLong errors = new AtomicLong();
        private final AtomicReference<String> firstError = new AtomicReference<>();
        private double measuredSeconds;
        private double cpuSeconds;

        /** @param think how long a client waits after each answer before its next request */
        Load(HttpClient http, URI base, List<List<String>> mix, int clients, Duration think) {
            this.http = http;
            this.base = base;
            this.mix = mix;
            this.clients = clients;
            this.think = think;
        }

        /** Runs the clients; {@code measuring} runs once the warm-up is over. */
        void run(Duration warm, Duration measured, Runnable measuring) throws InterruptedException {
            long start = System.nanoTime();
            long measureFrom = start + warm.toNanos();
            long end = measureFrom + measured.toNanos();
            List<Thread> threads = new ArrayList<>();
            for (int c = 0; c < clients; c++) {
                long[][] mine = new long[mix.size()][1024];
                int[] n = new int[mix.size()];
                latencies.add(mine);
                counts.add(n);
                int client = c;
                threads.add(Thread.ofPlatform().name("load-" + c).start(() -> loop(client, mine, n, measureFrom, end)));
            }
            Thread.sleep(Duration.ofNanos(Math.max(0, measureFrom - System.nanoTime())));
            measuring.run();
            long cpuFrom = processCpuNanos();
            for (Thread t : threads) {
                t.join();
            }
            cpuSeconds = (processCpuNanos() - cpuFrom) / 1e9;
            measuredSeconds = measured.toNanos() / 1e9;
        }

        private void loop(int client, long[][] mine, int[] n, long measureFrom, long end) {
            int i = client;
            while (System.nanoTime() < end) {
                int kind = i % mix.size();
                List<String> paths = mix.get(kind);
                String path = paths.get((i / mix.size() * 31 + client) % paths.size());
                i++;
                long t0 = System.nanoTime();
                try {
                    HttpResponse<Void> r = http.send(HttpRequest.newBuilder(base.resolve(path)).build(),
                            HttpResponse.BodyHandlers.discarding());
                    if (r.statusCode() != 200) {
                        error("GET " + path + " answered " + r.statusCode());
                    }
                } catch (IOException e) {
                    error("GET " + path + " failed: " + e);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                }
                long t1 = System.nanoTime();
                if (t0 >= measureFrom && t1 <= end) {
                    if (n[kind] == mine[kind].length) {
                        mine[kind] = Arrays.copyOf(mine[kind], n[kind] * 2);
                    }
                    mine[kind][n[kind]++] = t1 - t0;
                }
                if (!think.isZero()) {
                    try {
                        Thread.sleep(think);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                        return;
                    }
                }
            }
        }

        private void error(String what) {
            errors.incrementAndGet();
            firstError.compareAndSet(null, what);
        }

        /** Prints throughput and latency percentiles of one kind of request, or of all for {@code kind} -1. */
        void report(PrintWriter out, String label, int kind) {
            long total = 0;
            for (int[] n : counts) {
                for (int k = 0; k < n.length; k++) {
                    total += kind < 0 || k == kind ? n[k] : 0;
                }
            }
            long[] all = new long[Math.toIntExact(total)];
            int at = 0;
            for (int c = 0; c < latencies.size(); c++) {
                for (int k = 0; k < mix.size(); k++) {
                    if (kind < 0 || k == kind) {
                        System.arraycopy(latencies.get(c)[k], 0, all, at, counts.get(c)[k]);
                        at += counts.get(c)[k];
                    }
                }
            }
            Arrays.sort(all);
            out.printf(Locale.ROOT, "%-6s %,8d requests  %8.1f req/s  p50 %7.1f ms  p99 %7.1f ms  max %7.1f ms"
                            + "  errors %d%n", label, all.length, all.length / measuredSeconds, ms(all, 0.50),
                    ms(all, 0.99), all.length == 0 ? 0 : all[all.length - 1] / 1e6, kind < 0 ? errors.get() : 0);
        }

        /**
         * Prints the CPU time the process (server and clients together) spent per request while measured, a figure
         * that other work on the machine disturbs far less than latency.
         */
        void reportCpu(PrintWriter out) {
            long requests = counts.stream().flatMapToInt(Arrays::stream).asLongStream().sum();
            out.printf(Locale.ROOT, "cpu    %.1f s of process CPU (server and clients) while measured: %.2f ms per "
                    + "request; load average %.2f%n", cpuSeconds, requests == 0 ? 0 : 1000 * cpuSeconds / requests,
                    ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
        }

        private static long processCpuNanos() {
            return ManagementFactory.getPlatformMXBean(OperatingSystemMXBean.class).getProcessCpuTime();
        }

        private static double ms(long[] sorted, double q) {
            if (sorted.length == 0) {
                return 0;
            }
            return sorted[Math.min(sorted.length - 1, (int) Math.ceil(q * sorted.length) - 1)] / 1e6;
        }
    }
}
