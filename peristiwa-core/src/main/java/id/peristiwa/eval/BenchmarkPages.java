package id.peristiwa.eval;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPInputStream;

/** What benchmarks do around their pages: reading the stored files, and calling an extractor safely. */
public final class BenchmarkPages {

    /** The bytes of a gzip-compressed page as the benchmarks store them. */
    public static byte[] gunzip(Path gz) throws IOException {
        try (InputStream in = new GZIPInputStream(Files.newInputStream(gz))) {
            return in.readAllBytes();
        }
    }

    /** The extractor's body text; a crashing extractor scores an empty body. */
    static String safely(BodyExtractor extractor, String html, String url) {
        try {
            String body = extractor.extractBody(html, url);
            return body == null ? "" : body;
        } catch (RuntimeException | StackOverflowError e) {
            return "";
        }
    }

    private BenchmarkPages() {
    }
}
