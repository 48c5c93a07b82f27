package id.peristiwa.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import id.peristiwa.testing.ForkedJvm;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Ingests 200 MB inputs in a separate JVM limited to a 64 MB heap: if any reader held a whole input in memory,
 * the child would die of OutOfMemoryError instead of reporting the oversized documents and going on.
 */
@Tag("slow")
class BoundedMemoryTest {

    private static final long SIZE = 200L * 1024 * 1024;

    @TempDir
    Path dir;

    private static void writeRepeated(OutputStream out, byte[] unit, long total) throws IOException {
        byte[] block = new byte[1024 * 1024];
        for (int i = 0; i < block.length; i++) {
            block[i] = unit[i % unit.length];
        }
        for (long written = 0; written < total; written += block.length) {
            out.write(block, 0, (int) Math.min(block.length, total - written));
        }
    }

    @Test
    void hugeInputsAreSkippedInASmallHeapAndTheRestIsRead() throws Exception {
        Path jsonl = dir.resolve("korpus-besar.jsonl");
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(jsonl))) {
            out.write("{\"text\":\"Presiden menerima kunjungan Perdana Menteri Malaysia di Bogor.\"}\n"
                    .getBytes(StandardCharsets.UTF_8));
            out.write("{\"text\":\"".getBytes(StandardCharsets.UTF_8));
            writeRepeated(out, "Antrean truk mengular di Pelabuhan Merak. ".getBytes(StandardCharsets.UTF_8), SIZE);
            out.write("\"}\n".getBytes(StandardCharsets.UTF_8));
            out.write("{\"text\":\"Polda Metro Jaya menetapkan dua tersangka.\"}\n".getBytes(StandardCharsets.UTF_8));
        }
        Path txt = dir.resolve("teks-besar.txt");
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(txt))) {
            writeRepeated(out, "Harga gabah kering panen naik di tingkat petani.\n".getBytes(StandardCharsets.UTF_8),
                    SIZE);
        }
        assertThat(Files.size(jsonl)).isGreaterThan(SIZE);
        assertThat(Files.size(txt)).isEqualTo(SIZE);

        Path output = dir.resolve("keluaran.tsv");
        int status = ForkedJvm.run(BoundedMemoryMain.class, "64m", txt.toFile(), output, jsonl.toString(),
                txt.toString(), "-");

        assertThat(status).isZero();
        List<List<String>> lines = Files.readAllLines(output).stream().map(l -> Arrays.asList(l.split("\t"))).toList();
        assertThat(lines).containsExactly(
                List.of(jsonl + "#1", "DOCUMENT", String.valueOf(2 * "Presiden menerima kunjungan Perdana Menteri Malaysia di Bogor.".length())),
                List.of(jsonl + "#2", "SKIPPED", "TOO_LARGE"),
                List.of(jsonl + "#3", "DOCUMENT", String.valueOf(2 * "Polda Metro Jaya menetapkan dua tersangka.".length())),
                List.of(txt.toString(), "SKIPPED", "TOO_LARGE"),
                List.of("stdin", "SKIPPED", "TOO_LARGE"));
    }
}
