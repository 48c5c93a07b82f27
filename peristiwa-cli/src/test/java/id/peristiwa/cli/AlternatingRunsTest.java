package id.peristiwa.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

class AlternatingRunsTest {
    @RegisterExtension
    final CapturedStreams streams = new CapturedStreams();

    @TempDir
    Path dir;

    private static final List<AlternatingRuns.Text> TEXTS = List.of(
            new AlternatingRuns.Text("satu", "Menlu Retno Bertemu Wang Yi\nJakarta - Menteri Luar Negeri Retno "
                    + "Marsudi bertemu Menteri Luar Negeri China Wang Yi di Beijing, Senin (3/6). Keduanya "
                    + "membahas kerja sama kedua negara."),
            new AlternatingRuns.Text("dua", "Latihan Gabungan Diperluas\nSeoul - Amerika Serikat dan Korea "
                    + "Selatan sepakat memperluas latihan militer gabungan, kata Kementerian Pertahanan Korsel "
                    + "seperti dikutip Yonhap."));

    @Test
    void twoLoadsOfOneBuildAnalyseInTurnsAndBothAreCounted() {
        LoadedBuild first = LoadedBuild.load("first", LoadedBuild.thisClassPath(), true);
        LoadedBuild second = LoadedBuild.load("second", LoadedBuild.thisClassPath(), false);
        AlternatingRuns.Result r = new AlternatingRuns(TEXTS, 20_000_000L).measure(first, second, 1, 3);
        for (AlternatingRuns.Side side : List.of(r.first(), r.second())) {
            assertThat(side.articles()).isPositive();
            assertThat(side.cpuSeconds()).isGreaterThanOrEqualTo(3 * 0.02);
            long most = Math.max(TEXTS.get(0).bytes(), TEXTS.get(1).bytes());
            assertThat(side.megabytes() * 1e6).isPositive().isLessThanOrEqualTo(side.articles() * most);
        }
        assertThat(r.first().build()).isEqualTo("first");
        assertThat(r.second().build()).isEqualTo("second");
        assertThat(r.ratio()).isEqualTo(r.first().megabytesPerCpuSecond() / r.second().megabytesPerCpuSecond())
                .isPositive().isFinite();
    }

    @Test
    void aClassPathWithoutThePipelineIsRefusedByName() {
        assertThatThrownBy(() -> LoadedBuild.load(dir.toString(), List.of(dir), false))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining(dir.toString()).hasMessageContaining("no Peristiwa pipeline");
    }

    @Test
    void noTextsIsRefused() {
        assertThatThrownBy(() -> new AlternatingRuns(List.of(), 1)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void compareNamesAMissingOtherBuild() {
        Path missing = dir.resolve("tidak-ada.jar");
        assertThat(Main.run("bench", "compare", "--against", missing.toString())).isNotZero();
        assertThat(streams.err()).contains("tidak-ada.jar");
    }
}
