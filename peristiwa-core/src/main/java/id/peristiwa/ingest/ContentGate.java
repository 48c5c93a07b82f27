package id.peristiwa.ingest;

import id.peristiwa.document.ContentType;
import id.peristiwa.document.RawDocument;

/**
 * The last check every document passes before it enters the stream: too large, binary or empty content becomes
 * a {@link Ingested.Skipped}; a text page given as bytes is decoded (charset from the document's
 * {@code content-type} header, else sniffed) so that text documents always carry {@code text}.
 */
final class ContentGate {

    private final SizeLimit limit;

    ContentGate(SizeLimit limit) {
        this.limit = limit;
    }

    /** The document admitted (decoded when it is a text page given as bytes), or the reason it is skipped. */
    Ingested admit(RawDocument candidate) {
        String origin = candidate.origin();
        if (candidate.bytes() == null) {
            return candidate.text().isBlank() ? empty(origin) : new Ingested.Document(candidate);
        }
        byte[] bytes = candidate.bytes();
        if (limit.exceededBy(bytes.length)) {
            return new Ingested.Skipped(origin, SkipReason.TOO_LARGE, limit.describeExcess(bytes.length));
        }
        if (bytes.length == 0) {
            return empty(origin);
        }
        String binary = BinaryDetector.whyBinary(bytes);
        if (binary != null) {
            return new Ingested.Skipped(origin, SkipReason.BINARY, binary);
        }
        boolean html = candidate.contentType() == ContentType.HTML;
        Decoded decoded = CharsetDetector.decode(bytes, candidate.header("content-type"), html);
        if (decoded.text().isBlank()) {
            return empty(origin);
        }
        if (html) {
            return new Ingested.Document(candidate);
        }
        return new Ingested.Document(new RawDocument(origin, candidate.url(), candidate.path(),
                candidate.contentType(), null, decoded.text(), candidate.headers(), candidate.fetchedAt(),
                candidate.fields()));
    }

    private static Ingested.Skipped empty(String origin) {
        return new Ingested.Skipped(origin, SkipReason.EMPTY, "no content but whitespace");
    }
}
