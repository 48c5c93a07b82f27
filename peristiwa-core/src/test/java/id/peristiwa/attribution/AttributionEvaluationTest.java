package id.peristiwa.attribution;

import static org.assertj.core.api.Assertions.assertThat;

import id.peristiwa.pipeline.Pipeline;
import id.peristiwa.testing.SharedData;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AttributionEvaluationTest {

    @Test
    void storiesAreRebuiltAsPrintedAndSplitAtDatelines(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("mini.txt");
        Files.writeString(file, String.join("\n",
                "JAKARTA\tO", ",\tO", "KOMPAS\tO", "—\tO", "Harga\tO", "cabai\tO", "naik\tO", ".\tO", "”\tB-STATEMENT",
                "", "Stok\tI-STATEMENT", "aman\tI-STATEMENT", ",\tI-STATEMENT", "”\tL-STATEMENT", "kata\tU-CUE",
                "Andi\tB-PERSON", "Wijaya\tL-PERSON", ".\tO", "", "BANDUNG\tO", ",\tO", "KOMPAS\tO", "—\tO",
                "Hujan\tO", "turun\tO", "(\tO", "deras\tO", ")\tO", ".\tO", ""));
        List<AttributionCorpus.Story> stories = AttributionCorpus.read(file, AttributionEvaluation.LABELS);
        assertThat(stories).extracting(AttributionCorpus.Story::text).containsExactly(
                "JAKARTA, KOMPAS — Harga cabai naik. \u201DStok aman,\u201D kata Andi Wijaya.",
                "BANDUNG, KOMPAS — Hujan turun (deras).");
        assertThat(stories.getFirst().gold()).containsExactly(
                new AttributionCorpus.Entity("STATEMENT", 8, 12),
                new AttributionCorpus.Entity("CUE", 13, 13),
                new AttributionCorpus.Entity("PERSON", 14, 15));
    }

    @Test
    void pfsaIdDevReachesTheBar() throws IOException {
        Path dev = SharedData.require("attribution/pfsa-id/dev.txt");
        String report = AttributionEvaluation.run(dev, Pipeline.indonesian(), QuoteFinder.indonesian());
        String last = report.substring(report.lastIndexOf('\n') + 1);
        assertThat(Double.parseDouble(last.substring("f1=".length()))).isGreaterThanOrEqualTo(0.80);
    }
}
