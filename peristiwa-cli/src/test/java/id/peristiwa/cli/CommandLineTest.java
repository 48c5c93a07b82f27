package id.peristiwa.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

class CommandLineTest {

    @RegisterExtension
    final CapturedStreams streams = new CapturedStreams();

    @TempDir
    Path dir;

    private String stdout() {
        return streams.out();
    }

    private String stderr() {
        return streams.err();
    }

    @Test
    void helpListsEveryCommand() {
        assertThat(Main.run("--help")).isZero();
        assertThat(stdout()).contains("extract", "demo", "eval", "bench", "help");
    }

    @Test
    void extractPrintsOneJsonObjectPerArticle() throws IOException {
        Path page = dir.resolve("berita.html");
        Files.writeString(page, """
                <html><head><title>Indonesia Kirim Bantuan ke Gaza - Kabar Timur</title>
                <meta property="og:site_name" content="Kabar Timur">
                <meta property="article:published_time" content="2024-03-05T09:30:00+07:00"></head>
                <body><nav><a href="/">Beranda</a> <a href="/dunia">Dunia</a></nav>
                <article><h1>Indonesia Kirim Bantuan ke Gaza</h1>
                <p>Jakarta (Kabar Timur) - Pemerintah Indonesia memberangkatkan bantuan kemanusiaan seberat 50 ton untuk
                warga Gaza dari Pangkalan Udara Halim Perdanakusuma, Selasa (5/3).</p>
                <p>Menteri Luar Negeri mengatakan bahwa bantuan itu akan diteruskan melalui Mesir dengan koordinasi
                bersama badan-badan PBB.</p></article>
                <footer>Hak cipta dilindungi undang-undang.</footer></body></html>
                """);
        Path empty = dir.resolve("kosong.html");
        Files.writeString(empty, "");

        int status = Main.run("extract", page.toString(), empty.toString());

        assertThat(status).isZero();
        List<String> lines = stdout().lines().toList();
        assertThat(lines).hasSize(1);
        JsonNode a = new ObjectMapper().readTree(lines.get(0));
        assertThat(a.path("title").asText()).isEqualTo("Indonesia Kirim Bantuan ke Gaza");
        assertThat(a.path("source").path("outlet").asText()).isEqualTo("Kabar Timur");
        assertThat(a.path("published").asText()).isEqualTo("2024-03-05T09:30:00+07:00");
        assertThat(a.path("dateline").path("place").asText()).isEqualTo("Jakarta");
        assertThat(a.path("dateline").path("outlet").asText()).isEqualTo("Kabar Timur");
        assertThat(a.path("language").asText()).isEqualTo("id");
        assertThat(a.path("paragraphs")).hasSize(2);
        assertThat(a.path("text").asText()).startsWith("Jakarta (Kabar Timur) - Pemerintah Indonesia")
                .doesNotContain("Beranda", "Hak cipta");
        assertThat(stderr()).contains("kosong.html").contains("empty");
    }

    @Test
    void analyzeAddsSentencesMentionsAndActors() throws IOException {
        Path text = dir.resolve("berita.txt");
        Files.writeString(text, """
                Menhan AS Lloyd Austin Tiba di Seoul

                Menteri Pertahanan AS Lloyd Austin tiba di Seoul, Senin (30/1). Austin akan bertemu dengan Menteri \
                Pertahanan Korea Selatan Lee Jong-sup.
                """);

        assertThat(Main.run("analyze", "--tokens", text.toString())).isZero();

        JsonNode article = new ObjectMapper().readTree(stdout().strip());
        String body = article.get("text").asText();
        JsonNode sentences = article.get("sentences");
        assertThat(sentences).hasSize(2);
        assertThat(body.substring(sentences.get(0).get(0).asInt(), sentences.get(0).get(1).asInt()))
                .isEqualTo("Menteri Pertahanan AS Lloyd Austin tiba di Seoul, Senin (30/1).");
        JsonNode mentions = article.get("mentions");
        assertThat(mentions.findValuesAsText("text"))
                .containsExactly("AS", "Lloyd Austin", "Seoul", "Austin", "Korea Selatan", "Lee Jong-sup");
        JsonNode austin = mentions.get(1);
        assertThat(body.substring(austin.get("start").asInt(), austin.get("end").asInt())).isEqualTo("Lloyd Austin");
        assertThat(austin.get("kind").asText()).isEqualTo("PERSON");
        assertThat(austin.get("actor").get("code").asText()).isEqualTo("USAGOV");
        assertThat(austin.get("actor").get("role").asText()).isEqualTo("Menteri Pertahanan AS");
        assertThat(mentions.get(2).get("actor").isNull()).isTrue();
        assertThat(mentions.get(3).get("refersTo").asInt()).isEqualTo(1);
        assertThat(mentions.get(5).get("actor").get("code").asText()).isEqualTo("KORGOV");
        assertThat(article.get("tokens").get(0).get("normalized").asText()).isEqualTo("menteri");
    }

