package id.peristiwa.store;

import java.sql.Array;
import java.sql.Connection;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Runs a user's SQL against the store without letting it change anything. Two guards: the statement must be one
 * SELECT, WITH, DESCRIBE or SHOW statement (no second statement after a semicolon), and it runs inside a
 * read-only DuckDB transaction that is rolled back afterwards, so the engine refuses any write that gets past the
 * first check. A store opened read-only adds a third: the database file itself is opened read-only.
 */
final class ReadOnlySql {

    private static final Set<String> ALLOWED = Set.of("SELECT", "WITH", "DESCRIBE", "SHOW");

    private ReadOnlySql() {
    }

    /**
     * Runs {@code sql} on {@code db}, a connection of its own.
     *
     * @throws IllegalArgumentException when the statement is not one read-only statement
     */
    static QueryResult run(Connection db, String sql) throws SQLException {
        check(sql);
        try (Statement st = db.createStatement()) {
            st.execute("BEGIN TRANSACTION READ ONLY");
            try (ResultSet rs = st.executeQuery(sql)) {
                return read(rs);
            } finally {
                try (Statement end = db.createStatement()) {
                    end.execute("ROLLBACK");
                }
            }
        }
    }

    /** Refuses anything but one SELECT, WITH, DESCRIBE or SHOW statement. */
    static void check(String sql) {
        String code = withoutCommentsAndLiterals(sql).strip();
        while (code.endsWith(";")) {
            code = code.substring(0, code.length() - 1).strip();
        }
        if (code.contains(";")) {
            throw new IllegalArgumentException("only one statement may be run at a time");
        }
        String first = code.split("[\\s(]", 2)[0].toUpperCase(Locale.ROOT);
        if (!ALLOWED.contains(first)) {
            throw new IllegalArgumentException("only SELECT, WITH, DESCRIBE and SHOW statements may be run, not "
                    + (first.isEmpty() ? "an empty statement" : first));
        }
    }

    /** The statement with comments removed and the insides of quoted strings and names blanked. */
    private static String withoutCommentsAndLiterals(String sql) {
        StringBuilder out = new StringBuilder(sql.length());
        int i = 0;
        while (i < sql.length()) {
            char c = sql.charAt(i);
            if (c == '-' && sql.startsWith("--", i)) {
                int end = sql.indexOf('\n', i);
                i = end < 0 ? sql.length() : end;
                out.append(' ');
            } else if (c == '/' && sql.startsWith("/*", i)) {
                int end = sql.indexOf("*/", i + 2);
                i = end < 0 ? sql.length() : end + 2;
                out.append(' ');
            } else if (c == '\'' || c == '"') {
                int end = i + 1;
                while (end < sql.length()) {
                    if (sql.charAt(end) == c) {
                        if (end + 1 < sql.length() && sql.charAt(end + 1) == c) {
                            end += 2; // a doubled quote stands for itself
                            continue;
                        }
                        break;
                    }
                    end++;
                }
                out.append(c).append(c);
                i = end + 1;
            } else {
                out.append(c);
                i++;
            }
        }
        return out.toString();
    }

    private static QueryResult read(ResultSet rs) throws SQLException {
        ResultSetMetaData meta = rs.getMetaData();
        List<String> columns = new ArrayList<>();
        for (int c = 1; c <= meta.getColumnCount(); c++) {
            columns.add(meta.getColumnLabel(c));
        }
        List<List<Object>> rows = new ArrayList<>();
        boolean truncated = false;
        while (rs.next()) {
            if (rows.size() == QueryResult.MAX_ROWS) {
                truncated = true;
                break;
            }
            List<Object> row = new ArrayList<>(columns.size());
            for (int c = 1; c <= columns.size(); c++) {
                row.add(value(rs.getObject(c)));
            }
            rows.add(row);
        }
        return new QueryResult(columns, rows, truncated);
    }

    private static Object value(Object v) throws SQLException {
        return switch (v) {
            case null -> null;
            case Date d -> d.toLocalDate();
            case Timestamp t -> t.toLocalDateTime();
            case Array a -> {
                List<Object> list = new ArrayList<>();
                for (Object element : Arrays.asList((Object[]) a.getArray())) {
                    list.add(value(element));
                }
                yield list;
            }
            default -> v;
        };
    }
}
