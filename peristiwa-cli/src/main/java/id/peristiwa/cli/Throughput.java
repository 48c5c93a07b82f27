package id.peristiwa.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.management.OperatingSystemMXBean;
import id.peristiwa.document.ContentType;
import id.peristiwa.document.RawDocument;
import java.io.BufferedReader;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.ToLongFunction;
import java.util.stream.Stream;

/**
 * Single-threaded throughput measurement for {@code peristiwa bench}: runs a piece of work over a list of items
 * again and again for a fixed time after a warm-up, and counts items, units of output and input bytes per
 * wall-clock second and per CPU-second of the working thread.
 */
final class Throughput {

    /**
     * What one measured run did. {@code cpuSeconds} is the working thread's; {@code processCpuSeconds} the whole
     * JVM's over the same time: it adds what the work hands to other threads (the language detector scores
     * languages on the common fork-join pool) as well as the compiler and the garbage collector.
     */
    record Result(long items, long units, double megabytes, double seconds, double cpuSeconds,
                  double processCpuSeconds) {
    }

    /**
     * Warms up for {@code warmup} seconds, resets the heap peaks, then measures for {@code seconds}.
     *
     * @param work  does the work on one item and returns how many units it produced (tokens, characters)
     * @param bytes the input size of one item in bytes
     */
    static <T> Result measure(List<T> items, ToLongFunction<T> work, ToLongFunction<T> bytes, int warmup,
                              int seconds) {
        run(items, work, bytes, warmup);
        resetPeaks();
        return run(items, work, bytes, seconds);
    }

    private static <T> Result run(List<T> items, ToLongFunction<T> work, ToLongFunction<T> bytes, int seconds) {
        long deadline = System.nanoTime() + seconds * 1_000_000_000L;
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long cpuStart = threads.getCurrentThreadCpuTime();
        long processStart = processCpuNanos();
        long start = System.nanoTime();
        long count = 0;
        long units = 0;
        long size = 0;
        while (System.nanoTime() < deadline) {
            for (T item : items) {
                units += work.applyAsLong(item);
                size += bytes.applyAsLong(item);
                count++;
            }
        }
        double elapsed = (System.nanoTime() - start) / 1e9;
        double cpu = (threads.getCurrentThreadCpuTime() - cpuStart) / 1e9;
        double process = (processCpuNanos() - processStart) / 1e9;
        return new Result(count, units, size / 1e6, elapsed, cpu, process);
    }

    /** CPU time of the whole JVM so far, in nanoseconds; -1 where the platform does not tell. */
    private static long processCpuNanos() {
        return ManagementFactory.getOperatingSystemMXBean() instanceof OperatingSystemMXBean os
                ? os.getProcessCpuTime() : -1;
    }

    /** Up to 2,000 corpus articles as captured text (title line, then the body), about 5 MB. */
    static List<RawDocument> corpusTexts(Path dir) throws IOException {
        List<RawDocument> texts = new ArrayList<>();
        ObjectMapper json = new ObjectMapper();
        try (Stream<Path> files = Files.list(dir)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".jsonl")).sorted().toList()) {
                try (BufferedReader r = Files.newBufferedReader(f, StandardCharsets.UTF_8)) {
                    for (String line; (line = r.readLine()) != null && texts.size() < 2000; ) {
                        JsonNode n = json.readTree(line);
                        String text = n.path("title").asText("") + "\n" + n.path("text").asText("");
                        texts.add(new RawDocument(f + "#" + texts.size(), null, null, ContentType.TEXT, null, text,
                                null, null, null));
                    }
                }
            }
        }
        return texts;
    }

    /** Input size of a raw document in bytes (text counted as UTF-8). */
    static long size(RawDocument d) {
        return d.bytes() != null ? d.bytes().length : d.text().getBytes(StandardCharsets.UTF_8).length;
    }

    private static void resetPeaks() {
        System.gc();
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            pool.resetPeakUsage();
        }
    }

    /** Peak heap use since the last measurement began, in MB. */
    static double peakHeapMb() {
        long peak = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP && pool.getPeakUsage() != null) {
                peak += pool.getPeakUsage().getUsed();
            }
        }
        return peak / 1e6;
    }

    private Throughput() {
    }
}
