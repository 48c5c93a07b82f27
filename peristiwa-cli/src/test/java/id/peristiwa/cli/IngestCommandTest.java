package id.peristiwa.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import id.peristiwa.store.QueryResult;
import id.peristiwa.store.Store;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code peristiwa ingest} over a few hundred generated articles: a run killed with SIGKILL in the middle and then
 * rerun ends with exactly the store a single clean run makes.
 */
class IngestCommandTest {

    private static final int ARTICLES = 400;

    @TempDir
    Path dir;

    private static final String[] ACTORS = {"Amerika Serikat", "Korea Utara", "Korea Selatan", "Jepang", "China",
        "Rusia", "Indonesia", "Australia", "Iran", "Israel"};
    private static final String[] DEEDS = {
        "mengecam uji coba rudal yang dilakukan", "mengancam akan menjatuhkan sanksi kepada",
        "menandatangani perjanjian kerja sama pertahanan dengan", "mengirim bantuan kemanusiaan kepada",
        "menolak tuntutan yang diajukan", "menggelar pertemuan tingkat menteri dengan",
        "menuduh pasukan", "memanggil duta besar"};
    private static final String[] PLACES = {"Jakarta", "Seoul", "Tokyo", "Beijing", "Moskow", "Canberra",
        "Teheran", "Yerusalem", "Washington"};
    private static final String[] CLOSINGS = {
        "Pengamat hubungan internasional menilai langkah itu akan memperkeruh situasi di kawasan.",
        "Pemerintah setempat belum memberikan tanggapan resmi hingga berita ini diturunkan.",
        "Dewan Keamanan PBB dijadwalkan membahas persoalan tersebut pekan depan.",
        "Harga minyak dunia sempat naik setelah kabar itu tersiar.",
        "Ribuan warga berunjuk rasa di depan gedung parlemen menuntut penjelasan."};

    /** A JSON Lines file of varied, made-up news items, each with its own URL, date and outlet. */
    private Path generatedInput() throws IOException {
        ObjectMapper json = new ObjectMapper();
        List<String> lines = new ArrayList<>();
        for (int i = 0; i < ARTICLES; i++) {
            String a = ACTORS[i % ACTORS.length];
            String b = ACTORS[(i * 7 + 3) % ACTORS.length];
            if (a.equals(b)) {
                b = ACTORS[(i + 1) % ACTORS.length];
            }
            String deed = DEEDS[(i / 3) % DEEDS.length];
            String place = PLACES[(i * 5) % PLACES.length];
            LocalDate day = LocalDate.of(2024, 1, 1).plusDays(i % 300);
            String text = place.toUpperCase() + " - Pemerintah " + a + " " + deed + " " + b + " pada " + day.getDayOfMonth()
                    + " " + month(day) + " " + day.getYear() + ". Menteri Luar Negeri " + a
                    + " mengatakan keputusan itu diambil setelah konsultasi panjang dengan sekutu. \"Kami tidak "
                    + "punya pilihan lain,\" katanya kepada wartawan di " + place + ".\n\n"
                    + CLOSINGS[i % CLOSINGS.length] + " Laporan nomor " + i + " ini disusun dari keterangan "
                    + (i % 2 == 0 ? "kantor berita Antara." : "sejumlah pejabat.");
            ObjectNode item = json.createObjectNode()
                    .put("url", "https://contoh.co.id/internasional/berita-" + i)
                    .put("title", a + " dan " + b + ": laporan " + i)
                    .put("date", day.toString())
                    .put("outlet", i % 3 == 0 ? "contoh.co.id" : "kabar.id")
                    .put("text", text);
            lines.add(json.writeValueAsString(item));
        }
        Path input = dir.resolve("berita.jsonl");
        Files.write(input, lines, StandardCharsets.UTF_8);
        return input;
    }

    private static String month(LocalDate day) {
        return List.of("Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli", "Agustus", "September",
                "Oktober", "November", "Desember").get(day.getMonthValue() - 1);
    }

