package id.peristiwa.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.Size;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;

class IngestionProperties {

    private static Path dir;

    @BeforeContainer
    static void createDir() throws IOException {
        dir = Files.createTempDirectory("peristiwa-ingest-properties");
    }

    @AfterContainer
    static void deleteDir() throws IOException {
        try (var files = Files.walk(dir)) {
            for (Path p : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }

    @Provide
    Arbitrary<String> extensions() {
        return Arbitraries.of(".html", ".txt", ".warc", ".warc.gz", ".jsonl", ".jsonl.gz", ".rss", ".xml", ".dat", "");
    }

    /** Random bytes, sometimes led by a marker that sends sniffing down a specific path. */
    @Provide
    Arbitrary<byte[]> contents() {
        Arbitrary<byte[]> random = Arbitraries.bytes().array(byte[].class).ofMaxSize(3000);
        Arbitrary<String> prefix = Arbitraries.of("", "WARC/1.1\r\n", "{\"text\":\"", "<rss><channel><item>",
                "<feed>", "<!DOCTYPE html>", "\u001F\u008B", "\uFEFF", "\n\n{", "WARC/1.0\r\nWARC-Type: response\r\n");
        return random.flatMap(bytes -> prefix.map(p -> {
            byte[] head = p.getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);
            byte[] all = Arrays.copyOf(head, head.length + bytes.length);
            System.arraycopy(bytes, 0, all, head.length, bytes.length);
            return all;
        }));
    }

    @Property(tries = 300)
    void anyFileYieldsAtLeastOneItemAndSkipsExplainThemselves(@ForAll("contents") byte[] content,
                                                              @ForAll("extensions") String extension)
            throws IOException {
        Path file = Files.write(Files.createTempFile(dir, "acak", extension), content);

        List<Ingested> items = Collected.read(IngestOptions.defaults().withMaxDocumentBytes(2000), file.toString());

        assertThat(items).isNotEmpty();
        for (Ingested item : items) {
            assertThat(item.origin()).isNotBlank();
            if (item instanceof Ingested.Skipped s) {
                assertThat(s.reason()).isNotNull();
                assertThat(s.detail()).isNotBlank();
            }
        }
    }

    @Property(tries = 200)
    void anyStreamYieldsAtLeastOneItem(@ForAll("contents") byte[] content) {
        List<Ingested> items = Collected.readStream(content, "stdin");

        assertThat(items).isNotEmpty();
        assertThat(items).allSatisfy(item -> {
            if (item instanceof Ingested.Skipped s) {
                assertThat(s.detail()).isNotBlank();
            }
        });
    }

    @Property(tries = 500)
    void charsetDetectorNeverThrows(@ForAll @Size(max = 5000) byte[] bytes,
                                    @ForAll("contentTypes") String contentType,
                                    @ForAll boolean html) {
        Decoded decoded = CharsetDetector.decode(bytes, contentType, html);

        assertThat(decoded.text()).isNotNull();
        assertThat(decoded.charset()).isNotNull();
        if (bytes.length == 0) {
            assertThat(decoded.text()).isEmpty();
        }
    }

    @Provide
    Arbitrary<String> contentTypes() {
        return Arbitraries.oneOf(
                Arbitraries.of("text/html", "text/html; charset=utf-8", "text/plain; charset=\"latin1\"",
                        "text/html; charset=tidak-ada", "text/html; charset=", "charset=utf-16"),
                Arbitraries.strings().ofMaxLength(40).map(s -> "text/html; charset=" + s),
                Arbitraries.just(null));
    }
}
