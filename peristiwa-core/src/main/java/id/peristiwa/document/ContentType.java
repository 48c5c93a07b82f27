package id.peristiwa.document;

/** What a raw document's content is, which decides how extraction reads it. */
public enum ContentType {
    /** An HTML page. */
    HTML,
    /** Plain text as captured from a web page: the article plus leftover site chrome. */
    TEXT,
    /** Clean article text supplied by a trusted source (e.g. a JSON Lines corpus); cleaning is skipped. */
    CLEAN_TEXT
}