    @Test
    void aRunKilledMidwayAndRerunEqualsACleanRun() throws Exception {
        Path input = generatedInput();
        Path clean = dir.resolve("bersih");
        Path killed = dir.resolve("terbunuh");
        assertThat(ingest(clean, input)).isZero();

        Process child = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx1g", "-cp", System.getProperty("java.class.path"), Main.class.getName(), "ingest",
                "--data", killed.toString(), input.toString())
                .redirectErrorStream(true)
                .redirectOutput(dir.resolve("child.log").toFile())
                .start();
        Path journal = killed.resolve("ingest.journal");
        while (child.isAlive() && committedLines(journal) == 0) {
            Thread.sleep(10);
        }
        child.destroyForcibly();
        child.waitFor();
        int committedBeforeKill = committedLines(journal);
        assertThat(committedBeforeKill).as("documents committed before the kill").isBetween(1, ARTICLES - 1);
        assertThat(Files.readString(journal)).doesNotContain("END\t");

        String rerun = captureStdout(() -> assertThat(ingest(killed, input)).isZero());
        assertThat(rerun).containsPattern("already committed by an interrupted run [1-9]");

        try (Store a = Store.openReadOnly(clean); Store b = Store.openReadOnly(killed)) {
            assertThat(a.articleCount()).isEqualTo(ARTICLES);
            assertThat(b.articleCount()).isEqualTo(ARTICLES);
            assertThat(a.eventCount()).isPositive();
            for (String table : List.of("articles", "sentences", "mentions", "events", "event_actors", "quotes",
                    "article_stories", "story_buckets", "event_clusters", "event_cluster_members")) {
                assertThat(count(b, table)).as(table).isEqualTo(count(a, table));
            }
            assertThat(column(b, "SELECT count(DISTINCT event_id) = count(*) FROM events")).isEqualTo(true);
            assertThat(column(b, "SELECT count(DISTINCT id) FROM articles")).isEqualTo((long) ARTICLES);
            assertThat(b.query("SELECT id, content_hash FROM articles ORDER BY id").rows())
                    .isEqualTo(a.query("SELECT id, content_hash FROM articles ORDER BY id").rows());
            assertThat(b.query("SELECT event_id FROM events ORDER BY event_id").rows())
                    .isEqualTo(a.query("SELECT event_id FROM events ORDER BY event_id").rows());
            // stories and clusters do not depend on where the first run was cut
            assertThat(b.query("SELECT id, story_id FROM articles ORDER BY id").rows())
                    .isEqualTo(a.query("SELECT id, story_id FROM articles ORDER BY id").rows());
            assertThat(b.query("SELECT * FROM event_clusters ORDER BY cluster_id").rows())
                    .isEqualTo(a.query("SELECT * FROM event_clusters ORDER BY cluster_id").rows());
            assertThat(b.search("perjanjian", null, 0, 5).total())
                    .isEqualTo(a.search("perjanjian", null, 0, 5).total()).isPositive();
            assertThat(b.search("", null, 0, 1).total()).isEqualTo(ARTICLES);
        }
    }

    @Test
    void ingestingTheSameInputAgainLeavesEveryArticleUnchanged() throws Exception {
        Path input = generatedInput();
        Path data = dir.resolve("data");
        assertThat(ingest(data, input, "--limit", "40")).isZero();
        String second = captureStdout(() -> assertThat(ingest(data, input, "--limit", "40")).isZero());
        assertThat(second).contains("ingest: 40 documents read in")
                .contains("stored 0, updated 0, unchanged 40, already committed by an interrupted run 0")
                .contains("skipped 0, failed 0")
                .contains("the store holds 40 articles");
    }

    private static int ingest(Path data, Path input, String... more) {
        List<String> args = new ArrayList<>(List.of("ingest", "--data", data.toString()));
        args.addAll(List.of(more));
        args.add(input.toString());
        return Main.run(args.toArray(String[]::new));
    }

    private static int committedLines(Path journal) throws IOException {
        if (!Files.exists(journal)) {
            return 0;
        }
        return (int) Files.readAllLines(journal, StandardCharsets.ISO_8859_1).stream()
                .filter(line -> line.startsWith("DONE\t")).count();
    }

    private static long count(Store store, String table) {
        return (Long) column(store, "SELECT count(*) FROM " + table);
    }

    private static Object column(Store store, String sql) {
        QueryResult result = store.query(sql);
        return result.rows().getFirst().getFirst();
    }

    private static String captureStdout(Runnable run) {
        PrintStream saved = System.out;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
        try {
            run.run();
        } finally {
            System.setOut(saved);
        }
        return out.toString(StandardCharsets.UTF_8);
    }
}
