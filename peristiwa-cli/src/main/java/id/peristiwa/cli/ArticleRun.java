package id.peristiwa.cli;

import id.peristiwa.document.RawDocument;
import id.peristiwa.ingest.Ingested;
import java.io.PrintWriter;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Stream;

/**
 * Drives a stream of ingested items through a pipeline stage ({@code T} is what it makes of a document), reporting skipped and failed documents on stderr
 * with their origin, and counting what came out. One failing document never stops the run.
 */
final class ArticleRun<T> {

    private final Function<RawDocument, T> stage;
    private final PrintWriter err;
    private int articles;
    private int problems;

    ArticleRun(Function<RawDocument, T> stage, PrintWriter err) {
        this.stage = stage;
        this.err = err;
    }

    void process(Stream<Ingested> items, Consumer<T> sink) {
        items.forEach(item -> {
            switch (item) {
                case Ingested.Skipped skipped -> {
                    problems++;
                    err.println("peristiwa: " + skipped);
                }
                case Ingested.Document doc -> {
                    try {
                        sink.accept(stage.apply(doc.document()));
                        articles++;
                    } catch (RuntimeException | StackOverflowError e) {
                        problems++;
                        err.println("peristiwa: " + doc.origin() + ": failed: " + e);
                    }
                }
            }
        });
    }

    int articles() {
        return articles;
    }

    int problems() {
        return problems;
    }
}
