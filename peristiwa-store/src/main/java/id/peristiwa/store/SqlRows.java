package id.peristiwa.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * Runs one parameterized read and maps each row; the statement text is always a constant of the calling class
 * plus conditions it chose, never text from a request, and every value travels as a bound parameter.
 */
final class SqlRows {

    private SqlRows() {
    }

    /** Maps the current row of a result. */
    interface Mapper<T> {
        T map(ResultSet rs) throws SQLException;
    }

    static <T> List<T> list(Connection db, String sql, List<Object> parameters, Mapper<T> mapper)
            throws SQLException {
        List<T> rows = new ArrayList<>();
        try (PreparedStatement st = EventQuery.prepare(db, sql, parameters); ResultSet rs = st.executeQuery()) {
            while (rs.next()) {
                rows.add(mapper.map(rs));
            }
        }
        return rows;
    }

    /**
     * The WHERE clause (or nothing) that restricts {@code events e} by the filter and by further constant
     * conditions, all joined with AND; the filter's values are added to {@code parameters}.
     */
    static String where(EventFilter filter, List<Object> parameters, String... more) {
        List<String> conditions = new ArrayList<>(EventQuery.conditions(filter, parameters));
        conditions.addAll(List.of(more));
        return conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions);
    }

    /** A nullable double column as a number or null. */
    static Double decimal(ResultSet rs, int column) throws SQLException {
        double v = rs.getDouble(column);
        return rs.wasNull() ? null : Math.round(v * 1000) / 1000.0;
    }

    /** A nullable date column as ISO-8601 text or null. */
    static String day(ResultSet rs, int column) throws SQLException {
        Object v = rs.getObject(column);
        return v == null ? null : v.toString();
    }
}
