package id.peristiwa.store;

import id.peristiwa.event.PloverType;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The {@code event_dyads} table of a read-only store held in memory, to answer dyad series without DuckDB. A
 * served store does not change, so the table is read once; a series then tests only the rows whose source (or
 * target) has a code in the dyad's country, found through a list of rows per country: the first three letters
 * of a code, which every code a CAMEO prefix of three letters or more selects shares with it. A series costs
 * microseconds where a scan of the table with two substring tests cost milliseconds.
 *
 * <p>It answers what {@link SeriesQuery} answers from the table, with the same points: a dyad filter without a
 * further actor, restricted by type, quad class and days. Sums of Goldstein scores are added per period and quad
 * class, then over the quad classes, as the SQL path adds them, and rounded the same way.
 */
final class DyadMemory {

    /** The letters of a code that name its country, the key of the row lists. */
    private static final int COUNTRY = 3;
    private static final PloverType[] TYPES = PloverType.values();
    private static final int[] NO_ROWS = new int[0];

    private final int[] days;
    private final byte[] quads;
    private final byte[] types;
    private final double[] goldstein;
    /** The framed codes of each row (see {@link DyadRows}), equal strings shared. */
    private final String[] sources;
    private final String[] targets;
    private final Map<String, int[]> bySourceCountry;
    private final Map<String, int[]> byTargetCountry;

    private DyadMemory(int[] days, byte[] quads, byte[] types, double[] goldstein, String[] sources,
                       String[] targets) {
        this.days = days;
        this.quads = quads;
        this.types = types;
        this.goldstein = goldstein;
        this.sources = sources;
        this.targets = targets;
        this.bySourceCountry = byCountry(sources);
        this.byTargetCountry = byCountry(targets);
    }

    /** Reads the whole {@code event_dyads} table of a store. */
    static DyadMemory load(Connection db) throws SQLException {
        int rows;
        try (Statement st = db.createStatement(); ResultSet rs = st.executeQuery("SELECT count(*) FROM event_dyads")) {
            rs.next();
            rows = rs.getInt(1);
        }
        int[] days = new int[rows];
        byte[] quads = new byte[rows];
        byte[] types = new byte[rows];
        double[] goldstein = new double[rows];
        String[] sources = new String[rows];
        String[] targets = new String[rows];
        Map<String, String> shared = new HashMap<>();
        int n = 0;
        try (Statement st = db.createStatement(); ResultSet rs = st.executeQuery(
                "SELECT date, quad_class, type, goldstein, sources, targets FROM event_dyads")) {
            while (rs.next() && n < rows) {
                days[n] = Math.toIntExact(rs.getObject(1, LocalDate.class).toEpochDay());
                quads[n] = (byte) rs.getInt(2);
                types[n] = (byte) PloverType.valueOf(rs.getString(3)).ordinal();
                goldstein[n] = rs.getDouble(4);
                sources[n] = shared.computeIfAbsent(rs.getString(5), s -> s);
                targets[n] = shared.computeIfAbsent(rs.getString(6), s -> s);
                n++;
            }
        }
        return new DyadMemory(Arrays.copyOf(days, n), Arrays.copyOf(quads, n), Arrays.copyOf(types, n),
                Arrays.copyOf(goldstein, n), Arrays.copyOf(sources, n), Arrays.copyOf(targets, n));
    }

    /** How many rows it holds. */
    int size() {
        return days.length;
    }

    /** Whether {@link #series} answers this filter: a dyad of codes that can be framed, and no further actor. */
    static boolean answers(EventFilter filter) {
        return filter.dyadSource() != null && filter.actor() == null
                && DyadRows.beginning(filter.dyadSource()) != null && DyadRows.beginning(filter.dyadTarget()) != null;
    }

