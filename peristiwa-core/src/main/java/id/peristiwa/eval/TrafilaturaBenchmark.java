package id.peristiwa.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.peristiwa.ingest.CharsetDetector;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.Map;

/**
 * The trafilatura evaluation set ({@code evaldata.json} and {@code html/*.gz}): each page lists text segments
 * that must appear in the extracted body and segments (menus, footers, titles) that must not. A segment found
 * is a true or a false positive, one missing a false negative; precision and recall are summed over all
 * pages. Whitespace is normalized on both sides before matching.
 */
public final class TrafilaturaBenchmark implements ExtractionBenchmark {

    private final Path dir;

    /** The evaluation set stored in {@code dir} (holding {@code evaldata.json} and {@code html/}). */
    public TrafilaturaBenchmark(Path dir) {
        this.dir = dir;
    }

    @Override
    public String name() {
        return "trafilatura";
    }

    @Override
    public ExtractionScore score(BodyExtractor extractor) throws IOException {
        JsonNode pages = new ObjectMapper().readTree(dir.resolve("evaldata.json").toFile());
        long truePositives = 0;
        long falsePositives = 0;
        long falseNegatives = 0;
        int count = 0;
        for (Iterator<Map.Entry<String, JsonNode>> it = pages.properties().iterator(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> page = it.next();
            Path file = dir.resolve("html").resolve(page.getValue().path("file").asText() + ".gz");
            if (!Files.isRegularFile(file)) {
                continue;
            }
            String html = read(file);
            String body = normalize(BenchmarkPages.safely(extractor, html, page.getKey()));
            for (JsonNode segment : page.getValue().path("with")) {
                if (body.contains(normalize(segment.asText()))) {
                    truePositives++;
                } else {
                    falseNegatives++;
                }
            }
            for (JsonNode segment : page.getValue().path("without")) {
                if (body.contains(normalize(segment.asText()))) {
                    falsePositives++;
                }
            }
            count++;
        }
        double precision = truePositives + falsePositives == 0 ? 0 : (double) truePositives / (truePositives + falsePositives);
        double recall = truePositives + falseNegatives == 0 ? 0 : (double) truePositives / (truePositives + falseNegatives);
        return new ExtractionScore(extractor.name(), count, precision, recall);
    }

    private static String read(Path gz) throws IOException {
        return CharsetDetector.decode(BenchmarkPages.gunzip(gz), null, true).text();
    }

    private static String normalize(String s) {
        return s.replaceAll("\\s+", " ").strip();
    }
}
