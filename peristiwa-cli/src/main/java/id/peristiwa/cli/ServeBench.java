package id.peristiwa.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.peristiwa.store.Store;
import id.peristiwa.store.StoreException;
import id.peristiwa.web.CacheStatistics;
import id.peristiwa.web.PeristiwaServer;
import java.io.IOException;
import java.io.PrintWriter;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code peristiwa bench serve}: starts the server over a store (on a free loopback port) and runs concurrent
 * clients against the search and dyad endpoints for a fixed time, then prints throughput and latency
 * percentiles per endpoint. Queries are words of stored headlines and dyads are the network's heaviest edges, so
 * the load hits data that exists. Clients and server share the machine, as they do on a one-box deployment.
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

    @Override
    public Integer call() throws Exception {
        PrintWriter out = Console.out();
        try (Store store = Store.openReadOnly(data, queryThreads);
             PeristiwaServer server = PeristiwaServer.start(store, PeristiwaServer.LOOPBACK, 0, cache)) {
            HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
            URI base = server.uri();
            List<String> searches = searches(http, base);
            List<String> dyads = dyads(http, base);
            out.printf(Locale.ROOT, "store %s: %,d articles, %,d events; %d search queries, %d dyads; %d clients, "
                            + "%d s warm-up, %d s measured; cache %d answers, %d DuckDB threads per query%n",
                    store.directory(), store.articleCount(), store.eventCount(), searches.size(), dyads.size(),
                    clients, warmup, seconds, cache, queryThreads);
            out.flush();
            List<List<String>> mix = dyads.isEmpty() ? List.of(searches) : List.of(searches, dyads);
            Load load = new Load(http, base, mix, clients);
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

    /**
     * Search paths made of headline words, several pages and page sizes: single words, and pairs of neighbouring
     * headline words, from the headlines of the newest and of the best-matching articles of the first words found.
     */
    private static List<String> searches(HttpClient http, URI base) throws IOException, InterruptedException {
        Set<String> words = new LinkedHashSet<>();
        headlineWords(get(http, base, "/api/search?size=100&facets=0").get("hits"), words);
        for (String seed : words.stream().limit(20).toList()) {
            headlineWords(get(http, base, "/api/search?size=100&facets=0&q="
                    + URLEncoder.encode(seed, StandardCharsets.UTF_8)).get("hits"), words);
        }
        List<String> singles = words.stream().limit(600).toList();
        List<String> queries = new ArrayList<>(singles);
        for (int w = 0; w + 1 < singles.size() && w < 400; w += 2) {
            queries.add(singles.get(w) + " " + singles.get(w + 1));
        }
        List<String> paths = new ArrayList<>();
        int i = 0;
        for (String word : queries) {
            paths.add("/api/search?q=" + URLEncoder.encode(word, StandardCharsets.UTF_8) + "&size=" + (10 + i % 3 * 5)
                    + "&page=" + (i % 2));
            i++;
        }
        paths.add("/api/search?size=20"); // the home page: newest first, with facets
        return paths;
    }

    private static void headlineWords(JsonNode hits, Set<String> words) {
        for (JsonNode hit : hits) {
            for (String word : hit.path("title").asText("").split("[^\\p{L}]+")) {
                if (word.length() >= 5) {
                    words.add(word.toLowerCase(Locale.ROOT));
                }
            }
        }
    }

    /** Dyad series paths of the heaviest network edges, by month and by week. */
    private static List<String> dyads(HttpClient http, URI base) throws IOException, InterruptedException {
        List<String> paths = new ArrayList<>();
        for (JsonNode edge : get(http, base, "/api/network?limit=300").get("edges")) {
            String dyad = "/api/dyads/" + edge.get("source").asText() + "/" + edge.get("target").asText();
            paths.add(dyad + "?interval=month");
            paths.add(dyad + "?interval=week");
        }
        return paths;
    }

    private static JsonNode get(HttpClient http, URI base, String path) throws IOException, InterruptedException {
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(base.resolve(path)).build(),
                HttpResponse.BodyHandlers.ofString());
        if (r.statusCode() != 200) {
            throw new IOException("GET " + path + " answered " + r.statusCode() + ": " + r.body());
        }
        return new ObjectMapper().readTree(r.body());
    }

    /** The clients, and the latencies they measured per kind of request. */
    private static final class Load {
        private final HttpClient http;
        private final URI base;
        private final List<List<String>> mix;
        private final int clients;
        private final List<long[][]> latencies = new ArrayList<>(); // per client: per kind, nanos
        private final List<int[]> counts = new ArrayList<>();
        private final AtomicLong errors = new AtomicLong();
        private final AtomicReference<String> firstError = new AtomicReference<>();
        private double measuredSeconds;

        Load(HttpClient http, URI base, List<List<String>> mix, int clients) {
            this.http = http;
            this.base = base;
            this.mix = mix;
            this.clients = clients;
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
            for (Thread t : threads) {
                t.join();
            }
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

        private static double ms(long[] sorted, double q) {
            if (sorted.length == 0) {
                return 0;
            }
            return sorted[Math.min(sorted.length - 1, (int) Math.ceil(q * sorted.length) - 1)] / 1e6;
        }
    }
}
