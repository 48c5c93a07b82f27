package id.peristiwa.store;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * The rows of a read-only SQL query. Values are Java values: String, Integer, Long, Double, Boolean,
 * {@link java.time.LocalDate}, {@link java.time.LocalDateTime}, {@link java.time.OffsetDateTime},
 * {@link java.math.BigDecimal}, {@link java.math.BigInteger}, a {@link List} for a list column, or null.
 *
 * @param columns   the column names
 * @param rows      the rows, each with one value per column
 * @param truncated true when the query had more than {@link #MAX_ROWS} rows and the rest were dropped
 */
public record QueryResult(List<String> columns, List<List<Object>> rows, boolean truncated) {

    /** The most rows one query returns. */
    public static final int MAX_ROWS = 100_000;

    public QueryResult {
        columns = List.copyOf(columns);
        List<List<Object>> copy = new ArrayList<>(rows.size());
        for (List<Object> row : rows) {
            copy.add(Collections.unmodifiableList(new ArrayList<>(row))); // values may be null
        }
        rows = Collections.unmodifiableList(copy);
    }
}
