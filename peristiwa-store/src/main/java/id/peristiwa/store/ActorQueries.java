package id.peristiwa.store;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The actor list and an actor's profile (see {@link StoreViews#actors} and {@link StoreViews#actor}). */
final class ActorQueries {

    private static final int COUNTERPARTS = 25;

    /** Per actor code: its usual name, and distinct events in all, as a source, as a target. */
    private static final String COUNTS = "SELECT x.code, mode(x.name), count(DISTINCT x.event_id), "
            + "count(DISTINCT x.event_id) FILTER (WHERE x.role = 'SOURCE'), "
            + "count(DISTINCT x.event_id) FILTER (WHERE x.role = 'TARGET')";

    private ActorQueries() {
    }

    static List<StoreViews.ActorCount> list(Connection db, EventFilter filter, String prefix, int limit)
            throws SQLException {
        List<Object> parameters = new ArrayList<>();
        StringBuilder sql = new StringBuilder(COUNTS).append(" FROM event_actors x WHERE x.role IN ('SOURCE', "
                + "'TARGET') AND x.code IS NOT NULL");
        if (prefix != null && !prefix.isBlank()) {
            sql.append(" AND starts_with(x.code, ?)");
            parameters.add(prefix.strip());
        }
        String where = SqlRows.where(filter, parameters);
        if (!where.isEmpty()) {
            sql.append(" AND x.event_id IN (SELECT e.event_id FROM events e").append(where).append(')');
        }
        sql.append(" GROUP BY x.code ORDER BY 3 DESC, 1 LIMIT ?");
        parameters.add(limit);
        return SqlRows.list(db, sql.toString(), parameters, ActorQueries::count);
    }

    static Optional<StoreViews.ActorProfile> profile(Connection db, String code, EventFilter filter)
            throws SQLException {
        EventFilter own = filter.withActor(code);
        List<Object> parameters = new ArrayList<>();
        String where = SqlRows.where(own, parameters);
        List<Object[]> summary = SqlRows.list(db, "SELECT count(*), avg(e.goldstein) FROM events e" + where,
                parameters, rs -> new Object[] {rs.getLong(1), SqlRows.decimal(rs, 2)});
        long events = (Long) summary.getFirst()[0];
        if (events == 0) {
            return Optional.empty();
        }
        List<String> names = SqlRows.list(db, "SELECT mode(name) FROM event_actors WHERE code = ?",
                List.<Object>of(code), rs -> rs.getString(1));
        return Optional.of(new StoreViews.ActorProfile(code, names.isEmpty() ? null : names.getFirst(), events,
                (Double) summary.getFirst()[1], counterparts(db, code, filter), types(db, own),
                SeriesQuery.series(db, own, StoreViews.Interval.MONTH, false)));
    }

    /** The actors on the other side of the actor's events. */
    private static List<StoreViews.ActorCount> counterparts(Connection db, String code, EventFilter filter)
            throws SQLException {
        List<Object> parameters = new ArrayList<>(List.of(code, code));
        StringBuilder sql = new StringBuilder(COUNTS.replace("x.", "o."))
                .append(" FROM event_actors m JOIN event_actors o ON o.event_id = m.event_id"
                        + " WHERE m.role IN ('SOURCE', 'TARGET') AND starts_with(m.code, ?)"
                        + " AND o.role IN ('SOURCE', 'TARGET') AND o.role <> m.role AND o.code IS NOT NULL"
                        + " AND NOT starts_with(o.code, ?)");
        String where = SqlRows.where(filter.withActor(null), parameters);
        if (!where.isEmpty()) {
            sql.append(" AND m.event_id IN (SELECT e.event_id FROM events e").append(where).append(')');
        }
        sql.append(" GROUP BY o.code ORDER BY 3 DESC, 1 LIMIT ").append(COUNTERPARTS);
        return SqlRows.list(db, sql.toString(), parameters, ActorQueries::count);
    }

    private static List<StoreViews.TypeCount> types(Connection db, EventFilter own) throws SQLException {
        List<Object> parameters = new ArrayList<>();
        return SqlRows.list(db, "SELECT e.type, count(*) FROM events e" + SqlRows.where(own, parameters)
                + " GROUP BY 1 ORDER BY 2 DESC, 1", parameters,
                rs -> new StoreViews.TypeCount(rs.getString(1), rs.getLong(2)));
    }

    private static StoreViews.ActorCount count(ResultSet rs) throws SQLException {
        return new StoreViews.ActorCount(rs.getString(1), rs.getString(2), rs.getLong(3), rs.getLong(4),
                rs.getLong(5));
    }
}
