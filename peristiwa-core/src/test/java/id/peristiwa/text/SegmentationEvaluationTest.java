package id.peristiwa.text;

import static org.assertj.core.api.Assertions.assertThat;

import id.peristiwa.testing.SharedData;
import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The quality bars on the Universal Dependencies Indonesian treebanks, skipped where the data is absent. */
class SegmentationEvaluationTest {

    @ParameterizedTest
    @ValueSource(strings = {"id_gsd-ud-dev.conllu", "id_gsd-ud-test.conllu", "id_csui-ud-train.conllu"})
    void meetsTheQualityBars(String file) throws IOException {
        Path conllu = SharedData.require("ud/" + file);

        SegmentationEvaluation.Report report = SegmentationEvaluation.evaluate(conllu);

        System.out.println(file + "\n" + report);
        assertThat(report.sentences().f1()).isGreaterThanOrEqualTo(0.97);
        assertThat(report.tokens().f1()).isGreaterThanOrEqualTo(0.99);
    }
}
