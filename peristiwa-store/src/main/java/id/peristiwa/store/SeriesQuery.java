package id.peristiwa.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Time series of events by quad class (see {@link StoreViews#series}).
 *
 * <p>A dyad's series is read from the {@code event_dyads} table where the store has it and the filter names no
 * further actor, in one scan of that narrow table instead of two joins of events to their actors. Events with one
 * code pair are summed by DuckDB per period and quad class; an event with several pairs may match the dyad
 * through more than one of them, so its rows come back one by one with the event id and each such event counts
 * once here. (Making those rows distinct in DuckDB cost more than the whole rest of the query.)
 */
final class SeriesQuery {

    private SeriesQuery() {
    }

    static List<StoreViews.SeriesPoint> series(Connection db, EventFilter filter, StoreViews.Interval interval,
                                               boolean dyadTable) throws SQLException {
        List<Object> parameters = new ArrayList<>();
        // The date part is an enum's constant, never request text.
        String period = "date_diff('day', DATE '1970-01-01', date_trunc('" + interval.datePart() + "', e.date))";
        Map<Long, Sum> sums = new TreeMap<>();
        if (dyadTable && filter.dyadSource() != null && filter.actor() == null) {
            String rows = "FROM event_dyads e" + dyadRows(filter, parameters, "e.pairs = 1");
            String shared = "FROM event_dyads e" + dyadRows(filter, parameters, "e.pairs > 1");
            String sql = "SELECT " + period + ", e.quad_class, sum(e.goldstein), count(*), NULL " + rows
                    + " GROUP BY 1, 2 UNION ALL SELECT " + period + ", e.quad_class, e.goldstein, 1, e.event_id "
                    + shared;
            Set<String> seen = new HashSet<>();
            SqlRows.list(db, sql, parameters, rs -> {
                String event = rs.getString(5);
                if (event == null || seen.add(event)) {
                    sums.computeIfAbsent(rs.getLong(1), p -> new Sum()).add(rs.getInt(2), rs.getDouble(3),
                            rs.getLong(4));
                }
                return null;
            });
        } else {
            String sql = "SELECT " + period + ", e.quad_class, sum(e.goldstein), count(*) FROM events e"
                    + SqlRows.where(filter, parameters, "e.date IS NOT NULL") + " GROUP BY 1, 2";
            SqlRows.list(db, sql, parameters, rs -> {
                sums.computeIfAbsent(rs.getLong(1), p -> new Sum()).add(rs.getInt(2), rs.getDouble(3),
                        rs.getLong(4));
                return null;
            });
        }
        List<StoreViews.SeriesPoint> points = new ArrayList<>(sums.size());
        sums.forEach((day, s) -> points.add(new StoreViews.SeriesPoint(LocalDate.ofEpochDay(day).toString(),
                s.events[0], s.events[1], s.events[2], s.events[3], Math.round(s.goldstein * 100) / 100.0)));
        return points;
    }

    /**
     * The WHERE clause selecting the filter's rows of {@code event_dyads e}: the table has the event columns the
     * filter's type, quad class and dates test, under the same names.
     */
    private static String dyadRows(EventFilter filter, List<Object> parameters, String pairs) {
        // The filter's own conditions come first in the clause, so their values go first.
        String where = SqlRows.where(filter.withDyad(null, null), parameters, pairs,
                "starts_with(e.source_code, ?)", "starts_with(e.target_code, ?)");
        parameters.add(filter.dyadSource());
        parameters.add(filter.dyadTarget());
        return where;
    }

    /** One period's events per quad class and Goldstein sum. */
    private static final class Sum {
        private final long[] events = new long[4];
        private double goldstein;

        void add(int quadClass, double goldsteinSum, long count) {
            events[quadClass - 1] += count;
            goldstein += goldsteinSum;
        }
    }
}
