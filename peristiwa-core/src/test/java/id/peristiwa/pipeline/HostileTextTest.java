package id.peristiwa.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import id.peristiwa.testing.ForkedJvm;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The whole analysis in a JVM with a 384 MB heap on a 5 MB paragraph with no punctuation, a text of only
 * numbers, one of only emoji, 100,000 capitalized unknown words, 20,000 quotations with speakers, 20,000 verbs of
 * saying before names, 20,000 references to no one, 20,000 unpaired quotation marks after names in one sentence,
 * one sentence of 6,000 statements of a ministry and a 1 MB sentence of events: every text comes through, nothing
 * escapes. (Before speaker, relay, reference, marker and clause lookups were indexed, read once or bounded, the
 * last six took time that grew with the square of their length.)
 */
@Tag("slow")
class HostileTextTest {

    @TempDir
    Path dir;

    @Test
    void hostileTextsAreAnalyzedInASmallHeap() throws Exception {
        Path output = dir.resolve("keluaran.tsv");
        int status = ForkedJvm.run(HostileTextMain.class, "384m", null, output);

        assertThat(status).isZero();
        List<String[]> lines = Files.readAllLines(output).stream().map(l -> l.split("\t")).toList();
        assertThat(lines).extracting(l -> l[0]).containsExactly("tanpa-tanda-baca", "angka", "emoji", "nama",
                "kutipan", "penutur", "rujukan", "tanda-kutip", "kemlu", "peristiwa");
        // Every text yields sentences and tokens; numbers and emoji name nobody.
        assertThat(lines).allSatisfy(l -> {
            assertThat(Integer.parseInt(l[1])).isPositive();
            assertThat(Integer.parseInt(l[2])).isPositive();
        });
        assertThat(lines.get(0)[2]).isEqualTo(String.valueOf(wordCount(HostileTextMain.texts().get("tanpa-tanda-baca"))));
        assertThat(lines.get(1)[4]).isEqualTo("0");
        assertThat(lines.get(2)[4]).isEqualTo("0");
        // Every quotation is read with its speaker; the events of one endless sentence are coded.
        assertThat(lines.get(4)[5]).isEqualTo(String.valueOf(HostileTextMain.QUOTES));
        assertThat(lines.get(8)[5]).as("every statement of the ministry").isEqualTo("6000");
        assertThat(Integer.parseInt(lines.get(9)[6])).isPositive();
    }

    private static int wordCount(String text) {
        return text.trim().split(" +").length;
    }
}
