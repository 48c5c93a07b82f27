package id.peristiwa.store;

import id.peristiwa.event.PloverType;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The {@code event_dyads} table of a read-only store held in memory, to answer dyad series without DuckDB. A
 * served store does not change, so the table is read once, in day order; a series then tests only the rows with
 * a source in the dyad's source country and a target in its target country, found through a list of rows per
 * pair of countries (a country is the first three letters of a code, which every code a CAMEO prefix of three
 * letters or more selects shares with it; shorter prefixes use the list of one side, or every row). The rows
 * come in day order, so the periods are summed one after the other. A series costs a fraction of a millisecond
 * where a scan of the table with two substring tests cost milliseconds.
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
    /** The first day of each row's month, worked out once: a date per row and series was most of a series. */
    private final int[] months;
    private final byte[] quads;
    private final byte[] types;
    private final double[] goldstein;
    /** The framed codes of each row (see {@link DyadRows}), equal strings shared. */
    private final String[] sources;
    private final String[] targets;
    private final Map<String, int[]> bySourceCountry;
    private final Map<String, int[]> byTargetCountry;
    /** Rows per pair of source and target country, keyed {@code source + ">" + target}. */
    private final Map<String, int[]> byCountryPair;

    private DyadMemory(int[] days, byte[] quads, byte[] types, double[] goldstein, String[] sources,
                       String[] targets) {
        this.days = days;
        this.months = new int[days.length];
        for (int row = 0; row < days.length; row++) {
            months[row] = row > 0 && days[row] == days[row - 1] ? months[row - 1]
                    : Math.toIntExact(LocalDate.ofEpochDay(days[row]).withDayOfMonth(1).toEpochDay());
        }
        this.quads = quads;
        this.types = types;
        this.goldstein = goldstein;
        this.sources = sources;
        this.targets = targets;
        List<List<String>> sourceCountries = countries(sources);
        List<List<String>> targetCountries = countries(targets);
        Map<String, List<Integer>> bySource = new HashMap<>();
        Map<String, List<Integer>> byTarget = new HashMap<>();
        Map<String, List<Integer>> byPair = new HashMap<>();
        for (int row = 0; row < days.length; row++) {
            for (String s : sourceCountries.get(row)) {
                bySource.computeIfAbsent(s, k -> new ArrayList<>()).add(row);
                for (String t : targetCountries.get(row)) {
                    byPair.computeIfAbsent(pair(s, t), k -> new ArrayList<>()).add(row);
                }
            }
            for (String t : targetCountries.get(row)) {
                byTarget.computeIfAbsent(t, k -> new ArrayList<>()).add(row);
            }
        }
        this.bySourceCountry = arrays(bySource);
        this.byTargetCountry = arrays(byTarget);
        this.byCountryPair = arrays(byPair);
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
                "SELECT date, quad_class, type, goldstein, sources, targets FROM event_dyads ORDER BY date")) {
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
        int[] candidates;
        if (filter.dyadSource().length() >= COUNTRY && filter.dyadTarget().length() >= COUNTRY) {
            candidates = byCountryPair.getOrDefault(pair(filter.dyadSource().substring(0, COUNTRY),
                    filter.dyadTarget().substring(0, COUNTRY)), NO_ROWS);
        } else {
            int[] bySource = candidates(bySourceCountry, filter.dyadSource());
            candidates = bySource != null ? bySource : candidates(byTargetCountry, filter.dyadTarget());
        }
        long from = filter.from() == null ? Long.MIN_VALUE : filter.from().toEpochDay();
        long to = filter.to() == null ? Long.MAX_VALUE : filter.to().toEpochDay();
        int type = filter.type() == null ? -1 : filter.type().ordinal();
        int quad = filter.quadClass() == null ? 0 : filter.quadClass();
        // The rows are in day order, and so are the candidates: each period's rows follow each other.
        List<StoreViews.SeriesPoint> points = new ArrayList<>();
        Period period = null;
        int count = candidates == null ? days.length : candidates.length;
        for (int i = 0; i < count; i++) {
            int row = candidates == null ? i : candidates[i];
            int day = days[row];
            if (day < from || day > to || (type >= 0 && types[row] != type) || (quad > 0 && quads[row] != quad)
                    || !sources[row].contains(source) || !targets[row].contains(target)) {
                continue;
            }
            int start = switch (interval) {
                case DAY -> day;
                // day 0, 1 January 1970, was a Thursday: Monday is three days before it, as date_trunc has it
                case WEEK -> day - Math.floorMod(day + 3, 7);
                case MONTH -> months[row];
            };
            if (period == null || period.start != start) {
                if (period != null) {
                    points.add(period.point());
                }
                period = new Period(start);
            }
            period.counts[quads[row] - 1]++;
            period.goldstein[quads[row] - 1] += goldstein[row];
        }
        if (period != null) {
            points.add(period.point());
        }
        return points;
    }

    /** The rows a prefix's country lists, or null when the prefix is too short to name a country (every row). */
    private static int[] candidates(Map<String, int[]> byCountry, String prefix) {
        return prefix.length() < COUNTRY ? null : byCountry.getOrDefault(prefix.substring(0, COUNTRY), NO_ROWS);
    }

    /** The key of a pair of countries. */
    private static String pair(String sourceCountry, String targetCountry) {
        return sourceCountry + ">" + targetCountry;
    }

    /** Per row, the distinct countries (a code's first letters) of its framed codes. */
    private static List<List<String>> countries(String[] framed) {
        Map<String, List<String>> known = new HashMap<>();
        List<List<String>> countries = new ArrayList<>(framed.length);
        for (String codes : framed) {
            countries.add(known.computeIfAbsent(codes, DyadMemory::countries));
        }
        return countries;
    }

    private static List<String> countries(String codes) {
        List<String> countries = new ArrayList<>();
        for (int at = 1; at < codes.length(); ) {
            int end = codes.indexOf(DyadRows.SEPARATOR, at);
            String country = codes.substring(at, Math.min(end, at + COUNTRY));
            if (!countries.contains(country)) {
                countries.add(country);
            }
            at = end + 1;
        }
        return List.copyOf(countries);
    }

    private static Map<String, int[]> arrays(Map<String, List<Integer>> lists) {
        Map<String, int[]> arrays = new HashMap<>(lists.size() * 2);
        lists.forEach((key, rows) -> arrays.put(key, rows.stream().mapToInt(Integer::intValue).toArray()));
        return arrays;
    }

    /** The counts and Goldstein sums of one period, per quad class. */
    private static final class Period {
        private final int start;
        private final long[] counts = new long[4];
        private final double[] goldstein = new double[4];

        /** @param start the period's first day */
        Period(int start) {
            this.start = start;
        }

        StoreViews.SeriesPoint point() {
            // summed over the quad classes present, in their order, as SeriesQuery merges its rows
            Double sum = null;
            for (int q = 0; q < 4; q++) {
                if (counts[q] > 0) {
                    sum = sum == null ? goldstein[q] : sum + goldstein[q];
                }
            }
            return new StoreViews.SeriesPoint(LocalDate.ofEpochDay(start).toString(), counts[0], counts[1], counts[2], counts[3],
                    Math.round(sum * 100) / 100.0);
        }
    }
}
