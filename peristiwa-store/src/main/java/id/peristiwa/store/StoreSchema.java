package id.peristiwa.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

/**
 * The DuckDB tables of a store and their version; {@code docs/store-schema.md} explains every column. A store is
 * created at {@link #VERSION}; opening one written at a newer version fails rather than misreading it.
 *
 * <p>The tables carry no primary keys or indexes: DuckDB scans with zone maps fast enough at this size, and
 * constraint indexes both slow bulk inserts and make delete-then-insert of one key inside a transaction fragile.
 * Uniqueness of article and event ids is kept by the writer, which always deletes an article's rows before it
 * inserts them again.
 */
final class StoreSchema {

    /** The schema version this code writes and reads. */
    static final int VERSION = 3;
    /** The oldest version a read-only opening still reads, without what later versions added for speed. */
    static final int OLDEST_READABLE = 2;

    private static final List<String> TABLES = List.of(
            """
            CREATE TABLE IF NOT EXISTS schema_info (
                version INTEGER NOT NULL,
                created_at TIMESTAMP WITH TIME ZONE NOT NULL,
                created_by VARCHAR)""",
            """
            CREATE TABLE IF NOT EXISTS articles (
                id VARCHAR NOT NULL,
                url VARCHAR,
                path VARCHAR,
                outlet VARCHAR,
                title VARCHAR,
                section VARCHAR,
                author VARCHAR,
                published VARCHAR,
                published_date DATE,
                language VARCHAR,
                language_confidence DOUBLE,
                dateline_place VARCHAR,
                text VARCHAR NOT NULL,
                analysis_json VARCHAR NOT NULL,
                content_hash VARCHAR NOT NULL,
                sentence_count INTEGER NOT NULL,
                mention_count INTEGER NOT NULL,
                quote_count INTEGER NOT NULL,
                event_count INTEGER NOT NULL,
                ingested_at TIMESTAMP WITH TIME ZONE NOT NULL,
                story_id VARCHAR)""",
            """
            CREATE TABLE IF NOT EXISTS sentences (
                article_id VARCHAR NOT NULL,
                idx INTEGER NOT NULL,
                start_char INTEGER NOT NULL,
                end_char INTEGER NOT NULL)""",
            """
            CREATE TABLE IF NOT EXISTS mentions (
                article_id VARCHAR NOT NULL,
                idx INTEGER NOT NULL,
                start_char INTEGER NOT NULL,
                end_char INTEGER NOT NULL,
                text VARCHAR NOT NULL,
                kind VARCHAR NOT NULL,
                actor_code VARCHAR,
                actor_country VARCHAR,
                actor_sector VARCHAR,
                actor_name VARCHAR,
                actor_role VARCHAR,
                refers_to INTEGER[])""",
            """
            CREATE TABLE IF NOT EXISTS events (
                event_id VARCHAR NOT NULL,
                article_id VARCHAR NOT NULL,
                idx INTEGER NOT NULL,
                type VARCHAR NOT NULL,
                mode VARCHAR,
                context VARCHAR,
                cameo VARCHAR NOT NULL,
                quad_class INTEGER NOT NULL,
                goldstein DOUBLE NOT NULL,
                source_code VARCHAR,
                target_code VARCHAR,
                polarity VARCHAR NOT NULL,
                modality VARCHAR NOT NULL,
                date DATE,
                date_granularity VARCHAR,
                date_from_text BOOLEAN,
                place_name VARCHAR,
                place_country VARCHAR,
                place_lat DOUBLE,
                place_lon DOUBLE,
                place_precision VARCHAR,
                sentence_start INTEGER NOT NULL,
                sentence_end INTEGER NOT NULL,
                trigger_start INTEGER NOT NULL,
                trigger_end INTEGER NOT NULL,
                trigger_text VARCHAR NOT NULL,
                evidence VARCHAR NOT NULL,
                speaker_code VARCHAR,
                cue_start INTEGER,
                cue_end INTEGER,
                cue VARCHAR,
                relay VARCHAR,
                rule VARCHAR NOT NULL,
                confidence DOUBLE NOT NULL)""",
            """
            CREATE TABLE IF NOT EXISTS event_actors (
                event_id VARCHAR NOT NULL,
                article_id VARCHAR NOT NULL,
                role VARCHAR NOT NULL,
                position INTEGER NOT NULL,
                code VARCHAR NOT NULL,
                country VARCHAR,
                sector VARCHAR,
                name VARCHAR NOT NULL,
                actor_role VARCHAR)""",
            """
            CREATE TABLE IF NOT EXISTS quotes (
                article_id VARCHAR NOT NULL,
                idx INTEGER NOT NULL,
                speaker_code VARCHAR,
                speaker_name VARCHAR,
                speaker_mention INTEGER,
                cue_start INTEGER,
                cue_end INTEGER,
                statement_start INTEGER NOT NULL,
                statement_end INTEGER NOT NULL,
                statement VARCHAR NOT NULL,
                direct BOOLEAN NOT NULL,
                relay VARCHAR)""");

    /** The tables version 2 added: stories and event clusters. */
    private static final List<String> VERSION_2_TABLES = List.of(
            """
            CREATE TABLE IF NOT EXISTS article_stories (
                article_id VARCHAR NOT NULL,
                story_id VARCHAR NOT NULL,
                signature INTEGER[])""",
            """
            CREATE TABLE IF NOT EXISTS story_buckets (
                bucket BIGINT NOT NULL,
                article_id VARCHAR NOT NULL)""",
            """
            CREATE TABLE IF NOT EXISTS event_clusters (
                cluster_id VARCHAR NOT NULL,
                type VARCHAR NOT NULL,
                polarity VARCHAR NOT NULL,
                source_side VARCHAR NOT NULL,
                target_side VARCHAR NOT NULL,
                first_date DATE,
                last_date DATE,
                mentions INTEGER NOT NULL,
                sources INTEGER NOT NULL,
                articles INTEGER NOT NULL)""",
            """
            CREATE TABLE IF NOT EXISTS event_cluster_members (
                event_id VARCHAR NOT NULL,
                article_id VARCHAR NOT NULL,
                cluster_id VARCHAR NOT NULL)""");

