package id.peristiwa.ingest;

import java.util.List;
import java.util.stream.Stream;

/**
 * Runs ingestion over its arguments and prints one tab-separated line per item (origin, kind, reason or size),
 * never the content. {@link BoundedMemoryTest} starts it in a JVM with a small heap.
 */
public final class BoundedMemoryMain {

    private BoundedMemoryMain() {
    }

    public static void main(String[] args) {
        try (Stream<Ingested> items = new Ingestion(IngestOptions.defaults()).read(List.of(args))) {
            items.forEach(item -> System.out.println(switch (item) {
                case Ingested.Document d -> d.origin() + "\tDOCUMENT\t" + d.document().size();
                case Ingested.Skipped s -> s.origin() + "\tSKIPPED\t" + s.reason();
            }));
        }
    }
}
