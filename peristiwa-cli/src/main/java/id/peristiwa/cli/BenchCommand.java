package id.peristiwa.cli;

import id.peristiwa.document.Article;
import id.peristiwa.document.RawDocument;
import id.peristiwa.document.Span;
import id.peristiwa.eval.BenchmarkPages;
import id.peristiwa.extract.Extractor;
import id.peristiwa.ner.NameTagger;
import id.peristiwa.pipeline.Pipeline;
import id.peristiwa.text.Segmenter;
import id.peristiwa.text.Sentence;
import id.peristiwa.text.Token;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.function.ToLongFunction;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code peristiwa bench extraction}: single-threaded extraction throughput on real pages — HTML pages per
 * second on the scrapinghub pages, captured-text megabytes per second on the news corpus — and peak heap;
 * {@code peristiwa bench segmentation}: tokens per second of sentence and token segmentation;
 * {@code peristiwa bench analysis}: megabytes per second of the whole analysis.
 * {@code peristiwa bench ner}: tokens per second of name tagging.
 * Rates are given per wall-clock second and per CPU-second of the working thread; the latter is what one core
 * does and does not move when other work shares the machine.
 */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = "Throughput benchmarks on one thread (figures for the README and closing notes).",
        subcommands = {BenchCommand.Extraction.class, BenchCommand.Segmentation.class, BenchCommand.Ner.class,
            BenchCommand.Analysis.class, BenchCommand.Compare.class, ServeBench.class, StoreBench.class})
final class BenchCommand extends CommandGroup {

    @Command(name = "extraction", mixinStandardHelpOptions = true,
            description = "HTML pages/s (scrapinghub pages) and text MB/s (../shared/data/corpus) on one thread.")
    static final class Extraction implements Callable<Integer> {

        @Mixin
        BenchOptions timing;

        @Override
        public Integer call() throws IOException {
            Extractor extractor = Extractor.indonesian();
            List<RawDocument> pages = htmlPages(Locations.requireData("extraction/scrapinghub-aeb/html"));
            List<RawDocument> texts = Throughput.corpusTexts(Locations.requireData("corpus"));
            var out = Console.out();
            ToLongFunction<RawDocument> extract = d -> extractor.extract(d).text().length();
            Throughput.Result html = Throughput.measure(pages, extract, Throughput::size, timing.warmup, timing.seconds);
            out.printf(Locale.ROOT, "html: %d pages (%.1f MB) in %.2f s wall, %.2f s thread CPU: %.1f pages/s wall, "
                            + "%.1f pages per CPU-second, %.2f MB per CPU-second%n",
                    html.items(), html.megabytes(), html.seconds(), html.cpuSeconds(), html.items() / html.seconds(),
                    html.items() / html.cpuSeconds(), html.megabytes() / html.cpuSeconds());
            Throughput.Result text = Throughput.measure(texts, extract, Throughput::size, timing.warmup, timing.seconds);
            out.printf(Locale.ROOT, "text: %d articles (%.1f MB) in %.2f s wall, %.2f s thread CPU: %.2f MB/s wall, "
                            + "%.2f MB per CPU-second, %.1f articles per CPU-second%n",
                    text.items(), text.megabytes(), text.seconds(), text.cpuSeconds(), text.megabytes() / text.seconds(),
                    text.megabytes() / text.cpuSeconds(), text.items() / text.cpuSeconds());
            out.printf(Locale.ROOT, "peak heap: %.0f MB (max heap %d MB)%n", Throughput.peakHeapMb(),
                    Runtime.getRuntime().maxMemory() >> 20);
            // Per CPU-second of the one working thread: what one core does, whatever else the machine runs.
            out.printf(Locale.ROOT, "html_pages_per_cpu_s=%.1f text_mb_per_cpu_s=%.2f%n",
                    html.items() / html.cpuSeconds(), text.megabytes() / text.cpuSeconds());
            out.flush();
            return 0;
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
    }

    @Command(name = "segmentation", mixinStandardHelpOptions = true,
            description = "Sentence and token segmentation of extracted corpus articles (../shared/data/corpus) on one thread.")
    static final class Segmentation implements Callable<Integer> {

