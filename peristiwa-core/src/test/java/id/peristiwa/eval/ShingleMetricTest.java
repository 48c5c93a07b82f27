package id.peristiwa.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class ShingleMetricTest {

    @Test
    void identicalTextsScorePerfectly() {
        var s = ShingleMetric.score("Korea Utara kembali meluncurkan rudal balistik.", "Korea Utara kembali meluncurkan rudal balistik!");
        assertThat(s.precision()).isEqualTo(1.0);
        assertThat(s.recall()).isEqualTo(1.0);
    }

    @Test
    void extraChromeLowersPrecisionOnly() {
        // truth: 6 words -> 3 shingles; prediction adds 2 words -> 5 shingles, 3 of them true
        var s = ShingleMetric.score("Menlu Retno bertemu Menlu Wang Yi", "Menlu Retno bertemu Menlu Wang Yi Baca juga");
        assertThat(s.recall()).isEqualTo(1.0);
        assertThat(s.precision()).isCloseTo(3.0 / 5, within(1e-9));
    }

    @Test
    void missingTextLowersRecallAndEmptyPredictionScoresZero() {
        var half = ShingleMetric.score("satu dua tiga empat lima enam tujuh", "satu dua tiga empat lima");
        assertThat(half.precision()).isEqualTo(1.0);
        assertThat(half.recall()).isCloseTo(2.0 / 4, within(1e-9));
        var none = ShingleMetric.score("satu dua tiga empat", "");
        assertThat(none.precision()).isZero();
        assertThat(none.recall()).isZero();
        var both = ShingleMetric.score("", "");
        assertThat(both.precision()).isEqualTo(1.0);
    }
}
