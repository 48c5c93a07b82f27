package id.peristiwa.ingest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.NoSuchFileException;

/**
 * Wraps one input's cursor so that the stream keeps its promises: the input is opened only when first pulled,
 * no exception ever escapes (an I/O failure becomes an UNREADABLE skip, anything else a MALFORMED one, and the
 * input ends there), and every input yields at least one item (an input with no documents yields an EMPTY skip).
 */
final class GuardedCursor implements ItemCursor {

    private final String origin;
    private final IoSupplier<ItemCursor> opener;
    private ItemCursor inner;
    private boolean finished;
    private boolean yielded;

    GuardedCursor(String origin, IoSupplier<ItemCursor> opener) {
        this.origin = origin;
        this.opener = opener;
    }

    @Override
    public Ingested next() {
        if (finished) {
            return null;
        }
        Ingested item;
        try {
            if (inner == null) {
                inner = opener.get();
            }
            item = inner.next();
        } catch (IOException | UncheckedIOException e) {
            item = fail(SkipReason.UNREADABLE, describe(e));
        } catch (RuntimeException | StackOverflowError e) {
            item = fail(SkipReason.MALFORMED, "could not be read: " + describe(e));
        }
        if (item == null) {
            finished = true;
            closeQuietly();
            if (!yielded) {
                yielded = true;
                return new Ingested.Skipped(origin, SkipReason.EMPTY, "no documents found in " + origin);
            }
            return null;
        }
        yielded = true;
        return item;
    }

    private Ingested fail(SkipReason reason, String detail) {
        finished = true;
        closeQuietly();
        return new Ingested.Skipped(origin, reason, detail);
    }

    /** A message that names the input, whatever the exception's own message says (often only a path, or null). */
    String describe(Throwable e) {
        Throwable cause = e instanceof UncheckedIOException u && u.getCause() != null ? u.getCause() : e;
        String what = switch (cause) {
            case NoSuchFileException n -> "no such file";
            case AccessDeniedException a -> "permission denied";
            default -> message(cause);
        };
        return origin + ": " + what;
    }

    /** An exception's message, or its kind when it has none (many I/O exceptions carry only a path or null). */
    static String message(Throwable e) {
        String message = e.getMessage();
        String kind = e.getClass().getSimpleName();
        return message == null || message.isBlank() ? kind : kind + ": " + message;
    }

    @Override
    public void close() {
        finished = true;
        closeQuietly();
    }

    private void closeQuietly() {
        if (inner != null) {
            try {
                inner.close();
            } catch (IOException | RuntimeException ignored) {
                // Closing is best effort: the items already read stay valid, and the stream must not throw.
            }
            inner = null;
        }
    }
}
