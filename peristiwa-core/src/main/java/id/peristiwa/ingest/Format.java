package id.peristiwa.ingest;

/** The container formats ingestion can read, plus the recognised ones it refuses. */
enum Format {
    HTML(null),
    TEXT(null),
    WARC(null),
    JSON_LINES(null),
    FEED(null),
    OTHER_XML("an XML document that is not an RSS or Atom feed"),
    OTHER_GZIP("gzip-compressed data that holds neither WARC records nor JSON Lines");

    private final String refusal;

    Format(String refusal) {
        this.refusal = refusal;
    }

    /** Why an input of this format is skipped as unsupported, or null when it is readable. */
    String refusal() {
        return refusal;
    }
}
