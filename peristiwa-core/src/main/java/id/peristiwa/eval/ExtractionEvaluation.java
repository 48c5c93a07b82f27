package id.peristiwa.eval;

import id.peristiwa.extract.Extractor;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.ServiceLoader;

/**
 * Runs an extraction benchmark for Peristiwa's extractor and, for comparison, every baseline extractor found
 * on the classpath through {@link ServiceLoader}. Peristiwa's score is printed last, so the report's last line
 * is {@code precision=P recall=R f1=F} for Peristiwa.
 */
public final class ExtractionEvaluation {

    private ExtractionEvaluation() {
    }

    /** The benchmark called {@code name} ("scrapinghub" or "trafilatura") over the data in {@code dir}. */
    public static ExtractionBenchmark benchmark(String name, Path dir) {
        return switch (name.toLowerCase(Locale.ROOT)) {
            case "scrapinghub" -> new ScrapinghubBenchmark(dir);
            case "trafilatura" -> new TrafilaturaBenchmark(dir);
            default -> throw new IllegalArgumentException("unknown benchmark '" + name + "': use scrapinghub or trafilatura");
        };
    }

    /** Scores the baselines, then Peristiwa; returns Peristiwa's score. */
    public static ExtractionScore run(ExtractionBenchmark benchmark, Extractor extractor, PrintWriter out) throws IOException {
        List<BodyExtractor> baselines = new ArrayList<>();
        ServiceLoader.load(BodyExtractor.class).forEach(baselines::add);
        if (baselines.isEmpty()) {
            out.println("# no baseline extractors on the classpath (./peristiwa adds them for eval)");
        }
        for (BodyExtractor baseline : baselines) {
            ExtractionScore s = benchmark.score(baseline);
            out.printf(Locale.ROOT, "%-14s %s pages=%d%n", s.extractor(), s.line(), s.documents());
            out.flush();
        }
        ExtractionScore ours = benchmark.score(new PeristiwaBodyExtractor(extractor));
        out.printf(Locale.ROOT, "%-14s %s pages=%d%n", ours.extractor(), ours.line(), ours.documents());
        out.println(ours.line());
        out.flush();
        return ours;
    }
}
