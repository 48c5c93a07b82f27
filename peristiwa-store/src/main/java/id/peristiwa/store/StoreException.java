package id.peristiwa.store;

/**
 * A store that cannot be opened or written as asked, with a message a user can act on: the data directory is in
 * use by another writer, was written by a newer Peristiwa, or a disk operation failed.
 */
public final class StoreException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** A failure described by {@code message}. */
    public StoreException(String message) {
        super(message);
    }

    /** A failure described by {@code message}, caused by {@code cause}. */
    public StoreException(String message, Throwable cause) {
        super(message, cause);
    }
}
