package id.peristiwa.store;

import static org.assertj.core.api.Assertions.assertThat;

import id.peristiwa.entity.Actor;
import id.peristiwa.event.PloverType;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The dyad table held in memory by a read-only store answers every dyad series exactly as DuckDB does, from the
 * dyad table and from the join of events to their actors, over many dyads, filters and intervals.
 */
class DyadMemoryTest {

    @TempDir
    Path dir;

    private static final Actor IDNGOV = new Actor("IDNGOV", "IDN", "GOV", "pemerintah Indonesia", "Menteri Luar Negeri");
    private static final Actor IDNMIL = new Actor("IDNMIL", "IDN", "MIL", "TNI", "Panglima TNI");
    private static final Actor CHN = new Actor("CHN", "CHN", null, "Tiongkok", null);
    private static final List<Actor> ACTORS = List.of(Articles.USAMIL, Articles.USAGOV, Articles.PRK,
            Articles.KORGOV, IDNGOV, IDNMIL, CHN);
    private static final List<PloverType> TYPES = List.of(PloverType.CONSULT, PloverType.AID, PloverType.ACCUSE,
            PloverType.ASSAULT, PloverType.PROTEST, PloverType.AGREE);
    private static final double[] SCORES = {-10.0, -7.2, -4.4, -2.0, 0.0, 1.0, 3.4, 5.2, 7.4};
    private static final List<String> PREFIXES = List.of("USA", "USAMIL", "US", "PRK", "KORGOV", "IDN",
            "IDNX", "CHN", "I");
    private static final String TEXT = "JAKARTA - Pemerintah menggelar pertemuan dan mengecam serangan di perbatasan "
            + "pada Kamis. Militer kemudian menyerang pos itu, sementara para diplomat membahas bantuan kemanusiaan "
            + "dan berunjuk rasa di depan kedutaan, kata seorang pejabat.";
    private static final List<String> TRIGGERS = List.of("menggelar pertemuan", "mengecam", "menyerang",
            "membahas", "bantuan", "berunjuk rasa");

    @Test
    void theTableInMemoryGivesTheSeriesDuckDbGives() {
        Random random = new Random(20240411);
        try (Store store = Store.open(dir)) {
            for (int a = 0; a < 60; a++) {
                Articles article = Articles.article("dyad-" + a).title("Ketegangan di Perbatasan, Laporan " + a)
                        .published(LocalDate.of(2023, 12, 1).plusDays(random.nextInt(200))).text(TEXT);
                int events = 1 + random.nextInt(3);
                for (int e = 0; e < events; e++) {
                    article.event(TYPES.get(random.nextInt(TYPES.size())), "040",
                            SCORES[random.nextInt(SCORES.length)], TRIGGERS.get(random.nextInt(TRIGGERS.size())),
                            actors(random), actors(random), LocalDate.of(2023, 12, 1).plusDays(random.nextInt(200)));
                }
                store.put(article.build());
            }
            store.commit();
        }
        int compared = 0;
        int nonEmpty = 0;
        try (Store store = Store.openReadOnly(dir)) {
            StoreViews table = new StoreViews(store::read, true);
            StoreViews joined = new StoreViews(store::read, false);
            for (String source : PREFIXES) {
                for (String target : PREFIXES) {
                    for (EventFilter f : filters(EventFilter.all().withDyad(source, target))) {
                        for (StoreViews.Interval interval : StoreViews.Interval.values()) {
                            List<StoreViews.SeriesPoint> fromDuckDb = table.series(f, interval);
                            assertThat(store.views().series(f, interval)).as(f + " by " + interval)
                                    .isEqualTo(fromDuckDb);
                            if (interval == StoreViews.Interval.MONTH) { // the join is slow; once is enough
                                assertThat(fromDuckDb).as(f + " joined").isEqualTo(joined.series(f, interval));
                            }
                            compared++;
                            nonEmpty += fromDuckDb.isEmpty() ? 0 : 1;
                        }
                    }
                }
            }
        }
        assertThat(compared).isEqualTo(PREFIXES.size() * PREFIXES.size() * 7 * 3);
        // most answers have points, so the comparison is not of empty lists
        assertThat(nonEmpty).isGreaterThan(compared / 3);
    }

    @Test
    void aWritableStoreReadsDuckDbAndTheReadOnlyOneHoldsEveryRow() {
        try (Store store = Store.open(dir)) {
            store.put(Articles.strike("strike", "Seoul meminta semua pihak menahan diri."));
            store.commit();
            assertThat(store.views().series(EventFilter.all().withDyad("USA", "PRK"), StoreViews.Interval.DAY))
                    .containsExactly(new StoreViews.SeriesPoint("2024-03-11", 0, 0, 0, 1, -10.0));
        }
        try (Store store = Store.openReadOnly(dir)) {
            assertThat(store.read(DyadMemory::load).size()).isEqualTo(1);
            assertThat(store.views().series(EventFilter.all().withDyad("USA", "PRK"), StoreViews.Interval.WEEK))
                    .containsExactly(new StoreViews.SeriesPoint("2024-03-11", 0, 0, 0, 1, -10.0));
            assertThat(store.views().series(EventFilter.all().withDyad("PRK", "USA"), StoreViews.Interval.WEEK))
                    .isEmpty();
        }
    }

    /** The filters the API asks a dyad series with, and some more. */
    private static List<EventFilter> filters(EventFilter dyad) {
        return List.of(dyad, dyad.withQuadClass(3), dyad.withQuadClass(4), dyad.withType(PloverType.CONSULT),
                dyad.withDates(LocalDate.of(2024, 2, 1), null), dyad.withDates(null, LocalDate.of(2024, 1, 15)),
                dyad.withDates(LocalDate.of(2024, 1, 1), LocalDate.of(2024, 3, 31)).withQuadClass(1));
    }

    /** None to three distinct actors of the pool. */
    private static List<Actor> actors(Random random) {
        List<Actor> pool = new ArrayList<>(ACTORS);
        List<Actor> chosen = new ArrayList<>();
        int n = random.nextInt(4);
        for (int i = 0; i < n; i++) {
            chosen.add(pool.remove(random.nextInt(pool.size())));
        }
        return chosen;
    }
}
