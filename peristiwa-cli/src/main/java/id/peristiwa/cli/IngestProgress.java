package id.peristiwa.cli;

import id.peristiwa.ingest.SkipReason;
import id.peristiwa.store.PutResult;
import java.io.PrintWriter;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Counts what an ingest run does and tells the user: a progress line on stderr (redrawn in place on a terminal,
 * else a plain line every {@value #PLAIN_EVERY_SECONDS} seconds for logs), then the final summary.
 */
final class IngestProgress {

    static final int PLAIN_EVERY_SECONDS = 10;
    private static final long REDRAW_NANOS = 250_000_000L;

    private final PrintWriter err;
    private final boolean terminal;
    private final long start = System.nanoTime();
    private final Map<PutResult, Integer> results = new EnumMap<>(PutResult.class);
    private long lastShown = start;
    private int resumed;
    private long events;

    IngestProgress(PrintWriter err, boolean terminal) {
        this.err = err;
        this.terminal = terminal;
    }

    /** Counts a stored document and its events, and shows progress when due. */
    void stored(PutResult result, int eventCount) {
        results.merge(result, 1, Integer::sum);
        events += eventCount;
        tick();
    }

    /** Counts a document skipped because an interrupted run had committed it. */
    void resumed() {
        resumed++;
        tick();
    }

    private int documents() {
        return results.values().stream().mapToInt(Integer::intValue).sum() + resumed;
    }

    private double seconds() {
        return (System.nanoTime() - start) / 1e9;
    }

    private void tick() {
        long now = System.nanoTime();
        long every = terminal ? REDRAW_NANOS : PLAIN_EVERY_SECONDS * 1_000_000_000L;
        if (now - lastShown >= every) {
            lastShown = now;
            String line = String.format(Locale.ROOT, "ingest: %,d documents, %,d events, %.1f docs/s",
                    documents(), events, documents() / Math.max(seconds(), 1e-9));
            if (terminal) {
                err.print("\r" + line + "\u001b[K");
            } else {
                err.println(line);
            }
            err.flush();
        }
    }

    /** The summary of the run, several lines. */
    String summary(int failed, Map<SkipReason, Integer> skipped, long storeArticles, long storeEvents) {
        if (terminal) {
            err.print("\r\u001b[K");
            err.flush();
        }
        int skips = skipped.values().stream().mapToInt(Integer::intValue).sum();
        int read = documents() + failed + skips;
        double seconds = seconds();
        String reasons = skipped.entrySet().stream().sorted(Map.Entry.comparingByKey())
                .map(e -> e.getValue() + " " + e.getKey().label()).collect(Collectors.joining(", "));
        return String.format(Locale.ROOT, """
                        ingest: %,d documents read in %.1f s (%.1f docs/s)
                          stored %,d, updated %,d, unchanged %,d, already committed by an interrupted run %,d
                          skipped %,d%s, failed %,d
                          events %,d; the store holds %,d articles and %,d events""",
                read, seconds, read / Math.max(seconds, 1e-9), count(PutResult.STORED), count(PutResult.UPDATED),
                count(PutResult.UNCHANGED), resumed, skips, reasons.isEmpty() ? "" : " (" + reasons + ")", failed,
                events, storeArticles, storeEvents);
    }

    private int count(PutResult result) {
        return results.getOrDefault(result, 0);
    }
}