    /**
     * What version 3 added so that the API answers cheaply: an index on article ids (a search page reads its
     * hits' rows by id) and the dyad table, one row per dated event with both a source and a target, its actor
     * codes written out (see {@link DyadRows}), which the dyad series read instead of joining events to their actors
     * twice.
     */
    private static final List<String> VERSION_3_TABLES = List.of(
            """
            CREATE TABLE IF NOT EXISTS event_dyads (
                event_id VARCHAR NOT NULL,
                article_id VARCHAR NOT NULL,
                sources VARCHAR NOT NULL,
                targets VARCHAR NOT NULL,
                date DATE NOT NULL,
                type VARCHAR NOT NULL,
                quad_class INTEGER NOT NULL,
                goldstein DOUBLE NOT NULL)""",
            "CREATE INDEX IF NOT EXISTS articles_id ON articles (id)");

    /** The tables holding an article's rows, each with an {@code article_id} column, children first. */
    static final List<String> ARTICLE_TABLES = List.of("event_dyads", "event_cluster_members", "event_actors",
            "events", "quotes", "mentions", "sentences", "articles");

    private StoreSchema() {
    }

    /**
     * Creates the tables of a new store, or checks the version of an existing one.
     *
     * @throws StoreException when the store was written by a newer schema version
     */
    static void createOrCheck(Connection db, String where, String createdBy) throws SQLException {
        Integer found = version(db);
        if (found == null) {
            create(db, createdBy);
        } else if (found < VERSION) {
            if (found == 1) {
                StoreMigration.fromVersion1(db, createdBy);
            }
            StoreMigration.fromVersion2(db, createdBy);
        } else {
            check(found, where);
        }
    }

    /**
     * Checks the version of a store opened read-only: {@link #OLDEST_READABLE} or newer, up to {@link #VERSION}.
     *
     * @return the version found
     * @throws StoreException when the store has no schema, a newer one or one too old to read
     */
    static int checkReadable(Connection db, String where) throws SQLException {
        Integer found = version(db);
        if (found == null) {
            throw new StoreException(where + " holds no Peristiwa store (no schema_info table)");
        }
        check(found, where, OLDEST_READABLE);
        return found;
    }

    private static void check(int found, String where) {
        check(found, where, VERSION);
    }

    private static void check(int found, String where, int oldest) {
        if (found > VERSION) {
            throw new StoreException("the store in " + where + " has schema version " + found
                    + ", but this Peristiwa reads schema version " + VERSION
                    + " at most; use a newer Peristiwa or ingest into a new data directory");
        }
        if (found < oldest) {
            throw new StoreException("the store in " + where + " has schema version " + found
                    + ", older than " + oldest + "; open it once for writing (any 'peristiwa ingest --data' run "
                    + "into it) to migrate it, then read it again");
        }
    }

    /** Creates the tables version 2 added, in the caller's transaction. */
    static void createVersion2Tables(Connection db) throws SQLException {
        try (Statement st = db.createStatement()) {
            for (String table : VERSION_2_TABLES) {
                st.execute(table);
            }
        }
    }

    /** Creates the table and index version 3 added, in the caller's transaction. */
    static void createVersion3Tables(Connection db) throws SQLException {
        try (Statement st = db.createStatement()) {
            for (String table : VERSION_3_TABLES) {
                st.execute(table);
            }
        }
    }

    /** Records that the store is now at {@code version}, in the caller's transaction; earlier rows stay as history. */
    static void stamp(Connection db, int version, String by) throws SQLException {
        try (PreparedStatement st = db.prepareStatement("INSERT INTO schema_info VALUES (?, current_timestamp, ?)")) {
            st.setInt(1, version);
            st.setString(2, by);
            st.executeUpdate();
        }
    }

    private static Integer version(Connection db) throws SQLException {
        try (Statement st = db.createStatement();
             ResultSet exists = st.executeQuery("SELECT count(*) FROM information_schema.tables "
                     + "WHERE table_schema = 'main' AND table_name = 'schema_info'")) {
            exists.next();
            if (exists.getInt(1) == 0) {
                return null;
            }
        }
        try (Statement st = db.createStatement();
             ResultSet rs = st.executeQuery("SELECT max(version) FROM schema_info")) {
            rs.next();
            int v = rs.getInt(1);
            return rs.wasNull() ? null : v;
        }
    }

    private static void create(Connection db, String createdBy) throws SQLException {
        inTransaction(db, () -> {
            try (Statement st = db.createStatement()) {
                for (String table : TABLES) {
                    st.execute(table);
                }
            }
            createVersion2Tables(db);
            createVersion3Tables(db);
            stamp(db, VERSION, createdBy);
        });
    }

    /** Runs {@code work} in one transaction of its own: committed when it returns, rolled back when it throws. */
    static void inTransaction(Connection db, SqlWork work) throws SQLException {
        boolean auto = db.getAutoCommit();
        db.setAutoCommit(false);
        try {
            work.run();
            db.commit();
        } catch (SQLException | RuntimeException e) {
            db.rollback();
            throw e;
        } finally {
            db.setAutoCommit(auto);
        }
    }

    /** Work on the database that may fail. */
    interface SqlWork {
        void run() throws SQLException;
    }
}