    @Test
    void analyzeReadsTheUsersDictionaries() throws IOException {
        Path text = dir.resolve("berita.txt");
        Files.writeString(text, "Rahmat Hidayat tiba di Tokyo untuk membahas kerja sama perikanan, Selasa (4/6).\n");
        Path dict = Files.createDirectories(dir.resolve("kamus"));
        Files.writeString(dict.resolve("office-holders.txt"), "Rahmat Hidayat => IDNGOV@2024-01-01..\n");
        Path phoenix = Files.createDirectories(dir.resolve("phoenix"));
        Files.writeString(phoenix.resolve("tambahan.actors.txt"), "RAHMAT_HIDAYAT_ [IDNBUS]\n");

        assertThat(Main.run("analyze", "--dict", dict.toString(), text.toString())).isZero();
        assertThat(Main.run("analyze", "--dict", phoenix.toString(), text.toString())).isZero();
        assertThat(Main.run("analyze", "--dict", dir.resolve("tidak-ada").toString(), text.toString())).isNotZero();

        List<JsonNode> runs = stdout().lines().map(CommandLineTest::json).toList();
        assertThat(runs).hasSize(2);
        assertThat(runs.get(0).get("mentions").get(0).get("actor").get("code").asText()).isEqualTo("IDNGOV");
        assertThat(runs.get(1).get("mentions").get(0).get("actor").get("code").asText()).isEqualTo("IDNBUS");
        assertThat(stderr()).contains("--dict", "tidak-ada");
    }

    @Test
    void analyzeWritesEventsAsCsvGdeltAndPlover() throws IOException {
        Path text = dir.resolve("kecam.txt");
        Files.writeString(text, "Korut Kecam Latihan Gabungan\n\nPemerintah Korea Utara mengecam latihan militer "
                + "gabungan Amerika Serikat dan Korea Selatan di Semenanjung Korea, Senin (30/1).\n");

        assertThat(Main.run("analyze", "--format", "csv", text.toString())).isZero();
        List<String> csv = stdout().lines().toList();
        streams.reset();
        assertThat(Main.run("analyze", "--format", "gdelt", text.toString())).isZero();
        List<String[]> gdelt = stdout().lines().map(l -> l.split("\t", -1)).toList();
        streams.reset();
        assertThat(Main.run("analyze", "--format", "plover", text.toString())).isZero();
        List<JsonNode> plover = stdout().lines().map(CommandLineTest::json).toList();

        assertThat(csv).hasSize(2);
        assertThat(csv.get(0)).startsWith("event_id,article_id,url,published,");
        assertThat(csv.get(1)).contains(",ACCUSE,", ",111,", ",PRKGOV,USA;KOR,", ",Semenanjung Korea,");
        // One GDELT row per source-target pair, in the official 61 columns.
        assertThat(gdelt).hasSize(2).allSatisfy(row -> assertThat(row).hasSize(61));
        assertThat(gdelt).extracting(row -> row[5] + ">" + row[15] + ":" + row[26])
                .containsExactly("PRKGOV>USA:111", "PRKGOV>KOR:111");
        assertThat(plover).singleElement().satisfies(record -> {
            assertThat(record.get("event").asText()).isEqualTo("ACCUSE");
            assertThat(record.get("source").get(0).get("actorCode").asText()).isEqualTo("PRKGOV");
            assertThat(record.get("target").findValuesAsText("actorCode")).containsExactly("USA", "KOR");
        });
    }

