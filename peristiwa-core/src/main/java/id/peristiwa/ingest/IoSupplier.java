package id.peristiwa.ingest;

import java.io.IOException;

/** Supplies a value whose creation may fail with an {@link IOException} (opening a file, a connection). */
@FunctionalInterface
interface IoSupplier<T> {
    T get() throws IOException;
}
