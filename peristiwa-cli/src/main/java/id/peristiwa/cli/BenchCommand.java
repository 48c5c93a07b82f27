package id.peristiwa.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.peristiwa.document.ContentType;
import id.peristiwa.document.RawDocument;
import id.peristiwa.eval.BenchmarkPages;
import id.peristiwa.extract.Extractor;
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
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code peristiwa bench extraction}: single-threaded extraction throughput on real pages — HTML pages per
 * second on the scrapinghub pages, captured-text megabytes per second on the news corpus — and peak heap.
 * Rates are given per wall-clock second and per CPU-second of the working thread; the latter is what one core
 * does and does not move when other work shares the machine.
 */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = "Throughput benchmarks on one thread (figures for the README and closing notes).",
        subcommands = {BenchCommand.Extraction.class})
final class BenchCommand extends CommandGroup {

    @Command(name = "extraction", mixinStandardHelpOptions = true,
            description = "HTML pages/s (scrapinghub pages) and text MB/s (../shared/data/corpus) on one thread.")
    static final class Extraction implements Callable<Integer> {

        @Option(names = "--seconds", defaultValue = "20", description = "Measured seconds per benchmark (default 20).")
        int seconds;

        @Option(names = "--warmup", defaultValue = "8", description = "Warm-up seconds per benchmark (default 8).")
        int warmup;

        @Override
        public Integer call() throws IOException {
            Extractor extractor = Extractor.indonesian();
            List<RawDocument> pages = htmlPages(Locations.requireData("extraction/scrapinghub-aeb/html"));
            List<RawDocument> texts = corpusTexts(Locations.requireData("corpus"));
            var out = Console.out();
            Result html = measure(extractor, pages);
            out.printf(Locale.ROOT, "html: %d pages (%.1f MB) in %.2f s wall, %.2f s thread CPU: %.1f pages/s wall, "
                            + "%.1f pages per CPU-second, %.2f MB per CPU-second%n",
                    html.documents, html.megabytes, html.seconds, html.cpuSeconds, html.documents / html.seconds,
                    html.documents / html.cpuSeconds, html.megabytes / html.cpuSeconds);
            Result text = measure(extractor, texts);
            out.printf(Locale.ROOT, "text: %d articles (%.1f MB) in %.2f s wall, %.2f s thread CPU: %.2f MB/s wall, "
                            + "%.2f MB per CPU-second, %.1f articles per CPU-second%n",
                    text.documents, text.megabytes, text.seconds, text.cpuSeconds, text.megabytes / text.seconds,
                    text.megabytes / text.cpuSeconds, text.documents / text.cpuSeconds);
            out.printf(Locale.ROOT, "peak heap: %.0f MB (max heap %d MB)%n", peakHeapMb(),
                    Runtime.getRuntime().maxMemory() >> 20);
            // Per CPU-second of the one working thread: what one core does, whatever else the machine runs.
            out.printf(Locale.ROOT, "html_pages_per_cpu_s=%.1f text_mb_per_cpu_s=%.2f%n",
                    html.documents / html.cpuSeconds, text.megabytes / text.cpuSeconds);
            out.flush();
            return 0;
        }

        private record Result(long documents, double megabytes, double seconds, double cpuSeconds) {
        }

        private Result measure(Extractor extractor, List<RawDocument> documents) {
            run(extractor, documents, warmup);
            resetPeaks();
            return run(extractor, documents, seconds);
        }

        private static Result run(Extractor extractor, List<RawDocument> documents, int seconds) {
            long deadline = System.nanoTime() + seconds * 1_000_000_000L;
            ThreadMXBean threads = ManagementFactory.getThreadMXBean();
            long cpuStart = threads.getCurrentThreadCpuTime();
            long start = System.nanoTime();
            long count = 0;
            long bytes = 0;
            long sink = 0;
            while (System.nanoTime() < deadline) {
                for (RawDocument d : documents) {
                    sink += extractor.extract(d).text().length();
                    bytes += d.bytes() != null ? d.bytes().length : d.text().getBytes(StandardCharsets.UTF_8).length;
                    count++;
                }
            }
            double elapsed = (System.nanoTime() - start) / 1e9;
            double cpu = (threads.getCurrentThreadCpuTime() - cpuStart) / 1e9;
            if (sink == 42) {
                System.err.print(""); // keeps the results alive for the JIT
            }
            return new Result(count, bytes / 1e6, elapsed, cpu);
        }

        private static List<RawDocument> htmlPages(Path dir) throws IOException {
            List<RawDocument> pages = new ArrayList<>();
            try (Stream<Path> files = Files.list(dir)) {
                for (Path f : files.sorted().toList()) {
                    pages.add(RawDocument.html(f.getFileName().toString(), BenchmarkPages.gunzip(f)));
                }
            }
            return pages;
        }

        /** Up to 2,000 corpus articles as captured text (title line, then the body), about 5 MB. */
        private static List<RawDocument> corpusTexts(Path dir) throws IOException {
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

        private static void resetPeaks() {
            System.gc();
            for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
                pool.resetPeakUsage();
            }
        }

        private static double peakHeapMb() {
            long peak = 0;
            for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
                if (pool.getType() == MemoryType.HEAP && pool.getPeakUsage() != null) {
                    peak += pool.getPeakUsage().getUsed();
                }
            }
            return peak / 1e6;
        }
    }
}
