package id.peristiwa.store;

import static org.assertj.core.api.Assertions.assertThat;

import id.peristiwa.entity.MentionKind;
import id.peristiwa.pipeline.AnalyzedArticle;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Facet counts: per value and per publication month, over a query's hits or the whole store. */
class FacetCounterTest {

    @TempDir
    Path dir;

    private static AnalyzedArticle flood(String id, String outlet, String section, LocalDate published) {
        return Articles.article(id)
                .title("Banjir Rendam Ratusan Rumah di " + id)
                .outlet(outlet)
                .section(section)
                .published(published)
                .text("Banjir merendam ratusan rumah warga setelah hujan deras mengguyur sejak Minggu malam. "
                        + "Pemerintah Korea Selatan mengirim bantuan, kata petugas.")
                .mention("Pemerintah Korea Selatan", MentionKind.ORGANIZATION, Articles.KORGOV)
                .build();
    }

    private static final List<AnalyzedArticle> FLOODS = List.of(
            flood("bekasi", "kabar.id", "Metro", LocalDate.of(2024, 1, 5)),
            flood("bogor", "kabar.id", "Metro", LocalDate.of(2024, 1, 31)),
            flood("depok", "warta.co.id", "Metro", LocalDate.of(2024, 2, 1)),
            flood("tangerang", "warta.co.id", "Nasional", LocalDate.of(2023, 12, 30)),
            flood("karawang", "suara.id", "Nasional", LocalDate.of(2024, 2, 29)));

    private static List<Facets.Count> counts(Object... valuesAndCounts) {
        List<Facets.Count> counts = new java.util.ArrayList<>();
        for (int i = 0; i < valuesAndCounts.length; i += 2) {
            counts.add(new Facets.Count((String) valuesAndCounts[i], ((Integer) valuesAndCounts[i + 1]).longValue()));
        }
        return counts;
    }

    @Test
    void countsEveryValueAndMonthOfTheHits() {
        try (Store store = Store.open(dir)) {
            FLOODS.forEach(store::put);
            store.put(Articles.strike("serangan", "Seoul meminta semua pihak menahan diri."));
            store.commit();
            Facets floods = store.facets("banjir", SearchFilter.NONE, 10);
            assertThat(floods.total()).isEqualTo(5);
            assertThat(floods.outlets()).isEqualTo(counts("kabar.id", 2, "warta.co.id", 2, "suara.id", 1));
            assertThat(floods.sections()).isEqualTo(counts("Metro", 3, "Nasional", 2));
            assertThat(floods.actors()).isEqualTo(counts("KORGOV", 5));
            assertThat(floods.types()).isEmpty();
            assertThat(floods.months()).isEqualTo(counts("2024-02", 2, "2024-01", 2, "2023-12", 1));
            assertThat(store.facets("banjir", SearchFilter.NONE, 2).months()).isEqualTo(counts("2024-02", 2,
                    "2024-01", 2));
        }
    }

    @Test
    void theWholeStoreIsCountedAgainAfterACommit() {
        try (Store store = Store.open(dir)) {
            FLOODS.forEach(store::put);
            store.commit();
            Facets before = store.facets(null, SearchFilter.NONE, 10);
            assertThat(before.total()).isEqualTo(5);
            assertThat(store.facets(null, SearchFilter.NONE, 1).outlets()).isEqualTo(counts("kabar.id", 2));
            assertThat(store.facets(" ", null, 10)).isEqualTo(before);

            store.put(Articles.strike("serangan", "Seoul meminta semua pihak menahan diri."));
            store.commit();
            Facets after = store.facets(null, SearchFilter.NONE, 10);
            assertThat(after.total()).isEqualTo(6);
            assertThat(after.outlets()).isEqualTo(counts("kabar.id", 2, "warta.co.id", 2, "contoh.co.id", 1,
                    "suara.id", 1));
            assertThat(after.types()).isEqualTo(counts("ASSAULT", 1));
            assertThat(after.months()).isEqualTo(counts("2024-03", 1, "2024-02", 2, "2024-01", 2, "2023-12", 1));
            // a filter is counted afresh, not taken from the whole store's counts
            assertThat(store.facets(null, new SearchFilter("kabar.id", null, null, null, null, null), 10).total())
                    .isEqualTo(2);
        }
    }

    @Test
    void publicationDaysCenturiesApartAreCountedToo() {
        try (Store store = Store.open(dir)) {
            store.put(flood("arsip", "kabar.id", "Sejarah", LocalDate.of(1883, 8, 27)));
            store.put(flood("ramalan", "kabar.id", "Sains", LocalDate.of(2250, 8, 27)));
            store.put(flood("kini", "kabar.id", "Metro", LocalDate.of(2024, 8, 27)));
            store.commit();
            assertThat(store.facets("banjir", SearchFilter.NONE, 10).months())
                    .isEqualTo(counts("2250-08", 1, "2024-08", 1, "1883-08", 1));
        }
    }
}
