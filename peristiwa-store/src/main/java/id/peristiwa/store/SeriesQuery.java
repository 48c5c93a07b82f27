package id.peristiwa.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Time series of events by quad class (see {@link StoreViews#series}). */
final class SeriesQuery {

    private SeriesQuery() {
    }

    static List<StoreViews.SeriesPoint> series(Connection db, EventFilter filter, StoreViews.Interval interval)
            throws SQLException {
        List<Object> parameters = new ArrayList<>();
        // The date part is an enum's constant, never request text.
        String sql = "SELECT CAST(date_trunc('" + interval.datePart() + "', e.date) AS DATE), e.quad_class, "
                + "count(*), sum(e.goldstein) FROM events e" + SqlRows.where(filter, parameters, "e.date IS NOT NULL")
                + " GROUP BY 1, 2 ORDER BY 1, 2";
        Map<String, long[]> counts = new LinkedHashMap<>();
        Map<String, Double> goldstein = new LinkedHashMap<>();
        SqlRows.list(db, sql, parameters, rs -> {
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
}
