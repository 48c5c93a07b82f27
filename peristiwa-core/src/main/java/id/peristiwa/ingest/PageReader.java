package id.peristiwa.ingest;

import id.peristiwa.document.ContentType;
import id.peristiwa.document.RawDocument;
import java.io.IOException;
import java.io.InputStream;
import java.util.Map;

/**
 * Reads a source that holds exactly one page, HTML or plain text (an {@code .html} or {@code .txt} file, a page
 * piped to stdin). A file's size is checked before any byte is read; a stream is read only up to the limit.
 */
final class PageReader {

    private final SizeLimit limit;
    private final ContentGate gate;

    PageReader(SizeLimit limit, ContentGate gate) {
        this.limit = limit;
        this.gate = gate;
    }

    /** The page as one item: a document, or the reason it was skipped. */
    Ingested read(Source source, ContentType type) throws IOException {
        long size = source.knownSize();
        if (size >= 0 && limit.exceededBy(size)) {
            return new Ingested.Skipped(source.origin(), SkipReason.TOO_LARGE, limit.describeExcess(size));
        }
        byte[] bytes;
        try (InputStream in = source.open()) {
            bytes = limit.readAtMost(in);
        }
        if (bytes == null) {
            return new Ingested.Skipped(source.origin(), SkipReason.TOO_LARGE, limit.describeUnknownExcess());
        }
        return gate.admit(new RawDocument(source.origin(), null, source.pathText(), type, bytes, null, Map.of(),
                null, Map.of()));
    }
}
