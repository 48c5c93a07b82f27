package id.peristiwa.web;

/**
 * How a server's response cache has done.
 *
 * @param entries bodies kept now
 * @param bytes   bytes kept now
 * @param hits    requests answered from the cache
 * @param misses  requests computed (every request when caching is off)
 */
public record CacheStatistics(int entries, long bytes, long hits, long misses) {

    /** Hits among all cacheable requests, 0 to 1; 0 before any. */
    public double hitRate() {
        long all = hits + misses;
        return all == 0 ? 0 : (double) hits / all;
    }

    /** The figures since {@code earlier} was taken (entries and bytes as they are now). */
    public CacheStatistics since(CacheStatistics earlier) {
        return new CacheStatistics(entries, bytes, hits - earlier.hits, misses - earlier.misses);
    }
}
