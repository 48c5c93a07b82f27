package id.peristiwa.ingest;

import static id.peristiwa.ingest.Collected.documents;
import static org.assertj.core.api.Assertions.assertThat;

import id.peristiwa.document.ContentType;
import id.peristiwa.document.RawDocument;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FileIngestionTest {

    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");
    private static final String SENTENCE = "Menteri Luar Negeri menyebut “kemitraan strategis” — résumé café";
    private static final String PAGE = "<!DOCTYPE html><html><head><title>Kunjungan kenegaraan</title></head>"
            + "<body><p>" + SENTENCE + " dalam jumpa pers di Jakarta, Rabu (12/3).</p></body></html>";

    @TempDir
    Path dir;

    private Path write(String name, byte[] bytes) throws IOException {
        Path file = dir.resolve(name);
        Files.createDirectories(file.getParent());
        return Files.write(file, bytes);
    }

    private Path write(String name, String text) throws IOException {
        return write(name, text.getBytes(StandardCharsets.UTF_8));
    }

    private static Ingested only(Path file) {
        List<Ingested> items = Collected.read(file.toString());
        assertThat(items).hasSize(1);
        return items.get(0);
    }

    @Test
    void htmlFileIsAnHtmlDocumentWithItsBytesUntouched() throws IOException {
        byte[] bytes = PAGE.getBytes(WINDOWS_1252);
        Path file = write("kunjungan.html", bytes);

        RawDocument doc = ((Ingested.Document) only(file)).document();

        assertThat(doc.contentType()).isEqualTo(ContentType.HTML);
        assertThat(doc.bytes()).isEqualTo(bytes);
        assertThat(doc.text()).isNull();
        assertThat(doc.url()).isNull();
        assertThat(doc.path()).isEqualTo(file.toString());
        assertThat(doc.origin()).isEqualTo(file.toString());
        assertThat(CharsetDetector.decode(doc.bytes(), null, true).text()).contains(SENTENCE);
    }

    @Test
    void textFileIsDecodedIntoText() throws IOException {
        Path file = write("kunjungan.txt", (SENTENCE + "\n").getBytes(WINDOWS_1252));

        RawDocument doc = ((Ingested.Document) only(file)).document();

        assertThat(doc.contentType()).isEqualTo(ContentType.TEXT);
        assertThat(doc.text()).isEqualTo(SENTENCE + "\n");
        assertThat(doc.bytes()).isNull();
    }

    @Test
    void utf16TextWithBomIsTextNotBinary() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        bytes.writeBytes(new byte[] {(byte) 0xFF, (byte) 0xFE});
        bytes.writeBytes(SENTENCE.getBytes(StandardCharsets.UTF_16LE));
        Path file = write("utf16.txt", bytes.toByteArray());

        RawDocument doc = ((Ingested.Document) only(file)).document();

        assertThat(doc.text()).isEqualTo(SENTENCE);
    }

    @Test
    void emptyAndWhitespaceOnlyFilesAreEmpty() throws IOException {
        Path empty = write("kosong.html", new byte[0]);
        Path blank = write("spasi.txt", " \n\t \r\n");

        assertThat(only(empty)).isEqualTo(new Ingested.Skipped(empty.toString(), SkipReason.EMPTY,
                "no content but whitespace"));
        assertThat(only(blank)).isEqualTo(new Ingested.Skipped(blank.toString(), SkipReason.EMPTY,
                "no content but whitespace"));
    }

    @Test
    void binaryContentIsRecognised() throws IOException {
        Path png = write("foto.html", new byte[] {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10, 0, 0, 0, 13});
        Path pdf = write("laporan.txt", "%PDF-1.7\n%âãÏÓ\n".getBytes(StandardCharsets.ISO_8859_1));
        Path nul = write("rusak.txt", new byte[] {'B', 'e', 'r', 'i', 't', 'a', 0, 'x'});
        byte[] controls = new byte[100];
        java.util.Arrays.fill(controls, (byte) 'a');
        for (int i = 0; i < 20; i++) {
            controls[i * 5] = 0x01;
        }
        Path control = write("kendali.txt", controls);

        assertThat(only(png)).isEqualTo(new Ingested.Skipped(png.toString(), SkipReason.BINARY,
                "looks like a PNG image"));
        assertThat(only(pdf)).isEqualTo(new Ingested.Skipped(pdf.toString(), SkipReason.BINARY,
                "looks like a PDF document"));
        assertThat(only(nul)).isEqualTo(new Ingested.Skipped(nul.toString(), SkipReason.BINARY,
                "contains NUL bytes"));
        assertThat(only(control)).isEqualTo(new Ingested.Skipped(control.toString(), SkipReason.BINARY,
                "20 control characters in the first 100 bytes"));
    }

    @Test
    void fileOverTheLimitIsSkippedBeforeReading() throws IOException {
        Path file = write("panjang.html", PAGE.repeat(20));

        List<Ingested> items = Collected.read(IngestOptions.defaults().withMaxDocumentBytes(2048), file.toString());

        assertThat(items).containsExactly(new Ingested.Skipped(file.toString(), SkipReason.TOO_LARGE,
                String.format(java.util.Locale.ROOT, "%.1f KB exceeds the limit of 2.0 KB",
                        Files.size(file) / 1024.0)));
    }

    @Test
    void missingPathIsUnreadableAndNamesIt() {
        String missing = dir.resolve("tidak-ada.html").toString();

        assertThat(Collected.read(missing)).containsExactly(new Ingested.Skipped(missing, SkipReason.UNREADABLE,
                "no such file or directory: " + missing));
    }

    @Test
    void missingDirectoryIsUnreadable() {
        String missing = dir.resolve("arsip-hilang/").toString();

        assertThat(Collected.read(missing)).singleElement().isInstanceOfSatisfying(Ingested.Skipped.class,
                s -> assertThat(s.reason()).isEqualTo(SkipReason.UNREADABLE));
    }

    @Test
    void unreadableFileIsSkippedWithItsPath() throws IOException {
        Path file = write("rahasia.html", PAGE);
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("---------"));
        Assumptions.assumeFalse(Files.isReadable(file), "running with permissions that read anything");

        assertThat(Collected.read(file.toString())).containsExactly(new Ingested.Skipped(file.toString(),
                SkipReason.UNREADABLE, file + ": permission denied"));
    }

    @Test
    void directoryIsWalkedRecursivelyInSortedOrderWithoutHiddenFiles() throws IOException {
        write("b/02-ekonomi.txt", "Rupiah menguat terhadap dolar AS pada penutupan perdagangan Kamis.");
        write("a/01-politik.html", PAGE);
        write("a/z/03-olahraga.html", "<p>Timnas menang 2-0 atas Vietnam di Gelora Bung Karno.</p>");
        write(".tersembunyi.html", PAGE);
        write(".git/config.html", PAGE);
        write("c/kosong.txt", "");

        List<Ingested> items = Collected.read(dir.toString());

        assertThat(items).extracting(Ingested::origin).containsExactly(
                dir.resolve("a/01-politik.html").toString(),
                dir.resolve("a/z/03-olahraga.html").toString(),
                dir.resolve("b/02-ekonomi.txt").toString(),
                dir.resolve("c/kosong.txt").toString());
        assertThat(documents(items)).hasSize(3);
        assertThat(items.get(3)).isInstanceOf(Ingested.Skipped.class);
    }

    @Test
    void emptyDirectoryYieldsOneEmptySkip() throws IOException {
        Path empty = Files.createDirectory(dir.resolve("kosong"));

        assertThat(Collected.read(empty.toString())).containsExactly(new Ingested.Skipped(empty.toString(),
                SkipReason.EMPTY, "no documents found in " + empty));
    }

    @Test
    void unknownExtensionsAreSniffed() throws IOException {
        Path html = write("halaman.dat", "\n  " + PAGE);
        Path fragment = write("potongan", "<div><p>Gempa magnitudo 5,2 mengguncang Cianjur.</p></div>");
        Path jsonl = write("ekspor.out", "{\"text\":\"Harga beras naik di Pasar Induk Cipinang.\"}\n");
        Path feed = write("umpan.xml", "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><item>"
                + "<title>Pemilu</title><description>&lt;p&gt;KPU menetapkan jadwal.&lt;/p&gt;</description>"
                + "</item></channel></rss>");
        Path text = write("catatan.log", "Polisi menutup jalan menuju Monas selama unjuk rasa.");
        Path warc = write("tangkapan.arc2", new WarcFixtures(true)
                .page("https://berita.example.id/a", java.time.Instant.EPOCH, "text/html",
                        PAGE.getBytes(StandardCharsets.UTF_8)).bytes());
        Path pdf = write("dokumen.bin", "%PDF-1.4 binary".getBytes(StandardCharsets.US_ASCII));

        assertThat(documents(Collected.read(html.toString()))).singleElement()
                .extracting(RawDocument::contentType).isEqualTo(ContentType.HTML);
        assertThat(documents(Collected.read(fragment.toString()))).singleElement()
                .extracting(RawDocument::contentType).isEqualTo(ContentType.HTML);
        assertThat(documents(Collected.read(jsonl.toString()))).singleElement()
                .extracting(RawDocument::text).isEqualTo("Harga beras naik di Pasar Induk Cipinang.");
        assertThat(documents(Collected.read(feed.toString()))).singleElement()
                .extracting(RawDocument::origin).isEqualTo(feed + "#1");
        assertThat(documents(Collected.read(text.toString()))).singleElement()
                .extracting(RawDocument::contentType).isEqualTo(ContentType.TEXT);
        assertThat(documents(Collected.read(warc.toString()))).singleElement()
                .extracting(RawDocument::url).isEqualTo("https://berita.example.id/a");
        assertThat(Collected.read(pdf.toString())).containsExactly(new Ingested.Skipped(pdf.toString(),
                SkipReason.BINARY, "looks like a PDF document"));
    }

    @Test
    void xmlThatIsNotAFeedIsUnsupported() throws IOException {
        Path sitemap = write("peta.xml", "<?xml version=\"1.0\"?><urlset><url><loc>https://a.id/</loc></url></urlset>");

        assertThat(Collected.read(sitemap.toString())).containsExactly(new Ingested.Skipped(sitemap.toString(),
                SkipReason.UNSUPPORTED, "an XML document that is not an RSS or Atom feed"));
    }

    @Test
    void streamsAreSniffedAndNotClosed() throws IOException {
        boolean[] closed = {false};
        byte[] lines = ("{\"text\":\"Gubernur meresmikan jembatan baru.\",\"title\":\"Jembatan\"}\n"
                + "{\"html\":\"<p>DPR menggelar rapat paripurna.</p>\"}\n").getBytes(StandardCharsets.UTF_8);
        java.io.InputStream in = new java.io.ByteArrayInputStream(lines) {
            @Override
            public void close() {
                closed[0] = true;
            }
        };

        List<Ingested> items;
        try (var stream = new Ingestion(IngestOptions.defaults()).read(in, "stdin")) {
            items = stream.toList();
        }

        assertThat(items).extracting(Ingested::origin).containsExactly("stdin#1", "stdin#2");
        assertThat(documents(items)).extracting(RawDocument::contentType)
                .containsExactly(ContentType.TEXT, ContentType.HTML);
        assertThat(closed[0]).isFalse();
        assertThat(Collected.readStream(PAGE.getBytes(StandardCharsets.UTF_8), "pipa")).singleElement()
                .isInstanceOfSatisfying(Ingested.Document.class,
                        d -> assertThat(d.document().contentType()).isEqualTo(ContentType.HTML));
    }

    @Test
    void severalInputsKeepTheirOrderAndOneFailureDoesNotStopTheRest() throws IOException {
        Path first = write("1.txt", "Presiden melantik menteri baru di Istana Negara.");
        Path second = write("2.html", PAGE);
        String missing = dir.resolve("3.html").toString();

        List<Ingested> items = Collected.read(first.toString(), missing, second.toString());

        assertThat(items).extracting(Ingested::origin).containsExactly(first.toString(), missing, second.toString());
        assertThat(items).extracting(i -> i.getClass().getSimpleName())
                .containsExactly("Document", "Skipped", "Document");
    }

    @Test
    void aNamedPipeIsReadAsAStreamNotSkippedAsEmpty() throws Exception {
        Path fifo = dir.resolve("halaman.html");
        Process mkfifo;
        try {
            mkfifo = new ProcessBuilder("mkfifo", fifo.toString()).start();
        } catch (IOException e) {
            Assumptions.abort("mkfifo is not available here");
            return;
        }
        Assumptions.assumeTrue(mkfifo.waitFor() == 0, "mkfifo failed");
        Thread writer = new Thread(() -> {
            try {
                Files.writeString(fifo, "<html><body><p>Jakarta - Presiden menerima Perdana Menteri Jepang di Istana "
                        + "Merdeka, Senin.</p></body></html>");
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        });
        writer.start();

        List<Ingested> items = Collected.read(fifo.toString());
        writer.join(10_000);

        assertThat(documents(items)).singleElement().satisfies(d -> {
            assertThat(d.contentType()).isEqualTo(ContentType.HTML);
            assertThat(new String(d.bytes(), StandardCharsets.UTF_8)).contains("Perdana Menteri Jepang");
        });
    }
}
