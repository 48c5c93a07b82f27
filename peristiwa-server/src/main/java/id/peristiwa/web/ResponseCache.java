package id.peristiwa.web;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

/**
 * A bounded least-recently-used cache of JSON response bodies, keyed by the normalized request. It is correct
 * only because the server's store is read-only while served: the same request always has the same answer. It is
 * bounded both by entries and by bytes, so a crawl of distinct queries cannot grow it past its limits; a body
 * larger than the byte bound is answered but never kept. Safe for concurrent use; two threads missing the same
 * key at once both compute it, which costs time but never a wrong answer.
 */
final class ResponseCache {

    private final int maxEntries;
    private final long maxBytes;
    private final LinkedHashMap<String, byte[]> entries = new LinkedHashMap<>(16, 0.75f, true);
    private final AtomicLong hits = new AtomicLong();
    private final AtomicLong misses = new AtomicLong();
    private long bytes;

    /**
     * @param maxEntries the most bodies kept, 0 for no caching at all
     * @param maxBytes   the most bytes of bodies kept
     */
    ResponseCache(int maxEntries, long maxBytes) {
        if (maxEntries < 0 || maxBytes < 0) {
            throw new IllegalArgumentException("cache bounds must be 0 or more, not " + maxEntries + " entries and "
                    + maxBytes + " bytes");
        }
        this.maxEntries = maxEntries;
        this.maxBytes = maxBytes;
    }

    /**
     * The key of a request: its path and its query parameters sorted by name (each name's values in the order
     * given), so {@code ?a=1&b=2} and {@code ?b=2&a=1} share an entry. Names and values are encoded again, so a
     * value holding {@code &} or {@code =} cannot pass for another parameter.
     */
    static String key(String path, Map<String, List<String>> query) {
        StringBuilder key = new StringBuilder(path);
        char separator = '?';
        for (Map.Entry<String, List<String>> e : new TreeMap<>(query).entrySet()) {
            for (String value : e.getValue()) {
                key.append(separator).append(URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8)).append('=')
                        .append(URLEncoder.encode(value, StandardCharsets.UTF_8));
                separator = '&';
            }
        }
        return key.toString();
    }

    /** The body cached under {@code key}, or the one {@code compute} makes (and the cache then keeps). */
    byte[] get(String key, Supplier<byte[]> compute) {
        Objects.requireNonNull(key, "key");
        if (maxEntries == 0) {
            misses.incrementAndGet();
            return compute.get();
        }
        synchronized (entries) {
            byte[] found = entries.get(key);
            if (found != null) {
                hits.incrementAndGet();
                return found;
            }
        }
        misses.incrementAndGet();
        byte[] body = compute.get(); // outside the lock: a slow request must not hold up cached ones
        if (body.length <= maxBytes) {
            put(key, body);
        }
        return body;
    }

    private void put(String key, byte[] body) {
        synchronized (entries) {
            byte[] old = entries.put(key, body);
            bytes += body.length - (old == null ? 0 : old.length);
            Iterator<byte[]> eldest = entries.values().iterator();
            while (entries.size() > maxEntries || bytes > maxBytes) {
                bytes -= eldest.next().length;
                eldest.remove();
            }
        }
    }

    /** How many entries and bytes are kept now, and the hits and misses so far. */
    CacheStatistics statistics() {
        synchronized (entries) {
            return new CacheStatistics(entries.size(), bytes, hits.get(), misses.get());
        }
    }
}
