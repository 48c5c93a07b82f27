package id.peristiwa.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import id.peristiwa.store.Store;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** {@code events}, {@code search}, {@code sql} and {@code export} over a store ingested from three articles. */
class StoreCommandsTest {

    @TempDir
    static Path shared;

    static Path data;
    static long events;

    @TempDir
    Path dir;

    @RegisterExtension
    final CapturedStreams streams = new CapturedStreams();

    @BeforeAll
    static void ingest() throws IOException {
        ObjectMapper json = new ObjectMapper();
        List<String> lines = new ArrayList<>();
        lines.add(item(json, "1", "2024-03-14", "antaranews.com", "SEOUL - Korea Utara menembakkan rudal balistik ke "
                + "perairan timur pada Kamis (14/3/2024), kata Kepala Staf Gabungan Korea Selatan. Pemerintah Korea "
                + "Selatan mengecam peluncuran itu sebagai pelanggaran resolusi Dewan Keamanan PBB."));
        lines.add(item(json, "2", "2024-03-15", "kabar.id", "JAKARTA - Menteri Luar Negeri Indonesia bertemu Menteri "
                + "Luar Negeri Jepang di Jakarta pada Jumat (15/3/2024) untuk membahas kerja sama maritim. Kedua "
                + "menteri sepakat memperkuat patroli bersama di perairan perbatasan."));
        lines.add(item(json, "3", "2024-03-16", "kabar.id", "Harga cabai rawit di Pasar Induk Kramat Jati naik "
                + "menjadi Rp 80.000 per kilogram menjelang Ramadan, kata pedagang."));
        Path input = shared.resolve("berita.jsonl");
        Files.write(input, lines, StandardCharsets.UTF_8);
        data = shared.resolve("data");
        PrintStream saved = System.out;
        System.setOut(new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));
        try {
            assertThat(Main.run("ingest", "--data", data.toString(), input.toString())).isZero();
        } finally {
            System.setOut(saved);
        }
        try (Store store = Store.openReadOnly(data)) {
            events = store.eventCount();
        }
        assertThat(events).as("events coded from the articles").isPositive();
    }

    private static String item(ObjectMapper json, String n, String date, String outlet, String text) {
        ObjectNode item = json.createObjectNode().put("url", "https://contoh.co.id/berita-" + n)
                .put("title", "Berita " + n).put("date", date).put("outlet", outlet).put("text", text);
        return item.toString();
    }

    private List<String> stdoutLines() {
        String text = streams.out();
        return text.isEmpty() ? List.of() : List.of(text.split("\r?\n"));
    }

    private String stderr() {
        return streams.err();
    }

    private int run(String... args) {
        return Main.run(args);
    }

    @Test
    void eventsPrintsJsonLinesWithClustersAndGdeltRowsOf61Columns() throws Exception {
        assertThat(run("events", "--data", data.toString())).isZero();
        List<String> lines = stdoutLines();
        assertThat(lines).hasSize((int) events);
        JsonNode first = new ObjectMapper().readTree(lines.getFirst());
        assertThat(first.get("numMentions").asInt()).isPositive();
        assertThat(first.get("clusterId").asText()).isNotEmpty();
        assertThat(stderr()).contains("events: " + events + " of " + events + " events");
        streams.reset();
        assertThat(run("events", "--data", data.toString(), "--format", "gdelt", "--limit", "1")).isZero();
        assertThat(stdoutLines()).hasSize(1).allSatisfy(l -> assertThat(l.split("\t", -1)).hasSize(61));
    }

    @Test
    void badDatesCodesAndTypesAreUsageErrors() {
        assertThat(run("events", "--data", data.toString(), "--from", "2024-13-01")).isEqualTo(2);
        assertThat(run("events", "--data", data.toString(), "--actor", "U$A")).isEqualTo(2);
        assertThat(run("events", "--data", data.toString(), "--type", "SERANG")).isEqualTo(2);
        assertThat(run("events", "--data", data.toString(), "--dyad", "PRK")).isEqualTo(2);
        assertThat(run("events", "--data", data.toString(), "--quad", "5")).isEqualTo(2);
        assertThat(run("search", "--data", data.toString(), "rudal", "--dyad", "PRK:KOR")).isEqualTo(2);
        assertThat(stderr()).contains("--from: '2024-13-01' is not a date written yyyy-MM-dd")
                .contains("--actor: 'U$A' is not an actor code")
                .contains("--type: no PLOVER type 'SERANG'")
                .contains("a dyad is written SOURCE:TARGET, e.g. USA:PRK, not PRK")
                .contains("quad class must be 1 to 4, not 5")
                .contains("--dyad and --quad do not apply");
        assertThat(stdoutLines()).isEmpty();
    }

    @Test
    void aMissingStoreIsAClearError() {
        assertThat(run("sql", "--data", dir.resolve("kosong").toString(), "SELECT 1")).isEqualTo(2);
        assertThat(stderr()).startsWith("peristiwa: sql: no Peristiwa store in ");
    }

    @Test
    void sqlPrintsTabSeparatedRowsAfterAHeaderAndRefusesWrites() {
        assertThat(run("sql", "--data", data.toString(),
                "SELECT outlet, count(*) AS n, NULL AS kosong, 'a\tb' AS tab FROM articles GROUP BY outlet "
                        + "ORDER BY outlet")).isZero();
        assertThat(stdoutLines()).containsExactly("outlet\tn\tkosong\ttab", "antaranews.com\t1\t\ta\\tb",
                "kabar.id\t2\t\ta\\tb");
        streams.reset();
        assertThat(run("sql", "--data", data.toString(), "DELETE FROM articles")).isEqualTo(2);
        assertThat(stderr()).contains("peristiwa: sql: only SELECT, WITH, DESCRIBE and SHOW statements may be run, "
                + "not DELETE");
        assertThat(stdoutLines()).isEmpty();
    }

    @Test
    void searchFindsWordsAndFiltersByOutlet() throws Exception {
        assertThat(run("search", "--data", data.toString(), "rudal", "--outlet", "antaranews.com")).isZero();
        List<String> lines = stdoutLines();
        assertThat(lines).hasSize(1);
        JsonNode hit = new ObjectMapper().readTree(lines.getFirst());
        assertThat(hit.get("title").asText()).isEqualTo("Berita 1");
        assertThat(hit.get("outlet").asText()).isEqualTo("antaranews.com");
        streams.reset();
        assertThat(run("search", "--data", data.toString(), "rudal", "--outlet", "kabar.id")).isZero();
        assertThat(stdoutLines()).isEmpty();
        assertThat(stderr()).contains("search: 0 of 0 articles (page 0)");
    }

    @Test
    void exportWritesParquetThatDuckDbReadsAndGdeltEventsAndMentions() throws Exception {
        assertThat(run("export", "--data", data.toString(), "--format", "parquet")).isEqualTo(2);
        assertThat(stderr()).contains("parquet is written to a file: give --out FILE");
        Path parquet = dir.resolve("events.parquet");
        assertThat(run("export", "--data", data.toString(), "--format", "parquet", "--out", parquet.toString()))
                .isZero();
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:");
             Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT count(*), count(num_mentions), count(DISTINCT outlet) FROM '"
                     + parquet + "'")) {
            rs.next();
            assertThat(rs.getLong(1)).isEqualTo(events);
            assertThat(rs.getLong(2)).isEqualTo(events);
        }
        Path gdelt = dir.resolve("events.export.CSV");
        Path mentions = dir.resolve("events.mentions.CSV");
        assertThat(run("export", "--data", data.toString(), "--format", "gdelt", "--out", gdelt.toString(),
                "--mentions", mentions.toString())).isZero();
        List<String> eventRows = Files.readAllLines(gdelt);
        assertThat(eventRows).isNotEmpty().allSatisfy(l -> assertThat(l.split("\t", -1)).hasSize(61));
        assertThat(Files.readAllLines(mentions)).hasSize(eventRows.size())
                .allSatisfy(l -> assertThat(l.split("\t", -1)).hasSize(16));
        Path csv = dir.resolve("events.csv");
        assertThat(run("export", "--data", data.toString(), "--format", "csv", "--out", csv.toString())).isZero();
        assertThat(Files.readAllLines(csv).getFirst()).startsWith("event_id,article_id,url,published");
        assertThat(run("export", "--data", data.toString(), "--format", "csv", "--mentions", "x")).isEqualTo(2);
        assertThat(Arrays.asList(stderr().split("\n"))).anyMatch(l -> l.contains("--mentions goes with --format gdelt"));
    }
}
