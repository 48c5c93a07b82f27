package id.peristiwa.cli;

import id.peristiwa.document.RawDocument;
import id.peristiwa.ingest.Ingested;
import id.peristiwa.ingest.SkipReason;
import java.io.PrintWriter;
import java.util.EnumMap;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Stream;

/**
 * Drives a stream of ingested items through a pipeline stage ({@code T} is what it makes of a document), reporting skipped and failed documents on stderr
 * with their origin, and counting what came out. One failing document never stops the run; a sink that throws
 * {@link Stop} (a store that cannot be written, where every later document would fail the same way) does.
 */
final class ArticleRun<T> {

    private final Function<RawDocument, T> stage;
    private final PrintWriter err;
    private final Map<SkipReason, Integer> skipped = new EnumMap<>(SkipReason.class);
    private int articles;
    private int problems;

    ArticleRun(Function<RawDocument, T> stage, PrintWriter err) {
        this.stage = stage;
        this.err = err;
    }

    void process(Stream<Ingested> items, Consumer<T> sink) {
        items.forEach(item -> {
            switch (item) {
                case Ingested.Skipped skip -> {
                    problems++;
                    skipped.merge(skip.reason(), 1, Integer::sum);
                    err.println("peristiwa: " + skip);
                }
                case Ingested.Document doc -> {
                    try {
                        sink.accept(stage.apply(doc.document()));
                        articles++;
                    } catch (Stop stop) {
                        throw stop;
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

    /** How many items were skipped, by reason. */
    Map<SkipReason, Integer> skipped() {
        return Map.copyOf(skipped);
    }

    /** Thrown by a sink to end the whole run, with the failure as its cause. */
    static final class Stop extends RuntimeException {
        private static final long serialVersionUID = 1L;

        Stop(RuntimeException cause) {
            super(cause.getMessage(), cause);
        }
    }
}
