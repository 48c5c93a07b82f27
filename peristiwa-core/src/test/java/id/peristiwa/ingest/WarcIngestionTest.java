package id.peristiwa.ingest;

import static id.peristiwa.ingest.Collected.documents;
import static id.peristiwa.ingest.Collected.html;
import static id.peristiwa.ingest.Collected.skips;
import static org.assertj.core.api.Assertions.assertThat;

import id.peristiwa.document.ContentType;
import id.peristiwa.document.RawDocument;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WarcIngestionTest {

    private static final Instant CAPTURED = Instant.parse("2024-03-12T04:15:00Z");

    private static final String DIPLOMASI = "<html><head><title>Menlu bertemu Dubes Jepang</title></head><body>"
            + "<p>JAKARTA — Menteri Luar Negeri menerima kunjungan Duta Besar Jepang di Pejambon, Selasa.</p>"
            + "</body></html>";

    private static final String BANJIR = "Banjir merendam tiga kecamatan di Kabupaten Bekasi sejak Senin malam.";

    @TempDir
    Path dir;

    private static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    private byte[] mixedArchive(boolean gzip) throws IOException {
        return new WarcFixtures(gzip)
                .warcinfo()
                .request("https://berita.example.id/internasional/menlu-dubes-jepang")
                .page("https://berita.example.id/internasional/menlu-dubes-jepang", CAPTURED,
                        "text/html; charset=utf-8", utf8(DIPLOMASI))
                .page("https://berita.example.id/static/gaya.css", CAPTURED, "text/css", utf8("body{margin:0}"))
                .page("https://berita.example.id/foto/banjir.png", CAPTURED, "image/png",
                        new byte[] {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10})
                .response("https://berita.example.id/hilang", CAPTURED,
                        "HTTP/1.1 404 Not Found\r\nContent-Type: text/html\r\nContent-Length: 9", utf8("Tidak ada"))
                .page("https://berita.example.id/daerah/banjir-bekasi.txt", CAPTURED, "text/plain; charset=utf-8",
                        utf8(BANJIR))
                .bytes();
    }

    @Test
    void readsHtmlAndTextResponsesAndSkipsTheRest() throws IOException {
        Path warc = Files.write(dir.resolve("liputan.warc"), mixedArchive(false));

        List<Ingested> items = Collected.read(warc.toString());

        List<RawDocument> docs = documents(items);
        assertThat(docs).hasSize(2);
        RawDocument page = docs.get(0);
        assertThat(page.contentType()).isEqualTo(ContentType.HTML);
        assertThat(page.url()).isEqualTo("https://berita.example.id/internasional/menlu-dubes-jepang");
        assertThat(page.origin()).isEqualTo("https://berita.example.id/internasional/menlu-dubes-jepang");
        assertThat(page.path()).isEqualTo(warc.toString());
        assertThat(page.fetchedAt()).isEqualTo(CAPTURED);
        assertThat(page.header("content-type")).isEqualTo("text/html; charset=utf-8");
        assertThat(page.header("content-length")).isEqualTo(String.valueOf(utf8(DIPLOMASI).length));
        assertThat(html(page)).isEqualTo(DIPLOMASI);

        RawDocument text = docs.get(1);
        assertThat(text.contentType()).isEqualTo(ContentType.TEXT);
        assertThat(text.text()).isEqualTo(BANJIR);
        assertThat(text.bytes()).isNull();

        assertThat(skips(items)).extracting(Ingested.Skipped::origin, Ingested.Skipped::reason)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("https://berita.example.id/static/gaya.css",
                                SkipReason.UNSUPPORTED),
                        org.assertj.core.groups.Tuple.tuple("https://berita.example.id/foto/banjir.png",
                                SkipReason.UNSUPPORTED),
                        org.assertj.core.groups.Tuple.tuple("https://berita.example.id/hilang",
                                SkipReason.UNREADABLE));
        assertThat(skips(items).get(0).detail()).isEqualTo("not a page: text/css");
        assertThat(skips(items).get(2).detail()).isEqualTo("HTTP status 404");
    }

    @Test
    void gzippedArchiveGivesTheSameDocuments() throws IOException {
        Path plain = Files.write(dir.resolve("liputan.warc"), mixedArchive(false));
        Path gzipped = Files.write(dir.resolve("liputan.warc.gz"), mixedArchive(true));

        List<RawDocument> fromPlain = documents(Collected.read(plain.toString()));
        List<RawDocument> fromGzip = documents(Collected.read(gzipped.toString()));

        assertThat(fromGzip).extracting(RawDocument::url)
                .containsExactlyElementsOf(fromPlain.stream().map(RawDocument::url).toList());
        assertThat(html(fromGzip.get(0))).isEqualTo(DIPLOMASI);
        assertThat(fromGzip.get(1).text()).isEqualTo(BANJIR);
    }

    @Test
    void decodesChunkedAndGzipEncodedBodies() throws IOException {
        byte[] page = utf8(DIPLOMASI);
        ByteArrayOutputStream compressed = new ByteArrayOutputStream();
        try (GZIPOutputStream gz = new GZIPOutputStream(compressed)) {
            gz.write(page);
        }
        byte[] gzipped = compressed.toByteArray();
        int half = gzipped.length / 2;
        ByteArrayOutputStream chunked = new ByteArrayOutputStream();
        chunked.write(utf8(Integer.toHexString(half) + "\r\n"));
        chunked.write(gzipped, 0, half);
        chunked.write(utf8("\r\n" + Integer.toHexString(gzipped.length - half) + "\r\n"));
        chunked.write(gzipped, half, gzipped.length - half);
        chunked.write(utf8("\r\n0\r\n\r\n"));
        byte[] warc = new WarcFixtures(false)
                .response("https://berita.example.id/terkompresi", CAPTURED, "HTTP/1.1 200 OK\r\n"
                        + "Content-Type: text/html; charset=utf-8\r\nTransfer-Encoding: chunked\r\n"
                        + "Content-Encoding: gzip", chunked.toByteArray())
                .bytes();
        Path file = Files.write(dir.resolve("kompresi.warc"), warc);

        List<RawDocument> docs = documents(Collected.read(file.toString()));

        assertThat(docs).hasSize(1);
        assertThat(html(docs.get(0))).isEqualTo(DIPLOMASI);
    }

    @Test
    void truncatedArchiveYieldsWhatItCouldReadThenOneMalformedSkip() throws IOException {
        byte[] whole = new WarcFixtures(false)
                .page("https://berita.example.id/1", CAPTURED, "text/html", utf8(DIPLOMASI))
                .page("https://berita.example.id/2", CAPTURED, "text/html", utf8(DIPLOMASI))
                .page("https://berita.example.id/3", CAPTURED, "text/html", utf8(DIPLOMASI))
                .bytes();
        // Cut in the middle of the third record's HTTP body.
        Path file = Files.write(dir.resolve("terpotong.warc"), Arrays.copyOf(whole, whole.length - 60));

        List<Ingested> items = Collected.read(file.toString());

        assertThat(documents(items)).extracting(RawDocument::url)
                .containsExactly("https://berita.example.id/1", "https://berita.example.id/2");
        assertThat(skips(items)).hasSize(1);
        Ingested.Skipped skip = skips(items).get(0);
        assertThat(skip.origin()).isEqualTo(file.toString());
        assertThat(skip.reason()).isEqualTo(SkipReason.MALFORMED);
        assertThat(skip.detail()).startsWith("truncated after 2 records: ");
        assertThat(items.get(items.size() - 1)).isEqualTo(skip);
    }

    @Test
    void archiveCutInsideARecordHeaderStopsWithOneSkip() throws IOException {
        byte[] first = new WarcFixtures(false)
                .page("https://berita.example.id/1", CAPTURED, "text/html", utf8(DIPLOMASI)).bytes();
        byte[] whole = new WarcFixtures(false)
                .page("https://berita.example.id/1", CAPTURED, "text/html", utf8(DIPLOMASI))
                .page("https://berita.example.id/2", CAPTURED, "text/html", utf8(DIPLOMASI))
                .bytes();
        Path file = Files.write(dir.resolve("terpotong.warc"), Arrays.copyOf(whole, first.length + 40));

        List<Ingested> items = Collected.read(file.toString());

        assertThat(documents(items)).extracting(RawDocument::url).containsExactly("https://berita.example.id/1");
        assertThat(skips(items)).singleElement().satisfies(s -> {
            assertThat(s.reason()).isEqualTo(SkipReason.MALFORMED);
            assertThat(s.detail()).startsWith("truncated after 1 records: ");
        });
    }

    @Test
    void garbageIsNotAReadableWarc() throws IOException {
        Path file = Files.write(dir.resolve("rusak.warc"), utf8("Ini bukan arsip WARC sama sekali.\n"));

        List<Ingested> items = Collected.read(file.toString());

        assertThat(items).singleElement().isInstanceOfSatisfying(Ingested.Skipped.class, s -> {
            assertThat(s.reason()).isEqualTo(SkipReason.MALFORMED);
            assertThat(s.detail()).startsWith("not a readable WARC file: ");
        });
    }

    @Test
    void archiveWithoutResponsesIsEmpty() throws IOException {
        byte[] warc = new WarcFixtures(false).warcinfo().request("https://berita.example.id/1").bytes();
        Path file = Files.write(dir.resolve("permintaan.warc"), warc);

        List<Ingested> items = Collected.read(file.toString());

        assertThat(items).containsExactly(new Ingested.Skipped(file.toString(), SkipReason.EMPTY,
                "no documents found in " + file));
    }

    @Test
    void oversizedPayloadIsSkippedAndTheArchiveGoesOn() throws IOException {
        byte[] big = utf8("<html><body>" + "Sidang kabinet paripurna membahas anggaran. ".repeat(100)
                + "</body></html>");
        byte[] warc = new WarcFixtures(false)
                .page("https://berita.example.id/besar", CAPTURED, "text/html", big)
                .page("https://berita.example.id/kecil", CAPTURED, "text/html", utf8(DIPLOMASI))
                .bytes();
        Path file = Files.write(dir.resolve("campur.warc"), warc);

        List<Ingested> items = Collected.read(IngestOptions.defaults().withMaxDocumentBytes(1000), file.toString());

        assertThat(items).hasSize(2);
        assertThat(items.get(0)).isEqualTo(new Ingested.Skipped("https://berita.example.id/besar",
                SkipReason.TOO_LARGE, big.length / 1024 + "." + (big.length % 1024 * 10 / 1024)
                        + " KB exceeds the limit of 1000 bytes"));
        assertThat(documents(items)).extracting(RawDocument::url).containsExactly("https://berita.example.id/kecil");
    }
}
