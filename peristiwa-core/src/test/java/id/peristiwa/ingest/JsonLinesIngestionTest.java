package id.peristiwa.ingest;

import static id.peristiwa.ingest.Collected.documents;
import static org.assertj.core.api.Assertions.assertThat;

import id.peristiwa.document.ContentType;
import id.peristiwa.document.RawDocument;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JsonLinesIngestionTest {

    private static final String CORPUS = String.join("\n",
            "{\"url\":\"https://berita.example.id/a\",\"title\":\"Menhan bertemu Menhan Korsel\","
                    + "\"date\":\"2024-05-02\",\"outlet\":\"Warta Nusantara\",\"section\":\"Internasional\","
                    + "\"author\":\"Rina S.\",\"text\":\"Menteri Pertahanan menerima Menteri Pertahanan Korea "
                    + "Selatan di Jakarta, Kamis.\"}",
            "",
            "{\"url\":\"https://berita.example.id/b\",\"html\":\"<p>Presiden meninjau lokasi banjir di Demak.</p>\","
                    + "\"text\":\"diabaikan\"}",
            "{\"title\": \"tanpa isi\"}",
            "{ini bukan json",
            "[\"larik\", \"bukan objek\"]",
            "{\"text\":\"   \"}",
            "{\"text\":\"Bank Indonesia menahan suku bunga acuan.\"} sisa",
            "{\"text\":\"KPU mengumumkan hasil rekapitulasi suara.\",\"date\":20240320}\r");

    @TempDir
    Path dir;

    @Test
    void eachLineIsADocumentOrItsOwnSkip() throws IOException {
        Path file = Files.writeString(dir.resolve("korpus.jsonl"), CORPUS);

        List<Ingested> items = Collected.read(file.toString());

        assertThat(items).extracting(Ingested::origin).containsExactly(
                file + "#1", file + "#3", file + "#4", file + "#5", file + "#6", file + "#7", file + "#8",
                file + "#9");
        RawDocument first = ((Ingested.Document) items.get(0)).document();
        assertThat(first.contentType()).isEqualTo(ContentType.TEXT);
        assertThat(first.text()).isEqualTo("Menteri Pertahanan menerima Menteri Pertahanan Korea Selatan di Jakarta, "
                + "Kamis.");
        assertThat(first.url()).isEqualTo("https://berita.example.id/a");
        assertThat(first.path()).isEqualTo(file.toString());
        assertThat(first.fields()).isEqualTo(Map.of("url", "https://berita.example.id/a",
                "title", "Menhan bertemu Menhan Korsel", "date", "2024-05-02", "outlet", "Warta Nusantara",
                "section", "Internasional", "author", "Rina S."));

        RawDocument second = ((Ingested.Document) items.get(1)).document();
        assertThat(second.contentType()).isEqualTo(ContentType.HTML);
        assertThat(Collected.html(second)).isEqualTo("<p>Presiden meninjau lokasi banjir di Demak.</p>");
        assertThat(second.header("content-type")).isEqualTo("text/html; charset=utf-8");

        assertThat(items.get(2)).isEqualTo(new Ingested.Skipped(file + "#4", SkipReason.MALFORMED,
                "no \"html\" or \"text\" field"));
        assertThat(((Ingested.Skipped) items.get(3)).reason()).isEqualTo(SkipReason.MALFORMED);
        assertThat(((Ingested.Skipped) items.get(3)).detail()).startsWith("invalid JSON: ");
        assertThat(items.get(4)).isEqualTo(new Ingested.Skipped(file + "#6", SkipReason.MALFORMED,
                "line is not a JSON object"));
        assertThat(((Ingested.Skipped) items.get(5)).reason()).isEqualTo(SkipReason.EMPTY);
        assertThat(((Ingested.Skipped) items.get(6)).reason()).isEqualTo(SkipReason.MALFORMED);

        RawDocument last = ((Ingested.Document) items.get(7)).document();
        assertThat(last.text()).isEqualTo("KPU mengumumkan hasil rekapitulasi suara.");
        assertThat(last.field("date")).isEqualTo("20240320");
    }

    @Test
    void fieldMappingRenamesInputFields() throws IOException {
        Path file = Files.writeString(dir.resolve("lain.ndjson"),
                "{\"body\":\"Gubernur Jawa Barat meresmikan bendungan.\",\"published_at\":\"2024-01-09\","
                        + "\"date\":\"salah\"}\n");
        IngestOptions options = IngestOptions.defaults().withJsonFields(JsonFields.parse("text=body,date=published_at"));

        List<RawDocument> docs = documents(Collected.read(options, file.toString()));

        assertThat(docs).singleElement().satisfies(d -> {
            assertThat(d.text()).isEqualTo("Gubernur Jawa Barat meresmikan bendungan.");
            assertThat(d.fields()).isEqualTo(Map.of("date", "2024-01-09"));
        });
    }

    @Test
    void gzippedJsonLinesAreRead() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
            gz.write(CORPUS.getBytes(StandardCharsets.UTF_8));
        }
        Path file = Files.write(dir.resolve("korpus.jsonl.gz"), out.toByteArray());

        assertThat(documents(Collected.read(file.toString()))).extracting(RawDocument::origin)
                .containsExactly(file + "#1", file + "#3", file + "#9");
    }

    @Test
    void overlongLineIsTooLargeAndTheRestGoesOn() throws IOException {
        String longLine = "{\"text\":\"" + "Demonstran berkumpul di depan gedung DPR. ".repeat(50) + "\"}";
        Path file = Files.writeString(dir.resolve("panjang.jsonl"),
                longLine + "\n{\"text\":\"Aksi berakhir damai menjelang magrib.\"}\n");

        List<Ingested> items = Collected.read(IngestOptions.defaults().withMaxDocumentBytes(1024), file.toString());

        assertThat(items.get(0)).isEqualTo(new Ingested.Skipped(file + "#1", SkipReason.TOO_LARGE,
                "line of " + new SizeLimit(1024).describeExcess(longLine.length())));
        assertThat(documents(items)).singleElement().extracting(RawDocument::text)
                .isEqualTo("Aksi berakhir damai menjelang magrib.");
    }

    @Test
    void boundedLineReaderCountsLinesAndKeepsOnlyShortOnes() throws IOException {
        byte[] input = ("pendek\r\n" + "x".repeat(100) + "\n\nakhir tanpa baris baru").getBytes(StandardCharsets.UTF_8);
        try (BoundedLineReader reader = new BoundedLineReader(new ByteArrayInputStream(input), 30)) {
            BoundedLineReader.Line a = reader.next();
            BoundedLineReader.Line b = reader.next();
            BoundedLineReader.Line c = reader.next();
            BoundedLineReader.Line d = reader.next();

            assertThat(new String(a.bytes(), StandardCharsets.UTF_8)).isEqualTo("pendek");
            assertThat(a.number()).isEqualTo(1);
            assertThat(b.tooLong()).isTrue();
            assertThat(b.length()).isEqualTo(100);
            assertThat(b.number()).isEqualTo(2);
            assertThat(c.bytes()).isEmpty();
            assertThat(new String(d.bytes(), StandardCharsets.UTF_8)).isEqualTo("akhir tanpa baris baru");
            assertThat(d.number()).isEqualTo(4);
            assertThat(reader.next()).isNull();
        }
    }

    @Test
    void contentThatIsNotAStringIsABrokenRecord() throws IOException {
        Path file = Files.writeString(dir.resolve("angka.jsonl"), "{\"text\": 1}\n{\"html\": true}\n");

        List<Ingested> items = Collected.read(file.toString());

        assertThat(items).hasSize(2).allSatisfy(item -> {
            assertThat(item).isInstanceOf(Ingested.Skipped.class);
            assertThat(((Ingested.Skipped) item).reason()).isEqualTo(SkipReason.MALFORMED);
        });
    }
}
