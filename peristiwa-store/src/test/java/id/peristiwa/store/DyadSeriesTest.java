package id.peristiwa.store;

import static org.assertj.core.api.Assertions.assertThat;

import id.peristiwa.event.PloverType;
import id.peristiwa.pipeline.AnalyzedArticle;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The dyad table answers every dyad series exactly as the join of events to their actors does. */
class DyadSeriesTest {

    @TempDir
    Path dir;

    private static final String DYADS = "SELECT event_id, article_id, sources, targets, date::VARCHAR, type, "
            + "quad_class, goldstein FROM event_dyads ORDER BY event_id";

    /** Two American sources against North Korea in one event: a USA dyad must count it once. */
    private static final AnalyzedArticle JOINT = Articles.article("joint")
            .title("Militer dan Pemerintah AS Kecam Uji Rudal Korea Utara")
            .published(LocalDate.of(2024, 4, 3))
            .text("WASHINGTON - Militer Amerika Serikat dan Lloyd Austin mengecam uji coba rudal Korea Utara pada "
                    + "Selasa (2/4/2024). Pyongyang kembali menembakkan rudal balistik ke Laut Jepang pekan lalu, kata "
                    + "juru bicara Pentagon.")
            .event(PloverType.ACCUSE, "111", -2.0, "mengecam", List.of(Articles.USAMIL, Articles.USAGOV),
                    List.of(Articles.PRK), LocalDate.of(2024, 4, 2))
            .event(PloverType.ASSAULT, "190", -10.0, "menembakkan", List.of(Articles.PRK), List.of(),
                    LocalDate.of(2024, 3, 27))
            .build();

    /** South Korea and the United States meeting North Korea's envoy, a week later. */
    private static final AnalyzedArticle TALKS = Articles.article("talks")
            .title("Korsel dan AS Bahas Bantuan Pangan dengan Utusan Korea Utara")
            .outlet("kabar.id")
            .published(LocalDate.of(2024, 4, 10))
            .text("Pemerintah Korea Selatan dan Lloyd Austin membahas bantuan pangan dengan utusan Korea Utara di "
                    + "Panmunjom pada Rabu (10/4/2024), kata seorang pejabat.")
            .event(PloverType.CONSULT, "040", 1.0, "membahas", List.of(Articles.KORGOV, Articles.USAGOV),
                    List.of(Articles.PRK), LocalDate.of(2024, 4, 10))
            .build();

    private static final List<String[]> DYAD_CODES = List.of(new String[] {"USA", "PRK"},
            new String[] {"USAMIL", "PRK"}, new String[] {"USAGOV", "PRK"}, new String[] {"US", "P"},
            new String[] {"KOR", "PRK"}, new String[] {"PRK", "USA"}, new String[] {"PRK", "PRK"},
            new String[] {"USAMILX", "PRK"});

    private static void putAll(Store store) {
        store.put(Articles.strike("strike", "Seoul meminta semua pihak menahan diri."));
        store.put(JOINT);
        store.put(TALKS);
    }

    /** Every dyad, under every interval and a few further filters: the filters a series is asked with. */
    private static List<EventFilter> filters() {
        List<EventFilter> filters = new ArrayList<>();
        for (String[] dyad : DYAD_CODES) {
            EventFilter f = EventFilter.all().withDyad(dyad[0], dyad[1]);
            filters.addAll(List.of(f, f.withQuadClass(3), f.withQuadClass(4), f.withType(PloverType.CONSULT),
                    f.withDates(LocalDate.of(2024, 4, 1), null), f.withDates(null, LocalDate.of(2024, 3, 31))));
        }
        return filters;
    }

    @Test
    void theDyadTableGivesTheSeriesOfTheActorJoin() {
        try (Store store = Store.open(dir)) {
            putAll(store);
            store.commit();
            StoreViews joined = new StoreViews(store::read, false);
            for (EventFilter f : filters()) {
                for (StoreViews.Interval interval : StoreViews.Interval.values()) {
                    assertThat(store.views().series(f, interval)).as(f + " by " + interval)
                            .isEqualTo(joined.series(f, interval));
                }
            }
            // USA against PRK: the strike (11 March, material conflict), the joint condemnation (counted once,
            // though both its sources are American) and the talks (cooperation), by month
            assertThat(store.views().series(EventFilter.all().withDyad("USA", "PRK"), StoreViews.Interval.MONTH))
                    .containsExactly(new StoreViews.SeriesPoint("2024-03-01", 0, 0, 0, 1, -10.0),
                            new StoreViews.SeriesPoint("2024-04-01", 1, 0, 1, 0, -1.0));
        }
    }

    @Test
    void theWriterKeepsOneRowPerDatedEventWithBothSides() {
        try (Store store = Store.open(dir)) {
            putAll(store);
            store.commit();
            List<List<Object>> rows = store.query(DYADS).rows();
            // the North Korean launch has no target, so no dyad
            assertThat(rows).hasSize(3);
            assertThat(rows).extracting(r -> r.get(2) + " " + r.get(3)).containsExactlyInAnyOrder(
                    "|USAMIL| |PRK|", "|USAGOV|USAMIL| |PRK|", "|KORGOV|USAGOV| |PRK|");
            // a changed article replaces its rows
            store.put(Articles.strike("strike", "Seoul belum memberi tanggapan."));
            store.commit();
            assertThat(store.query(DYADS).rows()).hasSize(3);
        }
    }

    @Test
    void aVersionTwoStoreIsReadAsItIsAndMigratedToTheSameRows() throws Exception {
        List<List<Object>> written;
        try (Store store = Store.open(dir)) {
            putAll(store);
            store.commit();
            written = store.query(DYADS).rows();
        }
        List<List<StoreViews.SeriesPoint>> expected = new ArrayList<>();
        try (Store store = Store.openReadOnly(dir)) {
            for (EventFilter f : filters()) {
                expected.add(store.views().series(f, StoreViews.Interval.WEEK));
            }
        }
        // make it a version 2 store again, as the previous Peristiwa wrote it
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:" + dir.resolve(Store.DATABASE));
             Statement st = c.createStatement()) {
            st.execute("DROP TABLE event_dyads");
            st.execute("DROP INDEX articles_id");
            st.execute("UPDATE schema_info SET version = 2"); // it was created at version 3
        }
        try (Store store = Store.openReadOnly(dir)) {
            assertThat(store.query("SELECT max(version) FROM schema_info").rows()).containsExactly(List.of(2));
            assertThat(store.search("rudal", SearchFilter.NONE, 0, 10).hits()).extracting(SearchHit::articleId)
                    .containsExactly("joint");
            List<List<StoreViews.SeriesPoint>> read = new ArrayList<>();
            for (EventFilter f : filters()) {
                read.add(store.views().series(f, StoreViews.Interval.WEEK));
            }
            assertThat(read).isEqualTo(expected);
        }
        try (Store store = Store.open(dir)) {
            assertThat(store.query("SELECT max(version) FROM schema_info").rows()).containsExactly(List.of(3));
            assertThat(store.query(DYADS).rows()).isEqualTo(written);
            assertThat(store.query("SELECT index_name FROM duckdb_indexes() WHERE table_name = 'articles'").rows())
                    .containsExactly(List.of("articles_id"));
        }
    }
}
