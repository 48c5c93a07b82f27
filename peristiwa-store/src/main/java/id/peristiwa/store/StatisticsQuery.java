package id.peristiwa.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;

/** The size and span of a store (see {@link StoreViews#statistics}). */
final class StatisticsQuery {

    private static final String SQL = "SELECT (SELECT count(*) FROM articles), (SELECT count(*) FROM events), "
            + "(SELECT count(*) FROM mentions), (SELECT count(*) FROM quotes), "
            + "(SELECT count(DISTINCT outlet) FROM articles), (SELECT count(DISTINCT code) FROM event_actors "
            + "WHERE role IN ('SOURCE', 'TARGET')), (SELECT min(published_date) FROM articles), "
            + "(SELECT max(published_date) FROM articles), (SELECT min(date) FROM events), "
            + "(SELECT max(date) FROM events)";

    private StatisticsQuery() {
    }

    static StoreViews.Statistics statistics(Connection db) throws SQLException {
        long[] quads = new long[4];
        SqlRows.list(db, "SELECT quad_class, count(*) FROM events GROUP BY 1", List.of(),
                rs -> quads[rs.getInt(1) - 1] = rs.getLong(2));
        List<StoreViews.TypeCount> types = SqlRows.list(db,
                "SELECT type, count(*) FROM events GROUP BY 1 ORDER BY 2 DESC, 1", List.of(),
                rs -> new StoreViews.TypeCount(rs.getString(1), rs.getLong(2)));
        return SqlRows.list(db, SQL, List.of(), rs -> new StoreViews.Statistics(rs.getLong(1), rs.getLong(2),
                rs.getLong(3), rs.getLong(4), rs.getLong(5), rs.getLong(6), SqlRows.day(rs, 7), SqlRows.day(rs, 8),
                SqlRows.day(rs, 9), SqlRows.day(rs, 10), List.of(quads[0], quads[1], quads[2], quads[3]), types))
                .getFirst();
    }
}
