package id.peristiwa.lang.id;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

class LanguageEvaluationTest {
    private static Path ownTexts() throws URISyntaxException {
        return Path.of(LanguageEvaluationTest.class.getResource("/lang/malay").toURI()).getParent();
    }

    private static Path shared() {
        String property = System.getProperty("peristiwa.shared");
        return property != null ? Path.of(property) : Path.of("..", "..", "shared");
    }

    @Test
    void reportCountsAnswersPerExpectedLanguage() {
        LanguageEvaluation.Report report = new LanguageEvaluation.Report(
                Map.of("id", Map.of("id", 99, "ms", 1), "ms", Map.of("ms", 50)));
        assertThat(report.count("id")).isEqualTo(100);
        assertThat(report.accuracy("id")).isEqualTo(0.99);
        assertThat(report.accuracy("ms")).isEqualTo(1.0);
        assertThat(report.accuracy()).isEqualTo(149.0 / 150);
        assertThat(report.toString()).isEqualTo("""
                id n=100 accuracy=0.9900 answers={id=99, ms=1}
                ms n=50 accuracy=1.0000 answers={ms=50}
                accuracy=0.9933""");
    }

    @Test
    void ownTextsAreIdentifiedAtLeastNinetyNinePercent() throws Exception {
        LanguageEvaluation.Report report = LanguageEvaluation.run(null, ownTexts());
        System.out.println("Own texts:\n" + report);
        assertThat(report.count("ms")).isGreaterThanOrEqualTo(60);
        assertThat(report.count("id")).isGreaterThanOrEqualTo(10);
        assertThat(report.count("en")).isGreaterThanOrEqualTo(10);
        for (String code : List.of("id", "ms", "en")) {
            assertThat(report.accuracy(code)).as(code).isGreaterThanOrEqualTo(0.99);
        }
    }

    @Test
    void sharedCorporaAreIdentifiedAtLeastNinetyNinePercent() throws Exception {
        Path shared = shared();
        Assumptions.assumeTrue(Files.isDirectory(shared.resolve("data/corpus")), "no shared data at " + shared);
        LanguageEvaluation.Report report = LanguageEvaluation.run(shared, ownTexts());
        System.out.println("Shared corpora and own texts:\n" + report);
        assertThat(report.count("id")).isGreaterThan(1_000);
        assertThat(report.count("en")).isGreaterThan(100);
        for (String code : List.of("id", "ms", "en")) {
            assertThat(report.accuracy(code)).as(code).isGreaterThanOrEqualTo(0.99);
        }
    }
}
