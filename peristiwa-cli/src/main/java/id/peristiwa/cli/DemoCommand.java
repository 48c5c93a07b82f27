package id.peristiwa.cli;

import id.peristiwa.document.Article;
import id.peristiwa.entity.Mention;
import id.peristiwa.pipeline.AnalyzedArticle;
import id.peristiwa.ingest.IngestOptions;
import id.peristiwa.ingest.Ingested;
import id.peristiwa.ingest.Ingestion;
import id.peristiwa.pipeline.Pipeline;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code peristiwa demo}: analyzes the bundled sample articles (HTML pages, captured text, the WARC and the
 * JSON Lines file) and prints what Peristiwa made of each: the article, its sentences and the actors it names.
 * A later version opens the dashboard instead.
 */
@Command(name = "demo", mixinStandardHelpOptions = true,
        description = "Analyzes the bundled samples and prints a summary of each article with the actors it names.")
final class DemoCommand implements Callable<Integer> {

    @Option(names = "--samples", paramLabel = "DIR", description = "Samples directory (default: samples).")
    Path samples = Locations.samples();

    @Override
    public Integer call() {
        PrintWriter out = Console.out();
        PrintWriter err = Console.err();
        if (!Files.isDirectory(samples)) {
            err.println("peristiwa: no samples at " + samples.toAbsolutePath().normalize()
                    + " (run from the repository root or pass --samples)");
            err.flush();
            return 2;
        }
        Pipeline pipeline = Pipeline.indonesian();
        ArticleRun<AnalyzedArticle> run = new ArticleRun<>(pipeline::analyze, err);
        List<String> inputs = Stream.of("html", "text", "archives")
                .map(samples::resolve).filter(Files::exists).map(Path::toString).toList();
        out.println("Peristiwa demo: analyzing " + String.join(", ", inputs));
        out.println();
        long start = System.nanoTime();
        try (Stream<Ingested> items = new Ingestion(IngestOptions.defaults()).read(inputs)) {
            run.process(items, article -> out.println(summary(article)));
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        out.printf(Locale.ROOT, "%n%d articles analyzed, %d problems, in %.2f s.%n", run.articles(), run.problems(), seconds);
        out.println("Try: ./peristiwa analyze samples/html/01-*.html   or   ./peristiwa extract --format text samples/text");
        out.flush();
        err.flush();
        return run.articles() > 0 ? 0 : 1;
    }

    private static String summary(AnalyzedArticle analyzed) {
        Article a = analyzed.article();
        String firstParagraph = a.paragraphs().isEmpty() ? "" : a.paragraphs().get(0).of(a.text());
        String dateline = a.dateline() == null ? "-" : (a.dateline().place() == null ? "" : a.dateline().place())
                + (a.dateline().outlet() == null ? "" : " (" + a.dateline().outlet() + ")");
        return String.format(Locale.ROOT, "%s  [%s %.2f]  %s%n  %s | %s | %s | dateline: %s | %d paragraphs, %d chrome blocks removed%n  %s",
                a.source().path() == null ? a.source().url() : a.source().path(),
                a.language(), a.languageConfidence(), a.title(),
                a.source().outlet(), a.section(), a.published() == null ? "no date" : a.published().toIso(), dateline,
                a.paragraphs().size(), a.boilerplateRemoved(),
                firstParagraph.length() > 160 ? firstParagraph.substring(0, 157) + "..." : firstParagraph)
                + String.format(Locale.ROOT, "%n  %d sentences, %d mentions; actors: %s", analyzed.sentences().size(),
                        analyzed.mentions().size(), actors(analyzed.mentions()));
    }

    /** The actors named, each once with how often, most frequent first: "Lloyd Austin USAMIL x4, AS USA x3". */
    private static String actors(List<Mention> mentions) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (Mention m : mentions) {
            if (m.actor() != null) {
                counts.merge(m.actor().name() + " " + m.actor().code(), 1, Integer::sum);
            }
        }
        return counts.entrySet().stream()
                .sorted(Map.Entry.<String, Integer>comparingByValue().reversed())
                .limit(6)
                .map(e -> e.getKey() + " x" + e.getValue())
                .reduce((x, y) -> x + ", " + y).orElse("none");
    }
}