    private static JsonNode json(String line) {
        try {
            return new ObjectMapper().readTree(line);
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    @Test
    void nothingProcessableExitsNonZeroAndNamesTheInput() {
        int status = Main.run("extract", dir.resolve("tidak-ada.html").toString());
        assertThat(status).isNotZero();
        assertThat(stderr()).contains("tidak-ada.html");
        assertThat(stdout()).isEmpty();
    }

    @Test
    void textFormatShowsHeaderAndBody() throws IOException {
        Path text = dir.resolve("salinan.txt");
        Files.writeString(text, """
                Beranda
                Internasional
                Korut Kecam Latihan Gabungan AS-Korsel
                Korut Kecam Latihan Gabungan AS-Korsel
                Rabu, 1 Februari 2023 10:15 WIB
                Pyongyang (Kabar Timur) - Korea Utara mengecam latihan militer gabungan Amerika Serikat dan Korea Selatan yang digelar pekan ini.
                Kementerian Luar Negeri Korea Utara menyebut latihan itu sebagai provokasi yang membahayakan perdamaian di Semenanjung Korea.
                Tulis komentar
                Kirim
                """);
        assertThat(Main.run("extract", "--format", "text", text.toString())).isZero();
        assertThat(stdout()).startsWith("# Korut Kecam Latihan Gabungan AS-Korsel\n")
                .contains("published: 2023-02-01T10:15:00+07:00")
                .contains("Korea Utara mengecam latihan militer gabungan")
                .doesNotContain("Tulis komentar");
    }

    @Test
    void badOptionGetsAClearMessage() {
        assertThat(Main.run("extract", "--fields", "teks=body", "x.jsonl")).isNotZero();
        assertThat(stderr()).containsIgnoringCase("teks");
    }

    @Test
    void evalSegmentationEndsWithTheHeadlineFigures() throws IOException {
        Path conllu = dir.resolve("mini.conllu");
        Files.writeString(conllu, """
                # sent_id = 1
                # text = Presiden tiba di Seoul.
                1\tPresiden\tpresiden\tNOUN\t_\t_\t2\tnsubj\t_\t_
                2\ttiba\ttiba\tVERB\t_\t_\t0\troot\t_\t_
                3\tdi\tdi\tADP\t_\t_\t4\tcase\t_\t_
                4\tSeoul\tSeoul\tPROPN\t_\t_\t2\tobl\t_\tSpaceAfter=No
                5\t.\t.\tPUNCT\t_\t_\t2\tpunct\t_\t_

                # sent_id = 2
                # text = Ia disambut Menhan Korsel.
                1\tIa\tia\tPRON\t_\t_\t2\tnsubj\t_\t_
                2\tdisambut\tsambut\tVERB\t_\t_\t0\troot\t_\t_
                3\tMenhan\tmenhan\tPROPN\t_\t_\t2\tobl\t_\t_
                4\tKorsel\tKorsel\tPROPN\t_\t_\t3\tflat\t_\tSpaceAfter=No
                5\t.\t.\tPUNCT\t_\t_\t2\tpunct\t_\t_

                """);
        assertThat(Main.run("eval", "segmentation", "--conllu", conllu.toString())).isZero();
        List<String> lines = stdout().lines().toList();
        assertThat(lines.get(lines.size() - 1)).isEqualTo("sentence_f1=1.0000 token_f1=1.0000");
    }

    @Test
    void demoIngestsTheSamplePages() {
        Path data = dir.resolve("demo");
        assertThat(Main.run("demo", "--no-serve", "--samples", "../samples", "--data", data.toString())).isZero();
        assertThat(stdout()).contains("stored 20, updated 0, unchanged 0", "the store holds 20 articles",
                "Serve it with: ./peristiwa serve --data " + data);
        assertThat(Files.exists(data.resolve("peristiwa.duckdb"))).isTrue();
    }
}
