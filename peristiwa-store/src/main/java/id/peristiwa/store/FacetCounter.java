package id.peristiwa.store;

import java.io.IOException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.PointValues;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.index.SortedSetDocValues;
import org.apache.lucene.search.CollectorManager;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.SimpleCollector;

/**
 * Counts the facet values of every document a query matches, straight from the index's doc values: per segment,
 * ordinals are counted in arrays and only the counted ordinals are looked up as strings at the end of it, so a
 * search over the whole store costs one pass over the matching documents. Publication days are counted the same
 * way, in an array over the segment's span of days, and turned into months once per segment: a map update per
 * document was a third of the counting.
 */
final class FacetCounter extends SimpleCollector {

    /** The widest span of publication days counted in an array (about 270 years); wider spans use a map. */
    private static final int MAX_DAY_SPAN = 100_000;
    private static final String[] FIELDS = {TextIndex.OUTLET, TextIndex.SECTION, TextIndex.ACTOR, TextIndex.TYPE};

    private final List<Map<String, Long>> counts = new ArrayList<>();
    private final Map<YearMonth, Long> months = new HashMap<>();
    private final SortedSetDocValues[] values = new SortedSetDocValues[FIELDS.length];
    /**
     * The same values where the segment holds at most one per document (outlet and section always do): read
     * through them, a document costs one lookup instead of a count and an iteration.
     */
    private final SortedDocValues[] single = new SortedDocValues[FIELDS.length];
    private final long[][] ordinals = new long[FIELDS.length][];
    private NumericDocValues published;
    /** Documents per publication day of the segment, from {@link #firstDay}; null when its span is too wide. */
    private long[] days;
    private long firstDay;
    private long total;

    private FacetCounter() {
        for (int f = 0; f < FIELDS.length; f++) {
            counts.add(new HashMap<>());
        }
    }

    static Facets count(IndexSearcher searcher, Query query, int top) throws IOException {
        return searcher.search(query, manager()).facets(top);
    }

    /** Counters for the segments of a search, reduced to one holding the counts of them all. */
    static CollectorManager<FacetCounter, FacetCounter> manager() {
        return new CollectorManager<>() {
            @Override
            public FacetCounter newCollector() {
                return new FacetCounter();
            }

            @Override
            public FacetCounter reduce(Collection<FacetCounter> counters) throws IOException {
                FacetCounter sum = new FacetCounter();
                for (FacetCounter c : counters) {
                    c.finishSegment();
                    sum.add(c);
                }
                return sum;
            }
        };
    }

    /** The counts of a reduced counter, the {@code top} values per facet. */
    Facets facets(int top) {
        List<Facets.Count> byMonth = months.entrySet().stream()
                .sorted(Map.Entry.<YearMonth, Long>comparingByKey().reversed())
                .limit(top)
                .map(e -> new Facets.Count(e.getKey().toString(), e.getValue()))
                .toList();
        return new Facets(total, top(0, top), top(1, top), top(2, top), top(3, top), byMonth);
    }

    private void add(FacetCounter other) {
        total += other.total;
        for (int f = 0; f < FIELDS.length; f++) {
            Map<String, Long> mine = counts.get(f);
            other.counts.get(f).forEach((value, n) -> mine.merge(value, n, Long::sum));
        }
        other.months.forEach((month, n) -> months.merge(month, n, Long::sum));
    }

    private List<Facets.Count> top(int field, int top) {
        return counts.get(field).entrySet().stream()
                .sorted(Comparator.<Map.Entry<String, Long>>comparingLong(Map.Entry::getValue).reversed()
                        .thenComparing(Map.Entry::getKey))
                .limit(top)
                .map(e -> new Facets.Count(e.getKey(), e.getValue()))
                .toList();
    }

    @Override
    protected void doSetNextReader(LeafReaderContext context) throws IOException {
        finishSegment();
        for (int f = 0; f < FIELDS.length; f++) {
            values[f] = DocValues.getSortedSet(context.reader(), FIELDS[f]);
            single[f] = DocValues.unwrapSingleton(values[f]);
            ordinals[f] = new long[Math.toIntExact(values[f].getValueCount())];
        }
        published = DocValues.getNumeric(context.reader(), TextIndex.PUBLISHED);
        days = null;
        PointValues points = context.reader().getPointValues(TextIndex.PUBLISHED);
        if (points != null) {
            firstDay = LongPoint.decodeDimension(points.getMinPackedValue(), 0);
            long span = LongPoint.decodeDimension(points.getMaxPackedValue(), 0) - firstDay + 1;
            if (span > 0 && span <= MAX_DAY_SPAN) {
                days = new long[(int) span];
            }
        }
    }

    @Override
    public void collect(int doc) throws IOException {
        total++;
        for (int f = 0; f < FIELDS.length; f++) {
            SortedDocValues one = single[f];
            if (one != null) {
                if (one.advanceExact(doc)) {
                    ordinals[f][one.ordValue()]++;
                }
                continue;
            }
            SortedSetDocValues v = values[f];
            if (v.advanceExact(doc)) {
                for (int i = 0; i < v.docValueCount(); i++) {
                    ordinals[f][(int) v.nextOrd()]++;
                }
            }
        }
        if (published.advanceExact(doc)) {
            long day = published.longValue();
            if (days != null) {
                days[(int) (day - firstDay)]++;
            } else {
                months.merge(YearMonth.from(LocalDate.ofEpochDay(day)), 1L, Long::sum);
            }
        }
    }

    /** Turns the counted ordinals of the segment just read into counted values. */
    private void finishSegment() throws IOException {
        if (days != null) {
            // month by month rather than a date per day: most of a segment's span is empty or within a month
            LocalDate monthStart = LocalDate.ofEpochDay(firstDay).withDayOfMonth(1);
            for (int d = 0; d < days.length; ) {
                LocalDate next = monthStart.plusMonths(1);
                int end = (int) Math.min(days.length, next.toEpochDay() - firstDay);
                long inMonth = 0;
                for (; d < end; d++) {
                    inMonth += days[d];
                }
                if (inMonth > 0) {
                    months.merge(YearMonth.from(monthStart), inMonth, Long::sum);
                }
                monthStart = next;
            }
            days = null;
        }
        for (int f = 0; f < FIELDS.length; f++) {
            if (values[f] == null) {
                continue;
            }
            long[] counted = ordinals[f];
            for (int ord = 0; ord < counted.length; ord++) {
                if (counted[ord] > 0) {
                    counts.get(f).merge(values[f].lookupOrd(ord).utf8ToString(), counted[ord], Long::sum);
                }
            }
            values[f] = null;
        }
    }

    @Override
    public ScoreMode scoreMode() {
        return ScoreMode.COMPLETE_NO_SCORES;
    }
}
