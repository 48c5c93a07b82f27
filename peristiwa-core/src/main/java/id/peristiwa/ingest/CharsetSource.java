package id.peristiwa.ingest;

/** Where {@link CharsetDetector} learned a document's character encoding, from most to least authoritative. */
public enum CharsetSource {
    /** A byte order mark at the start of the bytes. */
    BOM,
    /** The {@code charset} parameter of an HTTP {@code Content-Type} header. */
    HTTP_HEADER,
    /** A {@code <meta charset>} or {@code <meta http-equiv="Content-Type">} declaration in the HTML. */
    META,
    /** A guess from the bytes themselves (valid UTF-8, or else windows-1252). */
    HEURISTIC,
    /** Nothing to decide: the bytes are empty or plain ASCII, read as UTF-8. */
    DEFAULT
}
