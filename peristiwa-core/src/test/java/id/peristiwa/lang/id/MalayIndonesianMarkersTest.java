package id.peristiwa.lang.id;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class MalayIndonesianMarkersTest {
    private final MalayIndonesianMarkers markers = MalayIndonesianMarkers.parse(
            List.of("kerajaan ms", "bahawa ms 2", "pemerintah id", "bahwa id 2", "yang both", "dan both"));

    @Test
    void sumsSignedWeightsOfWholeWords() {
        assertThat(markers.malayLogOdds("Kerajaan menegaskan bahawa pemerintahan tempatan tidak terjejas."))
                .isEqualTo(3.0);
        assertThat(markers.malayLogOdds("Pemerintah menyatakan bahwa harga beras stabil.")).isEqualTo(-3.0);
        assertThat(markers.malayLogOdds("Tidak ada kata penanda di sini.")).isEqualTo(0.0);
    }

    @Test
    void aRepeatedWordCountsAtMostThreeTimes() {
        assertThat(markers.malayLogOdds("Kerajaan, kerajaan, kerajaan, kerajaan, kerajaan.")).isEqualTo(3.0);
    }

    @Test
    void rejectsMalformedEntries() {
        assertThatThrownBy(() -> MalayIndonesianMarkers.parse(List.of("kerajaan jv")))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> MalayIndonesianMarkers.parse(List.of("bahawa ms", "bahawa ms")))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void packFileLoadsAndSpeaksBothWays() {
        MalayIndonesianMarkers pack = MalayIndonesianMarkers.load();
        assertThat(pack.malayLogOdds("bahawa")).isEqualTo(2.0);
        assertThat(pack.malayLogOdds("bahwa")).isEqualTo(-2.0);
    }

    @Test
    void countsWordsAndTheFunctionWordsBothStandardsWrite() {
        MalayIndonesianMarkers.Evidence e = markers.evidence("Pemerintah YANG baru dan DPR, yang lama: dan-dan.");
        assertThat(e).isEqualTo(new MalayIndonesianMarkers.Evidence(-1.0, 38, 9, 5));
        assertThat(e.sharedShare()).isEqualTo(5.0 / 9);
        assertThat(markers.evidence("12 34 !?").sharedShare()).isEqualTo(0.0);
    }

    @Test
    void sharedWordsTakeNoWeight() {
        assertThatThrownBy(() -> MalayIndonesianMarkers.parse(List.of("yang both 2")))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
