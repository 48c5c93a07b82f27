package id.peristiwa.store;

import id.peristiwa.export.AnalysisJson;
import id.peristiwa.pipeline.AnalyzedArticle;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Writes analyzed articles in batches. A batch is one DuckDB transaction (each article's old rows deleted and its
 * new rows inserted) plus the matching Lucene updates; {@link #commit()} makes it durable in a fixed order:
 * DuckDB, then Lucene, then the journal. A crash between two steps leaves DuckDB ahead of Lucene, which
 * {@link Recovery} repairs, and the journal behind both, which only costs re-analysing a few documents.
 *
 * <p>A failure in any step breaks the writer: the batch is rolled back where it still can be and every later
 * call fails, so the store must be reopened (which recovers it).
 */
final class StoreWriter implements AutoCloseable {

    /** Articles per batch before a commit is due. */
    static final int BATCH = 64;

    private final Connection db;
    private final ArticleRows rows;
    private final TextIndex index;
    private final Journal journal;
    private final CommitHook hook;
    private final PreparedStatement findHash;
    private final Stories stories;
    private final EventClusters clusters;
    private final Set<String> touched = new HashSet<>();
    private final List<Journal.Entry> pendingEntries = new ArrayList<>();
    private int pendingArticles;
    private boolean broken;

    StoreWriter(Connection db, TextIndex index, Journal journal, CommitHook hook) throws SQLException {
        this.db = db;
        this.index = index;
        this.journal = journal;
        this.hook = hook;
        db.setAutoCommit(false);
        this.rows = new ArticleRows(db);
        this.findHash = db.prepareStatement("SELECT content_hash FROM articles WHERE id = ?");
        this.stories = new Stories(db);
        this.clusters = new EventClusters(db);
    }

    /** Stores the article in the open batch; durable at the next commit. */
    PutResult put(AnalyzedArticle analyzed) throws SQLException, IOException {
        checkUsable();
        String json = AnalysisJson.toJson(analyzed, false);
        String hash = Sha256.hex(json.getBytes(StandardCharsets.UTF_8));
        String id = analyzed.article().id();
        try {
            if (rows.pending(id)) {
                rows.flush(); // the same article twice in one batch: its first version must be in the table
            }
            String previous = storedHash(id);
            if (hash.equals(previous)) {
                return PutResult.UNCHANGED;
            }
            if (previous != null) {
                clusters.touch(List.of(id)); // the blocks its old events leave
                rows.delete(id);
            }
            rows.insert(analyzed, json, hash, OffsetDateTime.now());
            touched.add(id);
            stories.stage(id, analyzed.article().text());
            index.put(IndexedArticles.of(analyzed, hash));
            pendingArticles++;
            return previous == null ? PutResult.STORED : PutResult.UPDATED;
        } catch (SQLException | IOException | RuntimeException e) {
            fail();
            throw e;
        }
    }

    /** Notes a document to be marked done in the journal when the open batch commits. */
    void done(Journal.Entry entry) {
        pendingEntries.add(entry);
    }

    /** Whether the open batch is big enough to commit. */
    boolean due() {
        return pendingArticles >= BATCH || pendingEntries.size() >= BATCH * 4;
    }

    /**
     * Commits the open batch: DuckDB (with the batch's story ids copied to its articles and the event clusters it
     * changed recomputed, in the same transaction), then Lucene, then the journal.
     */
    void commit() throws SQLException, IOException {
        checkUsable();
        try {
            rows.flush();
            hook.beforeDatabaseCommit();
            if (!touched.isEmpty()) {
                touched.addAll(stories.place());
                stories.copyToArticles();
                clusters.touch(touched);
                clusters.refresh();
                touched.clear();
            }
            db.commit();
            hook.afterDatabaseCommit();
            index.commit();
            hook.afterIndexCommit();
            journal.committed(pendingEntries);
        } catch (SQLException | IOException | RuntimeException e) {
            fail();
            throw e;
        }
        pendingEntries.clear();
        pendingArticles = 0;
    }

    private String storedHash(String id) throws SQLException {
        findHash.setString(1, id);
        try (ResultSet rs = findHash.executeQuery()) {
            return rs.next() ? rs.getString(1) : null;
        }
    }

    private void checkUsable() {
        if (broken) {
            throw new StoreException("an earlier write failed and the store is left as of its last commit; "
                    + "close it and open it again to recover");
        }
    }

    private void fail() {
        broken = true;
        rows.discard();
        touched.clear();
        stories.discard();
        clusters.discard();
        try {
            db.rollback();
        } catch (SQLException ignored) {
            // the connection is in trouble already; DuckDB drops the open transaction when it closes
        }
        try {
            index.rollback();
        } catch (IOException | RuntimeException ignored) {
            // rollback also closes the index writer; whatever failed, nothing uncommitted is kept
        }
    }

    /** Whether an earlier failure left the writer unusable. */
    boolean broken() {
        return broken;
    }

    @Override
    public void close() throws SQLException {
        try (stories; rows) {
            findHash.close();
        }
    }

    /**
     * Called between the commit steps; a test makes one throw to stand for a crash at that point. Production
     * stores use {@link #NONE}.
     */
    interface CommitHook {
        CommitHook NONE = new CommitHook() {
        };

        /** Before DuckDB commits, after the batch's rows went in: a test stands a full disk here. */
        default void beforeDatabaseCommit() throws IOException {
        }

        default void afterDatabaseCommit() throws IOException {
        }

        default void afterIndexCommit() throws IOException {
        }
    }
}
