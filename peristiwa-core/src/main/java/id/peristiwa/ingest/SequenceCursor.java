package id.peristiwa.ingest;

import java.io.IOException;
import java.util.Iterator;

/** Chains cursors one after another, opening each only when the previous one is exhausted and closing it then. */
final class SequenceCursor implements ItemCursor {

    private final Iterator<? extends ItemCursor> parts;
    private ItemCursor current;

    SequenceCursor(Iterator<? extends ItemCursor> parts) {
        this.parts = parts;
    }

    @Override
    public Ingested next() throws IOException {
        while (true) {
            if (current == null) {
                if (!parts.hasNext()) {
                    return null;
                }
                current = parts.next();
            }
            Ingested item = current.next();
            if (item != null) {
                return item;
            }
            ItemCursor done = current;
            current = null;
            done.close();
        }
    }

    @Override
    public void close() throws IOException {
        if (current != null) {
            ItemCursor open = current;
            current = null;
            open.close();
        }
    }
}
