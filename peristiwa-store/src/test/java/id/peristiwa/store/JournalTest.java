package id.peristiwa.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JournalTest {

    @TempDir
    Path dir;

    private void interruptedRun(String... origins) throws IOException {
        try (Journal journal = Journal.read(dir)) {
            journal.begin("run-1", List.of("arsip/"));
            for (String origin : origins) {
                journal.started(origin, "f-" + origin);
                journal.committed(List.of(new Journal.Entry(origin, "f-" + origin, "STORED")));
            }
        }
    }

    @Test
    void aLastLineCutShortIsReportedIgnoredAndTrimmed() throws IOException {
        interruptedRun("arsip/a.html", "arsip/b.html");
        Path file = dir.resolve(Journal.FILE);
        long complete = Files.size(file);
        Files.writeString(file, "DONE\tarsip/c.ht", StandardCharsets.UTF_8, StandardOpenOption.APPEND);

        try (Journal journal = Journal.read(dir)) {
            assertThat(journal.problems()).containsExactly(file + ": the last line was cut short (15 bytes, "
                    + "a crash while writing it); ignored");
            assertThat(journal.resumable()).isEqualTo(2);
            assertThat(journal.committed("arsip/b.html", "f-arsip/b.html")).isTrue();
            assertThat(Files.size(file)).isEqualTo(complete);
            journal.begin("run-2", List.of("arsip/"));
            journal.committed(List.of(new Journal.Entry("arsip/c.html", "f-arsip/c.html", "STORED")));
        }
        try (Journal journal = Journal.read(dir)) {
            assertThat(journal.problems()).isEmpty();
            assertThat(journal.resumable()).isEqualTo(3);
        }
    }

    @Test
    void aDamagedLineIsReportedAndIgnored() throws IOException {
        interruptedRun("arsip/a.html", "arsip/b.html");
        Path file = dir.resolve(Journal.FILE);
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        // line 3 is the DONE of a.html: flip one character of its origin
        lines.set(2, lines.get(2).replace("arsip/a.html", "arsip/x.html"));
        Files.write(file, lines, StandardCharsets.UTF_8);

        try (Journal journal = Journal.read(dir)) {
            assertThat(journal.problems()).containsExactly(file + ":3: corrupt line (checksum mismatch); ignored");
            assertThat(journal.committed("arsip/a.html", "f-arsip/a.html")).isFalse();
            assertThat(journal.committed("arsip/x.html", "f-arsip/a.html")).isFalse();
            assertThat(journal.committed("arsip/b.html", "f-arsip/b.html")).isTrue();
        }
    }

    @Test
    void originsWithTabsAndNewlinesSurviveTheRoundTrip() throws IOException {
        String odd = "arsip/nama\taneh\\dengan\nbaris.html";
        interruptedRun(odd);
        try (Journal journal = Journal.read(dir)) {
            assertThat(journal.problems()).isEmpty();
            assertThat(journal.committed(odd, "f-" + odd)).isTrue();
        }
    }

    @Test
    void aFinishedRunLeavesNothingToResumeAndTheNextRunStartsAfresh() throws IOException {
        interruptedRun("arsip/a.html");
        try (Journal journal = Journal.read(dir)) {
            journal.begin("run-2", List.of("arsip/"));
            journal.end("run-2");
        }
        try (Journal journal = Journal.read(dir)) {
            assertThat(journal.resumable()).isZero();
            assertThat(journal.lastInFlight()).isNull();
            journal.begin("run-3", List.of("arsip/"));
        }
        assertThat(Files.readAllLines(dir.resolve(Journal.FILE))).hasSize(1).first().asString()
                .startsWith("RUN\trun-3\t");
    }
}