        @Mixin
        BenchOptions timing;

        @Override
        public Integer call() throws IOException {
            Extractor extractor = Extractor.indonesian();
            Segmenter segmenter = Segmenter.indonesian();
            List<Article> articles = Throughput.corpusTexts(Locations.requireData("corpus")).stream()
                    .map(extractor::extract).toList();
            Throughput.Result r = Throughput.measure(articles, a -> segment(segmenter, a),
                    a -> a.text().getBytes(StandardCharsets.UTF_8).length, timing.warmup, timing.seconds);
            var out = Console.out();
            out.printf(Locale.ROOT, "segmentation: %d articles (%.1f MB), %d tokens in %.2f s wall, %.2f s thread CPU: "
                            + "%.0f tokens per CPU-second, %.2f MB per CPU-second%n",
                    r.items(), r.megabytes(), r.units(), r.seconds(), r.cpuSeconds(), r.units() / r.cpuSeconds(),
                    r.megabytes() / r.cpuSeconds());
            out.printf(Locale.ROOT, "tokens_per_cpu_s=%.0f%n", r.units() / r.cpuSeconds());
            out.flush();
            return 0;
        }

        /** The sentences of the whole article with their tokens; returns the token count. */
        private static long segment(Segmenter segmenter, Article a) {
            Span skip = a.dateline() == null ? null : a.dateline().span();
            long tokens = 0;
            for (Sentence sentence : segmenter.segment(a.text(), a.paragraphs(), skip)) {
                tokens += sentence.tokens().size();
            }
            return tokens;
        }
    }

    @Command(name = "ner", mixinStandardHelpOptions = true,
            description = "Name tagging of segmented corpus sentences (../shared/data/corpus) on one thread.")
    static final class Ner implements Callable<Integer> {

        @Mixin
        BenchOptions timing;

        /** One sentence ready for tagging: the article text and the sentence's tokens. */
        private record Tagged(String text, List<Token> tokens) {
        }

        @Override
        public Integer call() throws IOException {
            Extractor extractor = Extractor.indonesian();
            Segmenter segmenter = Segmenter.indonesian();
            NameTagger tagger = NameTagger.indonesian();
            List<Tagged> sentences = new ArrayList<>();
            for (RawDocument d : Throughput.corpusTexts(Locations.requireData("corpus"))) {
                Article a = extractor.extract(d);
                Span skip = a.dateline() == null ? null : a.dateline().span();
                for (Sentence s : segmenter.segment(a.text(), a.paragraphs(), skip)) {
                    sentences.add(new Tagged(a.text(), s.tokens()));
                }
            }
            Throughput.Result r = Throughput.measure(sentences, s -> {
                tagger.tag(s.text(), s.tokens());
                return s.tokens().size();
            }, s -> s.tokens().isEmpty() ? 0 : s.tokens().getLast().end() - s.tokens().getFirst().start(),
                    timing.warmup, timing.seconds);
            var out = Console.out();
            out.printf(Locale.ROOT, "ner: %d sentences, %d tokens in %.2f s wall, %.2f s thread CPU: "
                            + "%.0f tokens per CPU-second, %.0f sentences per CPU-second%n",
                    r.items(), r.units(), r.seconds(), r.cpuSeconds(), r.units() / r.cpuSeconds(),
                    r.items() / r.cpuSeconds());
            out.printf(Locale.ROOT, "tokens_per_cpu_s=%.0f%n", r.units() / r.cpuSeconds());
            out.flush();
            return 0;
        }
    }

    @Command(name = "analysis", mixinStandardHelpOptions = true,
            description = "The whole analysis (extraction, language, sentences, names and actors, references, quotes, "
                    + "events) on corpus articles (../shared/data/corpus) as captured text, on one thread.")
    static final class Analysis implements Callable<Integer> {

        enum Stage { names, all }

        @Mixin
        BenchOptions timing;

        @Option(names = "--until", defaultValue = "all",
                description = "names (extraction to coreference) or all (quotes and events too; default).")
        Stage until;

