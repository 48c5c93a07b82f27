package id.peristiwa.ingest;

/** Why ingestion passed over a document. */
public enum SkipReason {
    BINARY("binary content"),
    TOO_LARGE("too large"),
    EMPTY("empty"),
    UNREADABLE("unreadable"),
    MALFORMED("malformed record"),
    UNSUPPORTED("unsupported format");

    private final String label;

    SkipReason(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
