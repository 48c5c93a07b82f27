package id.peristiwa.ingest;

import java.time.Duration;
import java.util.Objects;

/**
 * How ingestion reads its inputs.
 *
 * @param maxDocumentBytes the largest single document accepted, in bytes (a page, a WARC payload, a JSON Lines
 *                         line, a whole feed); anything larger is skipped as too large without being read whole
 * @param jsonFields       where JSON Lines records keep their text and metadata
 * @param connectTimeout   how long to wait for a connection when fetching a URL
 * @param readTimeout      how long a URL's whole response may take once requested
 * @param userAgent        the {@code User-Agent} sent with every request
 */
public record IngestOptions(long maxDocumentBytes, JsonFields jsonFields, Duration connectTimeout,
                            Duration readTimeout, String userAgent) {

    /** The default limit for one document: 10 MB, far above any real news page. */
    public static final long DEFAULT_MAX_DOCUMENT_BYTES = 10L * 1024 * 1024;

    public IngestOptions {
        if (maxDocumentBytes <= 0) {
            throw new IllegalArgumentException("maxDocumentBytes must be positive: " + maxDocumentBytes);
        }
        Objects.requireNonNull(jsonFields, "jsonFields");
        requirePositive(connectTimeout, "connectTimeout");
        requirePositive(readTimeout, "readTimeout");
        Objects.requireNonNull(userAgent, "userAgent");
        if (userAgent.isBlank()) {
            throw new IllegalArgumentException("userAgent must not be blank");
        }
    }

    /** 10 MB per document, default JSON fields, 10 s to connect, 30 s to read, and Peristiwa's user agent. */
    public static IngestOptions defaults() {
        return new IngestOptions(DEFAULT_MAX_DOCUMENT_BYTES, JsonFields.defaults(), Duration.ofSeconds(10),
                Duration.ofSeconds(30), "Peristiwa/0.1 (news event research; +https://github.com/peristiwa)");
    }

    /** A copy with another per-document size limit. */
    public IngestOptions withMaxDocumentBytes(long n) {
        return new IngestOptions(n, jsonFields, connectTimeout, readTimeout, userAgent);
    }

    /** A copy with another JSON Lines field mapping. */
    public IngestOptions withJsonFields(JsonFields f) {
        return new IngestOptions(maxDocumentBytes, f, connectTimeout, readTimeout, userAgent);
    }

    private static void requirePositive(Duration d, String name) {
        Objects.requireNonNull(d, name);
        if (d.isNegative() || d.isZero()) {
            throw new IllegalArgumentException(name + " must be positive: " + d);
        }
    }
}
