package id.peristiwa.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.Map;

/**
 * The scrapinghub article-extraction benchmark ({@code html/*.html.gz} and {@code ground-truth.json}):
 * per-page shingle precision and recall, averaged over pages; F1 of the two means.
 */
public final class ScrapinghubBenchmark implements ExtractionBenchmark {

    private final Path dir;

    /** The benchmark stored in {@code dir} (holding {@code ground-truth.json} and {@code html/}). */
    public ScrapinghubBenchmark(Path dir) {
        this.dir = dir;
    }

    @Override
    public String name() {
        return "scrapinghub";
    }

    @Override
    public ExtractionScore score(BodyExtractor extractor) throws IOException {
        JsonNode truth = new ObjectMapper().readTree(dir.resolve("ground-truth.json").toFile());
        double precision = 0;
        double recall = 0;
        int pages = 0;
        for (Iterator<Map.Entry<String, JsonNode>> it = truth.properties().iterator(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> page = it.next();
            String html = read(dir.resolve("html").resolve(page.getKey() + ".html.gz"));
            String url = page.getValue().path("url").asText(null);
            String predicted = BenchmarkPages.safely(extractor, html, url);
            ShingleMetric.PageScore s = ShingleMetric.score(page.getValue().path("articleBody").asText(""), predicted);
            precision += s.precision();
            recall += s.recall();
            pages++;
        }
        return new ExtractionScore(extractor.name(), pages, precision / pages, recall / pages);
    }

    /** Pages are stored as gzip-compressed UTF-8, as the benchmark's README states. */
    private static String read(Path gz) throws IOException {
        return new String(BenchmarkPages.gunzip(gz), StandardCharsets.UTF_8);
    }
}
