package id.peristiwa.store;

import id.peristiwa.document.RawDocument;
import id.peristiwa.pipeline.AnalyzedArticle;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.util.List;
import java.util.TreeMap;

/**
 * One journaled ingest run over a list of inputs: for each document, ask {@link #alreadyDone} (true for the
 * documents an interrupted earlier run committed), then {@link #put} its analysis. Documents are committed in batches; {@link #close()} commits the last batch and marks the run
 * finished, so that the next run starts afresh. A run killed at any point leaves the store consistent as of its
 * last commit, and rerunning it skips what was committed.
 *
 * <p>A document is known by its origin and a fingerprint of its raw content, so a file changed since the
 * interrupted run is read again.
 */
public final class IngestRun implements AutoCloseable {

    private final StoreWriter writer;
    private final Journal journal;
    private final String id;
    private boolean closed;

    IngestRun(StoreWriter writer, Journal journal, String id, List<String> inputs) throws IOException {
        this.writer = writer;
        this.journal = journal;
        this.id = id;
        journal.begin(id, inputs);
    }

    /** Whether an interrupted earlier run already committed this document, so it can be skipped unread. */
    public boolean alreadyDone(RawDocument document) {
        return journal.committed(document.origin(), fingerprint(document));
    }

    /**
     * Stores the analysis of a document, committing the batch when it is full.
     *
     * @throws StoreException when writing fails; the store is then left as of its last commit
     */
    public PutResult put(RawDocument document, AnalyzedArticle analyzed) {
        String fingerprint = fingerprint(document);
        return guard(() -> {
            journal.started(document.origin(), fingerprint);
            PutResult result = writer.put(analyzed);
            writer.done(new Journal.Entry(document.origin(), fingerprint, result.name()));
            commitIfDue();
            return result;
        });
    }

    /** Commits the open batch now. */
    public void commit() {
        guard(() -> {
            writer.commit();
            return null;
        });
    }

    private void commitIfDue() throws SQLException, IOException {
        if (writer.due()) {
            writer.commit();
        }
    }

    /** Commits the last batch and marks the run finished; does nothing more after a failed write. */
    @Override
    public void close() {
        if (closed) {
            return;
        }
        closed = true;
        if (writer.broken()) {
            return;
        }
        guard(() -> {
            writer.commit();
            journal.end(id);
            return null;
        });
    }

    static String fingerprint(RawDocument document) {
        byte[] content = document.bytes() != null ? document.bytes()
                : document.text().getBytes(StandardCharsets.UTF_8);
        // the metadata given beside the content (JSON Lines title, date...) is part of what was read
        String fields = new TreeMap<>(document.fields()).toString();
        return Sha256.hex(content, fields.getBytes(StandardCharsets.UTF_8)).substring(0, 32);
    }

    private <T> T guard(Step<T> step) {
        try {
            return step.run();
        } catch (SQLException | IOException e) {
            throw StoreException.of("writing to the store failed", e);
        }
    }

    private interface Step<T> {
        T run() throws SQLException, IOException;
    }
}
