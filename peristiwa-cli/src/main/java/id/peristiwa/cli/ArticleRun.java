package id.peristiwa.cli;

import id.peristiwa.document.Article;
import id.peristiwa.ingest.Ingested;
import id.peristiwa.pipeline.Pipeline;
import java.io.PrintWriter;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * Drives a stream of ingested items through the pipeline, reporting skipped and failed documents on stderr
 * with their origin, and counting what came out. One failing document never stops the run.
 */
final class ArticleRun {

    private final Pipeline pipeline;
    private final PrintWriter err;
    private int articles;
    private int problems;

    ArticleRun(Pipeline pipeline, PrintWriter err) {
        this.pipeline = pipeline;
        this.err = err;
    }

    void process(Stream<Ingested> items, Consumer<Article> sink) {
        items.forEach(item -> {
            switch (item) {
                case Ingested.Skipped skipped -> {
                    problems++;
                    err.println("peristiwa: " + skipped);
                }
                case Ingested.Document doc -> {
                    try {
                        sink.accept(pipeline.process(doc.document()));
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
