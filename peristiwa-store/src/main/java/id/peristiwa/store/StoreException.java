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

    /**
     * A failure of {@code what}, with the cause's message; when the disk is full, says so and that the store
     * keeps everything committed before, so that freeing space and running again completes it.
     */
    static StoreException of(String what, Exception cause) {
        String detail = cause.getMessage() == null ? cause.toString() : cause.getMessage().strip();
        for (Throwable t = cause; t != null; t = t.getCause()) {
            String m = String.valueOf(t.getMessage());
            if (m.contains("No space left on device") || m.contains("ENOSPC") || m.contains("disk is full")) {
                return new StoreException(what + ": the disk is full (" + detail + "); nothing of the failed batch "
                        + "was kept and the store holds everything committed before it: free some space and run "
                        + "again to complete it", cause);
            }
        }
        return new StoreException(what + ": " + detail, cause);
    }
}