    /**
     * The series of the filter's dyad, as {@link SeriesQuery} reads it from DuckDB.
     *
     * @throws IllegalArgumentException when the filter is not one it {@link #answers}
     */
    List<StoreViews.SeriesPoint> series(EventFilter filter, StoreViews.Interval interval) {
        if (!answers(filter)) {
            throw new IllegalArgumentException("not a dyad filter the in-memory table answers: " + filter);
        }
        String source = DyadRows.beginning(filter.dyadSource());
        String target = DyadRows.beginning(filter.dyadTarget());
        int[] bySource = candidates(bySourceCountry, filter.dyadSource());
        int[] byTarget = candidates(byTargetCountry, filter.dyadTarget());
        int[] candidates = bySource == null ? byTarget
                : byTarget == null || bySource.length <= byTarget.length ? bySource : byTarget;
        long from = filter.from() == null ? Long.MIN_VALUE : filter.from().toEpochDay();
        long to = filter.to() == null ? Long.MAX_VALUE : filter.to().toEpochDay();
        int type = filter.type() == null ? -1 : filter.type().ordinal();
        int quad = filter.quadClass() == null ? 0 : filter.quadClass();
        // per period (its first day), counts and Goldstein sums per quad class
        TreeMap<Integer, Period> periods = new TreeMap<>();
        int count = candidates == null ? days.length : candidates.length;
        for (int i = 0; i < count; i++) {
            int row = candidates == null ? i : candidates[i];
            int day = days[row];
            if (day < from || day > to || (type >= 0 && types[row] != type) || (quad > 0 && quads[row] != quad)
                    || !sources[row].contains(source) || !targets[row].contains(target)) {
                continue;
            }
            Period p = periods.computeIfAbsent(start(day, interval), d -> new Period());
            p.counts[quads[row] - 1]++;
            p.goldstein[quads[row] - 1] += goldstein[row];
        }
        List<StoreViews.SeriesPoint> points = new ArrayList<>(periods.size());
        periods.forEach((day, p) -> points.add(p.point(LocalDate.ofEpochDay(day).toString())));
        return points;
    }

    /** The rows a prefix's country lists, or null when the prefix is too short to name a country (every row). */
    private static int[] candidates(Map<String, int[]> byCountry, String prefix) {
        return prefix.length() < COUNTRY ? null : byCountry.getOrDefault(prefix.substring(0, COUNTRY), NO_ROWS);
    }

    /** The first day of the period holding {@code day}, as DuckDB's date_trunc has it (weeks begin on Monday). */
    private static int start(int day, StoreViews.Interval interval) {
        return switch (interval) {
            case DAY -> day;
            case WEEK -> Math.toIntExact(LocalDate.ofEpochDay(day)
                    .with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)).toEpochDay());
            case MONTH -> Math.toIntExact(LocalDate.ofEpochDay(day).withDayOfMonth(1).toEpochDay());
        };
    }

    /** Per country key (a code's first letters), the rows with a code of it, each row once, ascending. */
    private static Map<String, int[]> byCountry(String[] framed) {
        Map<String, List<Integer>> lists = new HashMap<>();
        for (int row = 0; row < framed.length; row++) {
            String codes = framed[row];
            String last = null;
            // codes are sorted, so the codes of one country follow each other
            for (int at = 1; at < codes.length(); ) {
                int end = codes.indexOf(DyadRows.SEPARATOR, at);
                String key = codes.substring(at, Math.min(end, at + COUNTRY));
                if (!key.equals(last)) {
                    List<Integer> rows = lists.computeIfAbsent(key, k -> new ArrayList<>());
                    if (rows.isEmpty() || rows.getLast() != row) {
                        rows.add(row);
                    }
                    last = key;
                }
                at = end + 1;
            }
        }
        Map<String, int[]> arrays = new HashMap<>(lists.size() * 2);
        lists.forEach((key, rows) -> arrays.put(key, rows.stream().mapToInt(Integer::intValue).toArray()));
        return arrays;
    }

    /** The counts and Goldstein sums of one period, per quad class. */
    private static final class Period {
        private final long[] counts = new long[4];
        private final double[] goldstein = new double[4];

        StoreViews.SeriesPoint point(String period) {
            // summed over the quad classes present, in their order, as SeriesQuery merges its rows
            Double sum = null;
            for (int q = 0; q < 4; q++) {
                if (counts[q] > 0) {
                    sum = sum == null ? goldstein[q] : sum + goldstein[q];
                }
            }
            return new StoreViews.SeriesPoint(period, counts[0], counts[1], counts[2], counts[3],
                    Math.round(sum * 100) / 100.0);
        }
    }
}
