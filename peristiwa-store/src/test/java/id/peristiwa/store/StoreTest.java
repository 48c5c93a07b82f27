package id.peristiwa.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.peristiwa.entity.MentionKind;
import id.peristiwa.event.PloverType;
import id.peristiwa.export.AnalysisJson;
import id.peristiwa.export.EventIds;
import id.peristiwa.pipeline.AnalyzedArticle;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StoreTest {

    @TempDir
    Path dir;

    private static final AnalyzedArticle STRIKE = Articles.strike("a1", "Pentagon belum memberi keterangan.");

    private static final AnalyzedArticle TALKS = Articles.article("a2")
            .title("Menlu Korsel Bahas Bantuan Pangan")
            .outlet("kabar.id")
            .section("Dunia")
            .published(LocalDate.of(2024, 5, 2))
            .text("Pemerintah Korea Selatan membahas bantuan pangan dengan utusan Korea Utara di Panmunjom. "
                    + "Pos perbatasan itu pernah diserang dua tahun lalu, kata seorang pejabat.")
            .mention("Pemerintah Korea Selatan", MentionKind.ORGANIZATION, Articles.KORGOV)
            .event(PloverType.CONSULT, "040", 1.0, "membahas", List.of(Articles.KORGOV), List.of(Articles.PRK),
                    LocalDate.of(2024, 5, 1))
            .build();

    private static final AnalyzedArticle MARKET = Articles.article("a3")
            .title("Harga Cabai Naik Menjelang Ramadan")
            .outlet("kabar.id")
            .section("Ekonomi")
            .published(LocalDate.of(2024, 3, 1))
            .text("Harga cabai rawit di Pasar Induk Kramat Jati naik menjadi Rp 80.000 per kilogram, "
                    + "kata pedagang.")
            .build();

    @Test
    void storesAndReadsBackAfterReopening() {
        try (Store store = Store.open(dir)) {
            assertThat(store.put(STRIKE)).isEqualTo(PutResult.STORED);
            assertThat(store.put(TALKS)).isEqualTo(PutResult.STORED);
        }
        try (Store store = Store.openReadOnly(dir)) {
            assertThat(store.articleCount()).isEqualTo(2);
            assertThat(store.eventCount()).isEqualTo(2);
            StoredArticle a1 = store.article("a1").orElseThrow();
            assertThat(a1.analysisJson()).isEqualTo(AnalysisJson.toJson(STRIKE, false));
            assertThat(a1.title()).isEqualTo("Pasukan AS Lakukan Penyerangan ke Pos Perbatasan Korea Utara");
            assertThat(a1.published()).isEqualTo("2024-03-12");
            assertThat(a1.eventCount()).isEqualTo(1);
            assertThat(store.article("tidak-ada")).isEmpty();

            List<StoredEvent> events = store.events(EventFilter.all().withActor("USAMIL"));
            assertThat(events).hasSize(1);
            StoredEvent e = events.getFirst();
            assertThat(e.id()).isEqualTo(EventIds.of(STRIKE.article(), STRIKE.events()).getFirst());
            assertThat(e.articleId()).isEqualTo("a1");
            assertThat(e.event()).isEqualTo(STRIKE.events().getFirst());
            assertThat(e.evidence()).isEqualTo("SEOUL - Militer Amerika Serikat melancarkan penyerangan terhadap "
                    + "pos perbatasan Korea Utara pada Senin (11/3/2024).");
            QueryResult rows = store.query("SELECT kind, actor_code, refers_to FROM mentions "
                    + "WHERE article_id = 'a1' ORDER BY idx");
            assertThat(rows.rows()).containsExactly(List.of("ORGANIZATION", "USAMIL", List.of()),
                    List.of("COUNTRY", "PRK", List.of(0)));
            assertThat(store.query("SELECT statement, direct FROM quotes").rows())
                    .containsExactly(List.of("Kami hanya membalas tembakan,", true));
        }
    }

    @Test
    void storingTheSameArticleAgainChangesNothing() {
        try (Store store = Store.open(dir)) {
            store.put(STRIKE);
            store.put(TALKS);
            store.commit();
            List<Object> before = rowCounts(store);
            assertThat(store.put(STRIKE)).isEqualTo(PutResult.UNCHANGED);
            assertThat(store.put(TALKS)).isEqualTo(PutResult.UNCHANGED);
            store.commit();
            assertThat(rowCounts(store)).isEqualTo(before).isEqualTo(List.of(2L, 2L, 6L, 3L, 1L, 5L));
            assertThat(store.search("perbatasan", SearchFilter.NONE, 0, 10).total()).isEqualTo(2);
        }
    }

    @Test
    void changedTextReplacesEveryRowOfTheArticle() {
        AnalyzedArticle revised = Articles.strike("a1", "Pentagon kemudian mengonfirmasi serangan balasan.");
        try (Store store = Store.open(dir)) {
            store.put(STRIKE);
            store.commit();
            assertThat(store.put(revised)).isEqualTo(PutResult.UPDATED);
            store.commit();
            assertThat(rowCounts(store)).isEqualTo(List.of(1L, 1L, 3L, 2L, 1L, 3L));
            assertThat(store.article("a1").orElseThrow().text()).endsWith("mengonfirmasi serangan balasan.");
            assertThat(store.search("mengonfirmasi", SearchFilter.NONE, 0, 10).total()).isEqualTo(1);
            assertThat(store.search("keterangan", SearchFilter.NONE, 0, 10).total()).isZero();
        }
    }

    @Test
    void theSameArticleTwiceInOneBatchIsStoredOnce() {
        AnalyzedArticle revised = Articles.strike("a1", "Pentagon kemudian mengonfirmasi serangan balasan.");
        try (Store store = Store.open(dir)) {
            assertThat(store.put(STRIKE)).isEqualTo(PutResult.STORED);
            assertThat(store.put(STRIKE)).isEqualTo(PutResult.UNCHANGED);
            assertThat(store.put(revised)).isEqualTo(PutResult.UPDATED);
            store.commit();
            assertThat(rowCounts(store)).isEqualTo(List.of(1L, 1L, 3L, 2L, 1L, 3L));
            assertThat(store.article("a1").orElseThrow().text()).endsWith("mengonfirmasi serangan balasan.");
        }
    }

    @Test
    void searchFindsWordsByTheirStem() {
        try (Store store = Store.open(dir)) {
            store.put(STRIKE);
            store.put(TALKS);
            store.put(MARKET);
            store.commit();
            SearchResult found = store.search("serang", SearchFilter.NONE, 0, 10);
            assertThat(found.total()).isEqualTo(2);
            assertThat(found.hits()).extracting(SearchHit::articleId).containsExactly("a1", "a2");
            SearchHit strike = found.hits().getFirst();
            assertThat(strike.title()).isEqualTo("Pasukan AS Lakukan Penyerangan ke Pos Perbatasan Korea Utara");
            Snippet snippet = strike.snippet();
            assertThat(snippet.highlights()).hasSize(1);
            assertThat(snippet.highlights().getFirst().of(snippet.text())).isEqualTo("penyerangan");
            Snippet talks = found.hits().get(1).snippet();
            assertThat(talks.highlights()).extracting(s -> s.of(talks.text())).containsExactly("diserang");
            assertThat(store.search("penyerangan", SearchFilter.NONE, 0, 10).total()).isEqualTo(2);
            assertThat(store.search("cabai", SearchFilter.NONE, 0, 10).hits())
                    .extracting(SearchHit::articleId).containsExactly("a3");
        }
    }

    @Test
    void searchFiltersByOutletSectionDateActorAndEventType() {
        try (Store store = Store.open(dir)) {
            store.put(STRIKE);
            store.put(TALKS);
            store.put(MARKET);
            store.commit();
            assertThat(ids(store, "", new SearchFilter("kabar.id", null, null, null, null, null)))
                    .containsExactly("a2", "a3");
            assertThat(ids(store, "", new SearchFilter(null, "Ekonomi", null, null, null, null)))
                    .containsExactly("a3");
            assertThat(ids(store, "", new SearchFilter(null, null, LocalDate.of(2024, 3, 2),
                    LocalDate.of(2024, 3, 31), null, null))).containsExactly("a1");
            assertThat(ids(store, "korea", new SearchFilter(null, null, null, null, "PRK", null)))
                    .containsExactly("a1", "a2");
            assertThat(ids(store, "korea", new SearchFilter(null, null, null, null, "PRK", "CONSULT")))
                    .containsExactly("a2");
            assertThat(ids(store, "serang", new SearchFilter("kabar.id", null, null, null, null, null)))
                    .containsExactly("a2");
            SearchResult second = store.search("", SearchFilter.NONE, 1, 2);
            assertThat(second.total()).isEqualTo(3);
            assertThat(second.hits()).extracting(SearchHit::articleId).containsExactly("a3");
            assertThatThrownBy(() -> store.search("korea", SearchFilter.NONE, 0, 101))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("1 to 100");
        }
    }

    private static List<String> ids(Store store, String query, SearchFilter filter) {
        return store.search(query, filter, 0, 10).hits().stream().map(SearchHit::articleId).toList();
    }

    @Test
    void eventFiltersSelectByActorDyadTypeQuadAndDate() {
        try (Store store = Store.open(dir)) {
            store.put(STRIKE);
            store.put(TALKS);
            store.commit();
            assertThat(articleIds(store, EventFilter.all().withActor("USA"))).containsExactly("a1");
            assertThat(articleIds(store, EventFilter.all().withActor("PRK"))).containsExactly("a2", "a1");
            assertThat(articleIds(store, EventFilter.all().withDyad("KOR:PRK"))).containsExactly("a2");
            assertThat(articleIds(store, EventFilter.all().withDyad("PRK:KOR"))).isEmpty();
            assertThat(articleIds(store, EventFilter.all().withType(PloverType.ASSAULT))).containsExactly("a1");
            assertThat(articleIds(store, EventFilter.all().withQuadClass(1))).containsExactly("a2");
            assertThat(articleIds(store, EventFilter.all().withDates(LocalDate.of(2024, 4, 1), null)))
                    .containsExactly("a2");
            assertThat(articleIds(store, EventFilter.all().withPage(1, 1))).containsExactly("a1");
            assertThat(store.countEvents(EventFilter.all().withActor("PRK").withPage(5, 1))).isEqualTo(2);
            // the speaker is no party to the event
            assertThat(articleIds(store, EventFilter.all().withActor("USAGOV"))).isEmpty();
        }
        assertThatThrownBy(() -> EventFilter.all().withDyad("USA")).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("a dyad is written SOURCE:TARGET, e.g. USA:PRK, not USA");
    }

    private static List<String> articleIds(Store store, EventFilter filter) {
        return store.events(filter).stream().map(StoredEvent::articleId).toList();
    }

    @Test
    void sqlIsReadOnly() {
        try (Store store = Store.open(dir)) {
            store.put(STRIKE);
            store.commit();
            assertThat(store.query("  -- jumlah\nSELECT count(*) AS n FROM articles;").rows())
                    .containsExactly(List.of(1L));
            assertThat(store.query("WITH e AS (SELECT * FROM events) SELECT type FROM e").rows())
                    .containsExactly(List.of("ASSAULT"));
            assertThatThrownBy(() -> store.query("INSERT INTO articles (id) VALUES ('x')"))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("only SELECT, WITH, DESCRIBE and SHOW statements may be run, not INSERT");
            assertThatThrownBy(() -> store.query("DROP TABLE events"))
                    .hasMessage("only SELECT, WITH, DESCRIBE and SHOW statements may be run, not DROP");
            assertThatThrownBy(() -> store.query("SELECT 1; DROP TABLE events"))
                    .hasMessage("only one statement may be run at a time");
            // a write that passes the first check is refused by DuckDB's read-only transaction
            assertThatThrownBy(() -> store.query("WITH x AS (SELECT 1) DELETE FROM articles"))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("read-only");
            assertThat(store.query("SELECT ';' AS semicolon").rows()).containsExactly(List.of(";"));
            assertThat(store.articleCount()).isEqualTo(1);
            assertThat(store.eventCount()).isEqualTo(1);
        }
    }

    @Test
    void aNewerSchemaVersionIsRefusedWithAClearMessage() throws Exception {
        Store.open(dir).close();
        try (Connection db = DriverManager.getConnection("jdbc:duckdb:" + dir.resolve(Store.DATABASE));
             Statement st = db.createStatement()) {
            st.execute("UPDATE schema_info SET version = 7");
        }
        assertThatThrownBy(() -> Store.open(dir)).isInstanceOf(StoreException.class)
                .hasMessageContaining("has schema version 7, but this Peristiwa reads schema version 3 at most");
        assertThatThrownBy(() -> Store.openReadOnly(dir)).isInstanceOf(StoreException.class)
                .hasMessageContaining("has schema version 7");
    }

    @Test
    void aSecondWriterIsTurnedAway() {
        try (Store first = Store.open(dir)) {
            assertThatThrownBy(() -> Store.open(dir)).isInstanceOf(StoreException.class)
                    .hasMessageContaining("is open for writing by another process (pid "
                            + ProcessHandle.current().pid() + ")");
            assertThat(first.articleCount()).isZero();
        }
        Store.open(dir).close();
    }

    @Test
    void aReadOnlyStoreRefusesWrites() {
        Store.open(dir).close();
        try (Store store = Store.openReadOnly(dir)) {
            assertThatThrownBy(() -> store.put(STRIKE)).isInstanceOf(StoreException.class)
                    .hasMessageEndingWith("was opened read-only");
        }
        assertThatThrownBy(() -> Store.openReadOnly(dir.resolve("kosong"))).isInstanceOf(StoreException.class)
                .hasMessageStartingWith("no Peristiwa store in");
    }

    static List<Object> rowCounts(Store store) {
        return store.query("SELECT (SELECT count(*) FROM articles), (SELECT count(*) FROM events), "
                + "(SELECT count(*) FROM event_actors), (SELECT count(*) FROM mentions), "
                + "(SELECT count(*) FROM quotes), (SELECT count(*) FROM sentences)").rows().getFirst();
    }

}
