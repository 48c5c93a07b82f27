package id.peristiwa.eval;

import static org.assertj.core.api.Assertions.assertThat;

import id.peristiwa.pipeline.Pipeline;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CorpusSurveyTest {

    @TempDir
    Path dir;

    @Test
    void surveysOnlyInternationalOrSecurityNewsAndEndsWithItsFigures() throws Exception {
        Path corpus = dir.resolve("korpus.jsonl");
        Files.writeString(corpus, String.join("\n",
                "{\"title\":\"Korut Kecam Latihan\",\"category\":\"news\",\"text\":\"Pemerintah Korea Utara mengecam "
                        + "latihan militer gabungan Amerika Serikat dan Korea Selatan. Pyongyang menyebut latihan itu "
                        + "sebagai persiapan perang.\"}",
                "{\"title\":\"Harga Cabai Naik\",\"category\":\"finance\",\"text\":\"Harga cabai rawit di Pasar "
                        + "Kramat Jati naik menjadi Rp 80.000 per kilogram menjelang akhir pekan.\"}",
                "{\"title\":\"Menlu Bertemu\",\"category\":\"internasional\",\"text\":\"Menteri Luar Negeri "
                        + "Indonesia bertemu Menteri Luar Negeri Australia di Canberra.\"}") + "\n");
        StringWriter report = new StringWriter();

        CorpusSurvey.run(List.of(corpus), Pipeline.indonesian(), 300, 5, 10, 1, new PrintWriter(report));

        List<String> lines = report.toString().lines().toList();
        assertThat(lines.getFirst()).startsWith("articles read 3, geopolitical articles surveyed 2, events 3 ");
        assertThat(lines).anyMatch(l -> l.contains("ACCUSE 111 PRKGOV -> USA+KOR | asserted/asserted | accuse.kecam"));
        assertThat(lines).anyMatch(l -> l.contains("CONSULT 040 IDNGOV -> AUSGOV"));
        assertThat(lines).contains("sample of 3 of 3 coded persons and organizations (seed 1) for a hand check:");
        assertThat(lines).anyMatch(l -> l.contains("ORGANIZATION PRKGOV role=null | [[Pemerintah Korea Utara]] "
                + "mengecam"));
        assertThat(lines).anyMatch(l -> l.contains("PERSON IDNGOV role=Menteri Luar Negeri Indonesia | "
                + "[[Menteri Luar Negeri Indonesia]] bertemu"));
        assertThat(lines.getLast()).isEqualTo("articles=2 events=3 events_per_article=1.50");
    }
}
