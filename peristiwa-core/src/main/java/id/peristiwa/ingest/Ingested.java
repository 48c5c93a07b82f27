package id.peristiwa.ingest;

import id.peristiwa.document.RawDocument;

/** One item of an ingestion stream: a document to process, or a document skipped with its reason. */
public sealed interface Ingested {

    /** Name of the input for messages: a path, {@code path#line}, a WARC record, a URL. */
    String origin();

    /** A document that passed ingestion's checks. */
    record Document(RawDocument document) implements Ingested {
        @Override
        public String origin() {
            return document.origin();
        }
    }

    /** A document (or a whole input) that could not be read, with a reason a user can act on. */
    record Skipped(String origin, SkipReason reason, String detail) implements Ingested {
        @Override
        public String toString() {
            return origin + ": skipped (" + reason.label() + "): " + detail;
        }
    }
}
