package id.peristiwa.store;

import java.io.IOException;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.Map;

/**
 * Brings the text index in line with DuckDB when a store is opened for writing. DuckDB is the record: it commits
 * first, so after a crash it may hold articles the index lacks (or holds in an older version), and never the
 * reverse unless the DuckDB commit itself failed. Articles missing or stale in the index are indexed again from
 * their DuckDB rows; index entries with no DuckDB article are deleted.
 */
final class Recovery {

    private Recovery() {
    }

    /** Repairs the index and says what it did (journal fields are filled in by the caller). */
    static RecoveryReport reconcile(Connection db, TextIndex index, Journal journal)
            throws SQLException, IOException {
        Map<String, String> stored = storedHashes(db);
        Map<String, String> indexed = index.hashes();
        int reindexed = 0;
        int removed = 0;
        for (Map.Entry<String, String> article : stored.entrySet()) {
            if (!article.getValue().equals(indexed.get(article.getKey()))) {
                index.put(IndexedArticles.load(db, article.getKey()));
                reindexed++;
            }
        }
        for (String id : indexed.keySet()) {
            if (!stored.containsKey(id)) {
                index.delete(id);
                removed++;
            }
        }
        if (reindexed > 0 || removed > 0) {
            index.commit();
        }
        return new RecoveryReport(reindexed, removed, journal.resumable(), journal.lastInFlight(),
                journal.problems());
    }

    private static Map<String, String> storedHashes(Connection db) throws SQLException {
        Map<String, String> hashes = new HashMap<>();
        try (Statement st = db.createStatement();
             ResultSet rs = st.executeQuery("SELECT id, content_hash FROM articles")) {
            while (rs.next()) {
                hashes.put(rs.getString(1), rs.getString(2));
            }
        }
        return hashes;
    }
}
