package id.peristiwa.ingest;

import id.peristiwa.document.ContentType;
import id.peristiwa.document.RawDocument;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.util.Map;
import java.util.Optional;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.MessageBody;
import org.netpreserve.jwarc.WarcReader;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcResponse;

/**
 * Streams the HTML and plain-text HTTP responses out of a WARC file ({@code .warc} or {@code .warc.gz}), one
 * record at a time. Records that are not responses (requests, metadata, warcinfo) are not documents and pass
 * silently; responses that are not pages are skipped as unsupported. A damaged archive yields every record
 * that could be read, then a single MALFORMED skip saying where it stopped.
 */
final class WarcArchiveReader {

    private final SizeLimit limit;
    private final ContentGate gate;

    WarcArchiveReader(SizeLimit limit, ContentGate gate) {
        this.limit = limit;
        this.gate = gate;
    }

    /** A cursor over the archive's pages; it owns the open archive until closed. */
    ItemCursor open(Source source) throws IOException {
        WarcReader reader = source.path() != null ? new WarcReader(source.path()) : new WarcReader(source.open());
        return new Cursor(reader, source);
    }

    private final class Cursor implements ItemCursor {
        private final WarcReader reader;
        private final Source source;
        /** Records read to their end: what a damaged archive's skip reports. */
        private long complete;
        /** Whether the last record returned still has a body that the next read will skip over. */
        private boolean bodyPending;
        /** Whether any record header was parsed, which tells a damaged WARC from something that is not one. */
        private boolean sawRecord;
        private boolean finished;

        Cursor(WarcReader reader, Source source) {
            this.reader = reader;
            this.source = source;
        }

        @Override
        public Ingested next() {
            while (!finished) {
                Optional<WarcRecord> next;
                try {
                    next = reader.next();
                } catch (IOException | RuntimeException e) {
                    return stop(e);
                }
                if (bodyPending) {
                    // The reader skipped the previous record's body without failing, so that record was whole.
                    complete++;
                    bodyPending = false;
                }
                if (next.isEmpty()) {
                    finished = true;
                    return null;
                }
                sawRecord = true;
                if (!(next.get() instanceof WarcResponse response)) {
                    bodyPending = true;
                    continue;
                }
                try {
                    Ingested item = page(response);
                    complete++;
                    return item;
                } catch (EOFException e) {
                    return stop(e);
                } catch (IOException | RuntimeException e) {
                    complete++;
                    return new Ingested.Skipped(describe(response), SkipReason.MALFORMED,
                            "unreadable response record: " + message(e));
                }
            }
            return null;
        }

        private Ingested stop(Exception e) {
            finished = true;
            String where = !sawRecord ? "not a readable WARC file"
                    : "truncated after " + complete + " records";
            return new Ingested.Skipped(source.origin(), SkipReason.MALFORMED, where + ": " + message(e));
        }

        private Ingested page(WarcResponse response) throws IOException {
            String origin = describe(response);
            if (!response.contentType().base().equals(MediaType.HTTP)) {
                return new Ingested.Skipped(origin, SkipReason.UNSUPPORTED,
                        "response record holds " + response.contentType().base() + ", not an HTTP response");
            }
            HttpResponse http = response.http();
            if (http.status() < 200 || http.status() > 299) {
                return new Ingested.Skipped(origin, SkipReason.UNREADABLE, "HTTP status " + http.status());
            }
            String contentTypeHeader = http.headers().first("Content-Type").orElse(null);
            MessageBody raw = http.body();
            long rawSize = raw.size();
            if (rawSize >= 0 && limit.exceededBy(rawSize)) {
                return new Ingested.Skipped(origin, SkipReason.TOO_LARGE, limit.describeExcess(rawSize));
            }
            byte[] body;
            try (InputStream in = http.bodyDecoded().stream()) {
                body = limit.readAtMost(in);
            }
            if (body == null) {
                return new Ingested.Skipped(origin, SkipReason.TOO_LARGE, limit.describeUnknownExcess());
            }
            ContentType type = PayloadType.of(contentTypeHeader, body);
            if (type == null) {
                return new Ingested.Skipped(origin, SkipReason.UNSUPPORTED,
                        "not a page: " + (contentTypeHeader == null ? "no content type" : contentTypeHeader));
            }
            return gate.admit(new RawDocument(origin, response.target(), source.pathText(), type, body, null,
                    PayloadType.lowerCaseHeaders(http.headers().map()), response.date(), Map.of()));
        }

        private String describe(WarcResponse response) {
            String target = response.target();
            return target == null || target.isBlank() ? source.origin() + "#record" + (complete + 1) : target;
        }

        @Override
        public void close() throws IOException {
            reader.close();
        }
    }

    private static String message(Exception e) {
        return GuardedCursor.message(e);
    }
}
