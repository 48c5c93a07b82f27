package id.peristiwa.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * Builds a large store for load tests out of a small ingested one: the target holds {@code copies} copies of every
 * row of the source, copy 0 as it is and copy {@code k} with {@code "~k"} appended to every article, event, story
 * and cluster id and every date moved {@code k × shiftDays} days earlier, so the copies spread over time instead of
 * piling onto the same days. The rows are copied in DuckDB ({@code INSERT ... SELECT} from the attached source) and
 * every copied article is indexed in Lucene with the entry {@link IndexedArticles#load} builds from its rows, the
 * same entry recovery would build; nothing is analysed again. The stored analysis JSON is copied unchanged, so it
 * names the original article id.
 */
public final class StoreCopies {

    /** Tables whose rows belong to articles and are copied, in an order that leaves no row without its parent. */
    private static final List<String> TABLES = List.of("articles", "sentences", "mentions", "quotes", "events",
            "event_actors", "article_stories", "story_buckets", "event_clusters", "event_cluster_members",
            "event_dyads");
    /** Id columns that get the copy's suffix. */
    private static final List<String> IDS = List.of("id", "article_id", "event_id", "story_id", "cluster_id");
    /** Date columns that move by the copy's shift. */
    private static final Pattern LEADING_DAY = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    private static final List<String> DATES = List.of("published_date", "date", "first_date", "last_date");

    private StoreCopies() {
    }

    /**
     * What a replication made.
     *
     * @param articles articles in the target
     * @param events   events in the target
     */
    public record Result(long articles, long events) {
    }

    /**
     * Fills a new store in {@code target} with {@code copies} copies of the store in {@code source}.
     *
     * @param copies    1 or more; 1 copies the source as it is
     * @param shiftDays how many days each further copy's dates move back, 0 or more
     * @throws IllegalArgumentException for bad counts
     * @throws StoreException           when the source is no store, the target holds one already, or copying fails
     */
    public static Result replicate(Path source, Path target, int copies, int shiftDays) {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(target, "target");
        if (copies < 1) {
            throw new IllegalArgumentException("copies must be 1 or more, not " + copies);
        }
        if (shiftDays < 0) {
            throw new IllegalArgumentException("shiftDays must be 0 or more, not " + shiftDays);
        }
        Path database = source.toAbsolutePath().normalize().resolve(Store.DATABASE);
        if (!Files.isRegularFile(database)) {
            throw new StoreException("no Peristiwa store in " + source + " (no " + Store.DATABASE + ")");
        }
        if (Files.exists(target.resolve(Store.DATABASE))) {
            throw new StoreException("a store exists in " + target + " already; replicate into a new directory");
        }
        try (Store store = Store.open(target)) {
            store.writeRaw((db, index) -> {
                copy(db, index, database, copies, shiftDays);
                return null;
            });
            store.commit();
            store.writeRaw((db, index) -> {
                detach(db);
                return null;
            });
            return new Result(store.articleCount(), store.eventCount());
        }
    }

    private static void copy(Connection db, TextIndex index, Path database, int copies, int shiftDays)
            throws SQLException, IOException {
        try (Statement st = db.createStatement()) {
            st.execute("ATTACH '" + database.toString().replace("'", "''") + "' AS copy_source (READ_ONLY)");
        }
        Map<String, List<String>> columns = columns(db);
        for (int k = 0; k < copies; k++) {
            for (String table : TABLES) {
                insert(db, table, columns.get(table), k, k * shiftDays);
            }
        }
        for (String id : ids(db)) {
            IndexedArticle original = IndexedArticles.load(db, id);
            for (int k = 0; k < copies; k++) {
                index.put(k == 0 ? original : shifted(original, k, k * shiftDays));
            }
        }
    }

    /** Detaches the source, which DuckDB allows only once the transaction that read it is committed. */
    private static void detach(Connection db) throws SQLException {
        try (Statement st = db.createStatement()) {
            st.execute("DETACH copy_source");
        }
        db.commit();
    }

    /** The copy {@code k} of an index entry: its id suffixed, its day moved. */
    static IndexedArticle shifted(IndexedArticle a, int k, int days) {
        return new IndexedArticle(a.id() + suffix(k), a.contentHash(), a.title(), a.text(), a.outlet(), a.section(),
                a.published() == null ? null : a.published().minusDays(days), shifted(a.publishedAs(), days),
                a.actorCodes(), a.eventTypes());
    }

    /**
     * A publication date as written, moved back {@code days} as the copied {@code published} column is (see
     * {@link #value}): a leading ISO day is moved, the rest kept.
     */
    static String shifted(String publishedAs, int days) {
        if (publishedAs == null || days == 0 || !LEADING_DAY.matcher(publishedAs).lookingAt()) {
            return publishedAs;
        }
        return LocalDate.parse(publishedAs.substring(0, 10)).minusDays(days) + publishedAs.substring(10);
    }

    private static String suffix(int k) {
        return k == 0 ? "" : "~" + k;
    }

    private static void insert(Connection db, String table, List<String> columns, int k, int days)
            throws SQLException {
        List<String> values = new ArrayList<>();
        for (String c : columns) {
            values.add(value(c, k, days));
        }
        String sql = "INSERT INTO main." + table + " (" + String.join(", ", columns) + ") SELECT "
                + String.join(", ", values) + " FROM copy_source.main." + table;
        try (Statement st = db.createStatement()) {
            st.executeUpdate(sql);
        }
    }

    /** The SQL expression copy {@code k} stores in a column; {@code k} and {@code days} are numbers, never text. */
    private static String value(String column, int k, int days) {
        if (k == 0) {
            return column;
        }
        if (IDS.contains(column)) {
            return column + " || '" + suffix(k) + "'";
        }
        if (DATES.contains(column)) {
            return column + " - " + days;
        }
        return switch (column) {
            // The publication string keeps its time and zone; only its leading day moves.
            case "published" -> "CASE WHEN regexp_matches(published, '^\\d{4}-\\d{2}-\\d{2}') THEN strftime(CAST("
                    + "substr(published, 1, 10) AS DATE) - " + days + ", '%Y-%m-%d') || substr(published, 11) "
                    + "ELSE published END";
            case "url" -> "url || '#copy-" + k + "'";
            default -> column;
        };
    }

    private static Map<String, List<String>> columns(Connection db) throws SQLException {
        Map<String, List<String>> columns = new HashMap<>();
        try (PreparedStatement st = db.prepareStatement("SELECT column_name FROM information_schema.columns "
                + "WHERE table_catalog = 'copy_source' AND table_schema = 'main' AND table_name = ? "
                + "ORDER BY ordinal_position")) {
            for (String table : TABLES) {
                st.setString(1, table);
                List<String> names = new ArrayList<>();
                try (ResultSet rs = st.executeQuery()) {
                    while (rs.next()) {
                        names.add(rs.getString(1));
                    }
                }
                if (names.isEmpty()) {
                    throw new StoreException("the source store has no table " + table + "; open it once with this "
                            + "version of Peristiwa to migrate it");
                }
                columns.put(table, names);
            }
        }
        return columns;
    }

    private static List<String> ids(Connection db) throws SQLException {
        List<String> ids = new ArrayList<>();
        try (Statement st = db.createStatement();
             ResultSet rs = st.executeQuery("SELECT id FROM copy_source.main.articles ORDER BY id")) {
            while (rs.next()) {
                ids.add(rs.getString(1));
            }
        }
        return ids;
    }
}
