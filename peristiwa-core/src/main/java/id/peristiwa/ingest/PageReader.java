package id.peristiwa.ingest;

import id.peristiwa.document.ContentType;
import id.peristiwa.document.RawDocument;
import java.io.IOException;
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
        Source.Whole whole = source.readWithin(limit);
        if (whole.tooLarge() != null) {
            return whole.tooLarge();
        }
        return gate.admit(new RawDocument(source.origin(), null, source.pathText(), type, whole.bytes(), null,
                Map.of(), null, Map.of()));
    }
}
