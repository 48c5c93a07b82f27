package id.peristiwa.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * Brings an older store up to {@link StoreSchema#VERSION}, in one transaction: a failure leaves it as it was.
 * Version 1 to 2 adds {@code articles.story_id} and the story and cluster tables, files every stored article
 * under its story from its text, and computes every event cluster. Version 2 to 3 adds the article id index and
 * the dyad table, filled from the stored events and their actors.
 */
final class StoreMigration {

    /** Articles read at a time, so a large store is not held in memory at once. */
    private static final int CHUNK = 500;

    private StoreMigration() {
    }

    static void fromVersion1(Connection db, String by) throws SQLException {
        StoreSchema.inTransaction(db, () -> {
            try (Statement st = db.createStatement()) {
                st.execute("ALTER TABLE articles ADD COLUMN story_id VARCHAR");
            }
            StoreSchema.createVersion2Tables(db);
            try (Stories stories = new Stories(db)) {
                String after = "";
                List<String[]> chunk;
                while (!(chunk = texts(db, after)).isEmpty()) {
                    for (String[] article : chunk) {
                        stories.stage(article[0], article[1]);
                    }
                    stories.place();
                    after = chunk.getLast()[0];
                }
                stories.copyToArticles();
            }
            EventClusters clusters = new EventClusters(db);
            clusters.touchAll();
            clusters.refresh();
            StoreSchema.stamp(db, 2, by);
        });
    }

    static void fromVersion2(Connection db, String by) throws SQLException {
        StoreSchema.inTransaction(db, () -> {
            StoreSchema.createVersion3Tables(db);
            try (Statement st = db.createStatement()) {
                st.execute(DyadRows.FILL_FROM_EVENTS);
            }
            StoreSchema.stamp(db, 3, by);
        });
    }

    private static List<String[]> texts(Connection db, String after) throws SQLException {
        List<String[]> texts = new ArrayList<>();
        try (PreparedStatement st = db.prepareStatement(
                "SELECT id, text FROM articles WHERE id > ? ORDER BY id LIMIT " + CHUNK)) {
            st.setString(1, after);
            try (ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                    texts.add(new String[] {rs.getString(1), rs.getString(2)});
                }
            }
        }
        return texts;
    }
}
