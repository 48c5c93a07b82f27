package id.peristiwa.ingest;

import java.io.Closeable;
import java.io.IOException;
import java.util.Iterator;
import java.util.List;

/**
 * Pulls the items of one open input one at a time, so that a 10 GB WARC or JSON Lines file is never held in
 * memory. Readers may throw; {@link GuardedCursor} turns every failure into a {@link Ingested.Skipped}.
 */
interface ItemCursor extends Closeable {

    /** The next item, or null once the input is exhausted. */
    Ingested next() throws IOException;

    /** Releases whatever the cursor holds open; the default holds nothing. */
    @Override
    default void close() throws IOException {
    }

    /** A cursor over items already in memory (a single page, a parsed feed). */
    static ItemCursor of(List<? extends Ingested> items) {
        Iterator<? extends Ingested> it = items.iterator();
        return () -> it.hasNext() ? it.next() : null;
    }

    /** A cursor over exactly one item. */
    static ItemCursor of(Ingested item) {
        return of(List.of(item));
    }
}
