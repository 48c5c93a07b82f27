package id.peristiwa.store;

/** What storing one analyzed article did. */
public enum PutResult {
    /** The article was new to the store. */
    STORED,
    /** The article was there with other content or another analysis, and was replaced. */
    UPDATED,
    /** The article was there with the same content hash; nothing was written. */
    UNCHANGED
}
