package id.peristiwa.ingest;

import static id.peristiwa.ingest.Collected.documents;
import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import id.peristiwa.document.ContentType;
import id.peristiwa.document.RawDocument;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class UrlFetcherTest {

    private static final String PAGE = "<html><body><p>Wakil Presiden membuka Musyawarah Nasional “kemitraan "
            + "strategis” di Surabaya.</p></body></html>";

    private HttpServer server;
    private ExecutorService executor;
    private String base;
    private final AtomicReference<String> userAgent = new AtomicReference<>();

    @BeforeEach
    void start() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        executor = Executors.newCachedThreadPool(r -> {
            Thread t = new Thread(r, "uji-http");
            t.setDaemon(true);
            return t;
        });
        server.setExecutor(executor);
        server.createContext("/berita", ex -> {
            userAgent.set(ex.getRequestHeaders().getFirst("User-Agent"));
            respond(ex, 200, "text/html; charset=windows-1252", PAGE.getBytes(Charset.forName("windows-1252")));
        });
        server.createContext("/lama", ex -> {
            ex.getResponseHeaders().add("Location", "/berita");
            ex.sendResponseHeaders(301, -1);
            ex.close();
        });
        server.createContext("/teks", ex -> respond(ex, 200, "text/plain; charset=utf-8",
                "Harga BBM tidak naik bulan ini, kata Menteri ESDM.".getBytes(StandardCharsets.UTF_8)));
        server.createContext("/hilang", ex -> respond(ex, 404, "text/html", "<p>Halaman tidak ditemukan</p>"
                .getBytes(StandardCharsets.UTF_8)));
        server.createContext("/gambar", ex -> respond(ex, 200, "image/png",
                new byte[] {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10}));
        server.createContext("/umpan", ex -> respond(ex, 200, "application/rss+xml", ("<rss version=\"2.0\">"
                + "<channel><item><title>Sidang MK</title><link>https://berita.example.id/mk</link>"
                + "<description>&lt;p&gt;MK membacakan putusan.&lt;/p&gt;</description></item></channel></rss>")
                .getBytes(StandardCharsets.UTF_8)));
        server.createContext("/tanpa-panjang", ex -> {
            ex.getResponseHeaders().add("Content-Type", "text/html");
            ex.sendResponseHeaders(200, 0);
            try (OutputStream out = ex.getResponseBody()) {
                byte[] chunk = "<p>Berita yang tidak ada habisnya.</p>\n".getBytes(StandardCharsets.UTF_8);
                for (int i = 0; i < 2000; i++) {
                    out.write(chunk);
                }
            } catch (IOException clientWentAway) {
                // The fetcher cancels once it has seen enough; the broken pipe is expected.
            }
        });
        server.createContext("/panjang", ex -> respond(ex, 200, "text/html",
                ("<p>" + "Rapat kerja Komisi I DPR. ".repeat(200) + "</p>").getBytes(StandardCharsets.UTF_8)));
        server.createContext("/lambat", ex -> {
            try {
                Thread.sleep(5000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            respond(ex, 200, "text/html", PAGE.getBytes(StandardCharsets.UTF_8));
        });
        server.start();
        base = "http://127.0.0.1:" + server.getAddress().getPort();
    }

    @AfterEach
    void stop() {
        server.stop(0);
        executor.shutdownNow();
    }

    private static void respond(HttpExchange ex, int status, String contentType, byte[] body) throws IOException {
        ex.getResponseHeaders().add("Content-Type", contentType);
        ex.sendResponseHeaders(status, body.length);
        try (OutputStream out = ex.getResponseBody()) {
            out.write(body);
        } catch (IOException clientWentAway) {
            // A client that stopped reading is not the server's problem in these tests.
        }
    }

    @Test
    void fetchesAnHtmlPageWithHeadersAndUserAgent() {
        List<Ingested> items = Collected.read(base + "/berita");

        RawDocument doc = documents(items).get(0);
        assertThat(items).hasSize(1);
        assertThat(doc.contentType()).isEqualTo(ContentType.HTML);
        assertThat(doc.origin()).isEqualTo(base + "/berita");
        assertThat(doc.url()).isEqualTo(base + "/berita");
        assertThat(doc.path()).isNull();
        assertThat(doc.header("content-type")).isEqualTo("text/html; charset=windows-1252");
        assertThat(doc.fetchedAt()).isNotNull();
        assertThat(CharsetDetector.decode(doc.bytes(), doc.header("content-type"), true).text()).isEqualTo(PAGE);
        assertThat(userAgent.get()).isEqualTo(IngestOptions.defaults().userAgent());
    }

    @Test
    void followsRedirectsAndKeepsTheFinalUrl() {
        RawDocument doc = documents(Collected.read(base + "/lama")).get(0);

        assertThat(doc.origin()).isEqualTo(base + "/lama");
        assertThat(doc.url()).isEqualTo(base + "/berita");
    }

    @Test
    void plainTextIsDecodedIntoText() {
        RawDocument doc = documents(Collected.read(base + "/teks")).get(0);

        assertThat(doc.contentType()).isEqualTo(ContentType.TEXT);
        assertThat(doc.text()).isEqualTo("Harga BBM tidak naik bulan ini, kata Menteri ESDM.");
    }

    @Test
    void errorStatusAndUnsupportedTypesAreSkipped() {
        assertThat(Collected.read(base + "/hilang")).containsExactly(new Ingested.Skipped(base + "/hilang",
                SkipReason.UNREADABLE, "HTTP status 404"));
        assertThat(Collected.read(base + "/gambar")).containsExactly(new Ingested.Skipped(base + "/gambar",
                SkipReason.UNSUPPORTED, "content type image/png"));
    }

    @Test
    void feedUrlsYieldTheirItems() {
        List<RawDocument> docs = documents(Collected.read(base + "/umpan"));

        assertThat(docs).singleElement().satisfies(d -> {
            assertThat(d.url()).isEqualTo("https://berita.example.id/mk");
            assertThat(d.origin()).isEqualTo(base + "/umpan#1");
        });
    }

    @Test
    void bodiesOverTheLimitAreCutAndSkipped() {
        IngestOptions small = IngestOptions.defaults().withMaxDocumentBytes(1024);

        assertThat(Collected.read(small, base + "/tanpa-panjang")).containsExactly(new Ingested.Skipped(
                base + "/tanpa-panjang", SkipReason.TOO_LARGE, "more than the limit of 1.0 KB"));
        assertThat(Collected.read(small, base + "/panjang")).singleElement()
                .isInstanceOfSatisfying(Ingested.Skipped.class, s -> {
                    assertThat(s.reason()).isEqualTo(SkipReason.TOO_LARGE);
                    assertThat(s.detail()).isEqualTo("5.1 KB exceeds the limit of 1.0 KB");
                });
    }

    @Test
    void refusedConnectionIsUnreadable() throws IOException {
        int closedPort;
        try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            closedPort = s.getLocalPort();
        }
        String url = "http://127.0.0.1:" + closedPort + "/berita";

        assertThat(Collected.read(url)).singleElement().isInstanceOfSatisfying(Ingested.Skipped.class, s -> {
            assertThat(s.origin()).isEqualTo(url);
            assertThat(s.reason()).isEqualTo(SkipReason.UNREADABLE);
            assertThat(s.detail()).startsWith("fetch failed: ");
        });
    }

    @Test
    void slowServerTimesOut() {
        IngestOptions impatient = new IngestOptions(1024 * 1024, JsonFields.defaults(), Duration.ofSeconds(1),
                Duration.ofMillis(300), "Peristiwa-uji/0.1");

        assertThat(Collected.read(impatient, base + "/lambat")).singleElement()
                .isInstanceOfSatisfying(Ingested.Skipped.class, s -> {
                    assertThat(s.reason()).isEqualTo(SkipReason.UNREADABLE);
                    assertThat(s.detail()).isEqualTo("fetch failed: HttpTimeoutException: request timed out");
                });
    }
}
