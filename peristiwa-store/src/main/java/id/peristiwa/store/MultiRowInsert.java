package id.peristiwa.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Inserts rows into one table with as few statement executions as it can: rows are collected, then written
 * {@value #CHUNK} at a time by one multi-row {@code INSERT}, each size of statement prepared once. DuckDB runs
 * one statement per JDBC batch entry, so executing row by row cost five times the analysis itself; its
 * appender would be faster still but writes outside the connection's transaction.
 */
final class MultiRowInsert implements AutoCloseable {

    static final int CHUNK = 64;

    private final Connection db;
    private final String table;
    private final int columns;
    private final Map<Integer, PreparedStatement> statements = new HashMap<>();
    private final List<Object[]> rows = new ArrayList<>();

    MultiRowInsert(Connection db, String table, int columns) {
        this.db = db;
        this.table = table;
        this.columns = columns;
    }

    /** Adds a row, one value per column in table order. */
    void add(Object... values) {
        if (values.length != columns) {
            throw new IllegalArgumentException(table + " has " + columns + " columns, not " + values.length);
        }
        rows.add(values);
    }

    /** Inserts every row added since the last flush. */
    void flush() throws SQLException {
        int from = 0;
        while (from < rows.size()) {
            int n = Math.min(CHUNK, rows.size() - from);
            PreparedStatement st = statement(n);
            int p = 1;
            for (Object[] row : rows.subList(from, from + n)) {
                for (Object v : row) {
                    if (v == null) {
                        st.setNull(p++, Types.NULL);
                    } else {
                        st.setObject(p++, v);
                    }
                }
            }
            st.executeUpdate();
            from += n;
        }
        rows.clear();
    }

    /** Drops the rows added since the last flush. */
    void discard() {
        rows.clear();
    }

    private PreparedStatement statement(int n) throws SQLException {
        PreparedStatement st = statements.get(n);
        if (st == null) {
            String tuple = "(" + "?, ".repeat(columns - 1) + "?)";
            String sql = "INSERT INTO " + table + " VALUES " + (tuple + ", ").repeat(n - 1) + tuple;
            st = db.prepareStatement(sql);
            statements.put(n, st);
        }
        return st;
    }

    @Override
    public void close() throws SQLException {
        for (PreparedStatement st : statements.values()) {
            st.close();
        }
        statements.clear();
    }
}