        @Override
        public Integer call() throws IOException {
            Pipeline pipeline = Pipeline.indonesian();
            List<RawDocument> texts = Throughput.corpusTexts(Locations.requireData("corpus"));
            Throughput.Result r = Throughput.measure(texts, d -> (until == Stage.names
                            ? pipeline.analyzeNames(pipeline.process(d)) : pipeline.analyze(d)).mentions().size(),
                    Throughput::size, timing.warmup, timing.seconds);
            var out = Console.out();
            out.printf(Locale.ROOT, "analysis until %s: %d articles (%.1f MB), %d mentions in %.2f s wall, %.2f s thread CPU: "
                            + "%.2f MB per CPU-second, %.1f articles per CPU-second%n",
                    until, r.items(), r.megabytes(), r.units(), r.seconds(), r.cpuSeconds(), r.megabytes() / r.cpuSeconds(),
                    r.items() / r.cpuSeconds());
            out.printf(Locale.ROOT, "whole JVM (the language detector's worker threads, compiler, GC): %.2f s CPU, "
                    + "%.2f MB per CPU-second%n", r.processCpuSeconds(), r.megabytes() / r.processCpuSeconds());
            out.printf(Locale.ROOT, "peak heap: %.0f MB (max heap %d MB)%n", Throughput.peakHeapMb(),
                    Runtime.getRuntime().maxMemory() >> 20);
            out.printf(Locale.ROOT, "mb_per_cpu_s=%.2f%n", r.megabytes() / r.cpuSeconds());
            out.flush();
            return 0;
        }
    }

    @Command(name = "compare", mixinStandardHelpOptions = true,
            description = "This build's analysis beside another build's (another checkout's peristiwa.jar or "
                    + "classes), alternated on one thread in half-second slices of CPU time, so that a change is "
                    + "measured against the code before it under the same load. Last line: ratio=R (this build's "
                    + "MB per CPU-second over the other's).")
    static final class Compare implements Callable<Integer> {
        private static final long SLICE_NANOS = 500_000_000L;

        @Mixin
        BenchOptions timing;

        @Option(names = "--against", required = true, paramLabel = "JAR|DIR",
                description = "The other build: its peristiwa-cli/target/peristiwa.jar, or a peristiwa-core "
                        + "classes directory (its dependencies then come from this build).")
        Path against;

        @Option(names = "--until", defaultValue = "all",
                description = "names (extraction to coreference) or all (quotes and events too; default).")
        Analysis.Stage until;

        @Override
        public Integer call() throws IOException {
            if (!Files.exists(against)) {
                throw new IllegalArgumentException("--against: no such file or directory: " + against);
            }
            List<Path> ours = LoadedBuild.thisClassPath();
            List<Path> theirs = Stream.concat(Stream.of(against), ours.stream()).toList();
            boolean names = until == Analysis.Stage.names;
            LoadedBuild first = LoadedBuild.load("this build", ours, names);
            LoadedBuild second = LoadedBuild.load(against.toString(), theirs, names);
            List<AlternatingRuns.Text> texts = Throughput.corpusTexts(Locations.requireData("corpus")).stream()
                    .map(d -> new AlternatingRuns.Text(d.origin(), d.text())).toList();
            AlternatingRuns.Result r = new AlternatingRuns(texts, SLICE_NANOS).measure(first, second,
                    slices(timing.warmup), slices(timing.seconds));
            var out = Console.out();
            for (AlternatingRuns.Side side : List.of(r.first(), r.second())) {
                out.printf(Locale.ROOT, "%s: %d articles (%.1f MB) in %.2f s thread CPU: %.2f MB per CPU-second%n",
                        side.build(), side.articles(), side.megabytes(), side.cpuSeconds(),
                        side.megabytesPerCpuSecond());
            }
            out.printf(Locale.ROOT, "ratio=%.4f%n", r.ratio());
            out.flush();
            return 0;
        }

        /** Slices per build in {@code seconds} of the thread's time shared by the two builds. */
        private static int slices(int seconds) {
            return Math.max(1, (int) (seconds * 1_000_000_000L / (2 * SLICE_NANOS)));
        }
    }
}
