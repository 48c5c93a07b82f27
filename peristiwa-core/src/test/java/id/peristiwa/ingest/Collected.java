package id.peristiwa.ingest;

import id.peristiwa.document.RawDocument;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Stream;

/** Runs an ingestion to its end and keeps every item, for assertions. */
final class Collected {

    private Collected() {
    }

    static List<Ingested> read(IngestOptions options, String... inputs) {
        try (Stream<Ingested> items = new Ingestion(options).read(List.of(inputs))) {
            return items.toList();
        }
    }

    static List<Ingested> read(String... inputs) {
        return read(IngestOptions.defaults(), inputs);
    }

    static List<Ingested> readStream(byte[] bytes, String origin) {
        try (Stream<Ingested> items = new Ingestion(IngestOptions.defaults())
                .read(new ByteArrayInputStream(bytes), origin)) {
            return items.toList();
        }
    }

    static List<RawDocument> documents(List<Ingested> items) {
        return items.stream()
                .filter(Ingested.Document.class::isInstance)
                .map(i -> ((Ingested.Document) i).document())
                .toList();
    }

    static List<Ingested.Skipped> skips(List<Ingested> items) {
        return items.stream().filter(Ingested.Skipped.class::isInstance).map(Ingested.Skipped.class::cast).toList();
    }

    static String html(RawDocument doc) {
        return new String(doc.bytes(), StandardCharsets.UTF_8);
    }
}
