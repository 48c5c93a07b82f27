package id.peristiwa.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Time series of events by quad class (see {@link StoreViews#series}). A dyad's series is read from the
 * {@code event_dyads} table where the store has it and the filter names no further actor: one scan of that narrow
 * table, one row per event, instead of two joins of events to their actors. A read-only store answers those
 * series from the table held in memory instead ({@link DyadMemory}, chosen by {@link StoreViews#series}); the
 * two give the same points.
 */
final class SeriesQuery {

    private SeriesQuery() {
    }

    static List<StoreViews.SeriesPoint> series(Connection db, EventFilter filter, StoreViews.Interval interval,
                                               boolean dyadTable) throws SQLException {
        List<Object> parameters = new ArrayList<>();
        String sql;
        if (dyadTable && DyadMemory.answers(filter)) {
            // The filter's own conditions come first in the clause, so their values go first.
            sql = select(interval) + "event_dyads e" + SqlRows.where(filter.withDyad(null, null), parameters,
                    "contains(e.sources, ?)", "contains(e.targets, ?)");
            parameters.add(DyadRows.beginning(filter.dyadSource()));
            parameters.add(DyadRows.beginning(filter.dyadTarget()));
        } else {
            sql = select(interval) + "events e" + SqlRows.where(filter, parameters, "e.date IS NOT NULL");
        }
        Map<String, long[]> counts = new LinkedHashMap<>();
        Map<String, Double> goldstein = new LinkedHashMap<>();
        SqlRows.list(db, sql + " GROUP BY 1, 2 ORDER BY 1, 2", parameters, rs -> {
            String period = SqlRows.day(rs, 1);
            counts.computeIfAbsent(period, p -> new long[4])[rs.getInt(2) - 1] = rs.getLong(3);
            goldstein.merge(period, rs.getDouble(4), Double::sum);
            return period;
        });
        List<StoreViews.SeriesPoint> points = new ArrayList<>(counts.size());
        counts.forEach((period, q) -> points.add(new StoreViews.SeriesPoint(period, q[0], q[1], q[2], q[3],
                Math.round(goldstein.get(period) * 100) / 100.0)));
        return points;
    }

    /** The query's head, up to the table; the date part is an enum's constant, never request text. */
    private static String select(StoreViews.Interval interval) {
        return "SELECT CAST(date_trunc('" + interval.datePart() + "', e.date) AS DATE), e.quad_class, count(*), "
                + "sum(e.goldstein) FROM ";
    }
}
