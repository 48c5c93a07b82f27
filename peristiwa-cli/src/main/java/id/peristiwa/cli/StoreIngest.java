package id.peristiwa.cli;

import id.peristiwa.document.RawDocument;
import id.peristiwa.ingest.IngestOptions;
import id.peristiwa.ingest.Ingested;
import id.peristiwa.ingest.Ingestion;
import id.peristiwa.pipeline.AnalyzedArticle;
import id.peristiwa.pipeline.Pipeline;
import id.peristiwa.store.IngestRun;
import id.peristiwa.store.PutResult;
import id.peristiwa.store.RecoveryReport;
import id.peristiwa.store.Store;
import id.peristiwa.store.StoreException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

/**
 * One ingest run into a data directory: opens the store for writing (recovering it), analyzes each input document
 * not committed by an interrupted run, stores it, shows progress on {@code err} and prints the summary on
 * {@code out}. Shared by {@code ingest} and {@code demo}.
 */
final class StoreIngest {

    private StoreIngest() {
    }

    /**
     * Runs the ingest and returns the exit status: 0 when an article was read, 1 when none was, 2 when the store
     * failed (with its message on {@code err}).
     *
     * @param limit the most documents to read, or null for all
     */
    static int run(Path data, List<String> inputs, IngestOptions options, Integer limit, PrintWriter out,
            PrintWriter err) {
        try (Store store = Store.open(data)) {
            report(store.recovery(), err);
            Pipeline pipeline = Pipeline.indonesian();
            IngestProgress progress = new IngestProgress(err, Terminal.isTerminal());
            ArticleRun<Analyzed> articles;
            try (IngestRun run = store.beginIngest(inputs);
                 Stream<Ingested> items = limited(new Ingestion(options).read(inputs), limit)) {
                articles = new ArticleRun<>(raw -> run.alreadyDone(raw) ? new Analyzed(raw, null)
                        : new Analyzed(raw, pipeline.analyze(raw)), err);
                articles.process(items, analyzed -> store(analyzed, run, progress));
            }
            out.println(progress.summary(articles.problems() - skips(articles), articles.skipped(),
                    store.articleCount(), store.eventCount()));
            return articles.articles() > 0 ? 0 : 1;
        } catch (StoreException | ArticleRun.Stop e) {
            err.println("peristiwa: ingest: " + e.getMessage());
            return 2;
        } finally {
            out.flush();
            err.flush();
        }
    }

    private static int skips(ArticleRun<?> run) {
        return run.skipped().values().stream().mapToInt(Integer::intValue).sum();
    }

    private static Stream<Ingested> limited(Stream<Ingested> items, Integer limit) {
        if (limit == null) {
            return items;
        }
        AtomicInteger documents = new AtomicInteger();
        return items.takeWhile(item -> !(item instanceof Ingested.Document) || documents.incrementAndGet() <= limit);
    }

    private static void store(Analyzed analyzed, IngestRun run, IngestProgress progress) {
        if (analyzed.article() == null) {
            progress.resumed();
            return;
        }
        try {
            PutResult result = run.put(analyzed.raw(), analyzed.article());
            progress.stored(result, result == PutResult.UNCHANGED ? 0 : analyzed.article().events().size());
        } catch (StoreException e) {
            throw new ArticleRun.Stop(e);
        }
    }

    private static void report(RecoveryReport recovery, PrintWriter err) {
        recovery.journalProblems().forEach(problem -> err.println("peristiwa: ingest: journal: " + problem));
        if (recovery.reindexed() > 0 || recovery.removedFromIndex() > 0) {
            err.println("peristiwa: ingest: recovered the text index: " + recovery.reindexed()
                    + " articles indexed again, " + recovery.removedFromIndex() + " stray entries removed");
        }
        if (recovery.resumable() > 0) {
            err.println("peristiwa: ingest: resuming an interrupted run: " + recovery.resumable()
                    + " documents committed"
                    + (recovery.lastInFlight() == null ? "" : "; it stopped at " + recovery.lastInFlight()));
        }
        err.flush();
    }

    /** A document with its analysis, or with none when an interrupted run had committed it. */
    private record Analyzed(RawDocument raw, AnalyzedArticle article) {
    }
}
