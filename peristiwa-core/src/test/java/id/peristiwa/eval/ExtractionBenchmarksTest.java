package id.peristiwa.eval;

import static org.assertj.core.api.Assertions.assertThat;

import id.peristiwa.extract.Extractor;
import id.peristiwa.testing.SharedData;
import java.io.IOException;
import org.junit.jupiter.api.Test;

/** The extraction quality bars, measured on the two public benchmarks when they are present. */
class ExtractionBenchmarksTest {

    private final BodyExtractor peristiwa = new PeristiwaBodyExtractor(Extractor.indonesian());

    @Test
    void scrapinghubF1IsAtLeast095() throws IOException {
        ExtractionScore s = new ScrapinghubBenchmark(SharedData.require("extraction/scrapinghub-aeb")).score(peristiwa);
        System.out.println("scrapinghub " + s.line());
        assertThat(s.documents()).isEqualTo(181);
        assertThat(s.f1()).isGreaterThanOrEqualTo(0.95);
    }

    @Test
    void trafilaturaEvalF1IsAtLeast090() throws IOException {
        ExtractionScore s = new TrafilaturaBenchmark(SharedData.require("extraction/trafilatura-eval")).score(peristiwa);
        System.out.println("trafilatura " + s.line());
        assertThat(s.documents()).isEqualTo(990);
        assertThat(s.f1()).isGreaterThanOrEqualTo(0.90);
    }
}
