package id.peristiwa.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.peristiwa.entity.MentionKind;
import id.peristiwa.event.PloverType;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StoreCopiesTest {

    @TempDir
    Path dir;

    private Path source() {
        Path source = dir.resolve("source");
        try (Store store = Store.open(source)) {
            store.put(Articles.strike("a1", "Pentagon belum memberi keterangan."));
            store.put(Articles.article("a2")
                    .title("Menlu Korsel Bahas Bantuan Pangan")
                    .outlet("kabar.id")
                    .published(LocalDate.of(2024, 5, 2))
                    .text("Pemerintah Korea Selatan membahas bantuan pangan dengan utusan Korea Utara di Panmunjom, kata seorang pejabat.")
                    .mention("Pemerintah Korea Selatan", MentionKind.ORGANIZATION, Articles.KORGOV)
                    .event(PloverType.CONSULT, "040", 1.0, "membahas", List.of(Articles.KORGOV),
                            List.of(Articles.PRK), LocalDate.of(2024, 5, 1))
                    .build());
            store.commit();
        }
        return source;
    }

    @Test
    void threeCopiesHoldThreeTimesEveryRowWithFreshIdsAndEarlierDates() {
        Path source = source();
        StoreCopies.Result made = StoreCopies.replicate(source, dir.resolve("big"), 3, 7);
        assertThat(made).isEqualTo(new StoreCopies.Result(6, 6));
        try (Store big = Store.openReadOnly(dir.resolve("big"))) {
            assertThat(big.query("SELECT id, published_date, published FROM articles WHERE id LIKE 'a2%' ORDER BY id")
                    .rows()).containsExactly(
                            List.of("a2", LocalDate.of(2024, 5, 2), "2024-05-02"),
                            List.of("a2~1", LocalDate.of(2024, 4, 25), "2024-04-25"),
                            List.of("a2~2", LocalDate.of(2024, 4, 18), "2024-04-18"));
            assertThat(big.query("SELECT article_id, date FROM events WHERE type = 'CONSULT' ORDER BY article_id")
                    .rows()).containsExactly(
                            List.of("a2", LocalDate.of(2024, 5, 1)),
                            List.of("a2~1", LocalDate.of(2024, 4, 24)),
                            List.of("a2~2", LocalDate.of(2024, 4, 17)));
            for (String table : List.of("mentions", "quotes", "event_actors", "sentences")) {
                long once = count(source, table);
                assertThat(big.query("SELECT count(*) FROM " + table).rows())
                        .as(table).containsExactly(List.of(3 * once));
            }
            assertThat(big.query("SELECT count(DISTINCT event_id) FROM events").rows()).containsExactly(List.of(6L));
            SearchResult found = big.search("bantuan pangan", SearchFilter.NONE, 0, 10);
            assertThat(found.total()).isEqualTo(3);
            assertThat(found.hits()).extracting(SearchHit::articleId).containsExactlyInAnyOrder("a2", "a2~1", "a2~2");
            assertThat(big.search(null, new SearchFilter(null, null, LocalDate.of(2024, 4, 25),
                    LocalDate.of(2024, 4, 25), null, null), 0, 10).hits())
                    .extracting(SearchHit::articleId).containsExactly("a2~1");
        }
    }

    @Test
    void reopeningTheCopyForWritingFindsNothingToRepair() {
        StoreCopies.replicate(source(), dir.resolve("big"), 2, 7);
        try (Store big = Store.open(dir.resolve("big"))) {
            assertThat(big.recovery().eventful()).isFalse();
            assertThat(big.articleCount()).isEqualTo(4);
        }
    }

    @Test
    void refusesAnExistingTargetAndBadCounts() {
        Path source = source();
        assertThatThrownBy(() -> StoreCopies.replicate(source, source, 2, 7))
                .isInstanceOf(StoreException.class).hasMessageContaining("exists");
        assertThatThrownBy(() -> StoreCopies.replicate(source, dir.resolve("x"), 0, 7))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> StoreCopies.replicate(dir.resolve("none"), dir.resolve("x"), 2, 7))
                .isInstanceOf(StoreException.class).hasMessageContaining("no Peristiwa store");
    }

    private static long count(Path store, String table) {
        try (Store s = Store.openReadOnly(store)) {
            return (Long) s.query("SELECT count(*) FROM " + table).rows().getFirst().getFirst();
        }
    }
}
