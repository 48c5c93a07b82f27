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
        assertThat(markers.evidence("Kerajaan menegaskan bahawa pemerintahan tempatan tidak terjejas.").malayLogOdds())
                .isEqualTo(3.0);
        assertThat(markers.evidence("Pemerintah menyatakan bahwa harga beras stabil.").malayLogOdds()).isEqualTo(-3.0);
        assertThat(markers.evidence("Tidak ada kata penanda di sini.").malayLogOdds()).isEqualTo(0.0);
    }

    @Test
    void aRepeatedWordCountsAtMostThreeTimes() {
        assertThat(markers.evidence("Kerajaan, kerajaan, kerajaan, kerajaan, kerajaan.").malayLogOdds()).isEqualTo(3.0);
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
        assertThat(pack.evidence("bahawa").malayLogOdds()).isEqualTo(2.0);
        assertThat(pack.evidence("bahwa").malayLogOdds()).isEqualTo(-2.0);
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
