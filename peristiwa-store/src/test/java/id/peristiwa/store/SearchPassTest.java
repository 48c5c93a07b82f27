package id.peristiwa.store;

import static org.assertj.core.api.Assertions.assertThat;

import id.peristiwa.entity.MentionKind;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A search page with its facets, found in one pass over the matches from the index's stored fields, is the page
 * and the facets the separate reads give, and the page an older index (hits read from DuckDB) gives.
 */
class SearchPassTest {

    @TempDir
    Path dir;

    private static final List<String> QUERIES = List.of("banjir", "rumah warga", "\"hujan deras\"", "banjir -bogor",
            "serang | banjir", "penyerangan", "bantuan", "", "tidakada");
    private static final List<SearchFilter> FILTERS = List.of(SearchFilter.NONE,
            new SearchFilter("kabar.id", null, null, null, null, null),
            new SearchFilter(null, "Metro", LocalDate.of(2024, 1, 10), null, null, null),
            new SearchFilter(null, null, null, LocalDate.of(2024, 1, 31), "KORGOV", null),
            new SearchFilter(null, null, null, null, null, "ASSAULT"));

    private static void fill(Store store) {
        String[] places = {"Bekasi", "Bogor", "Depok", "Tangerang", "Karawang", "Cikarang", "Serang", "Cilegon"};
        String[] outlets = {"kabar.id", "warta.co.id", "suara.id"};
        for (int i = 0; i < 24; i++) {
            String place = places[i % places.length];
            store.put(Articles.article("banjir-" + i)
                    .title("Banjir Rendam Ratusan Rumah di " + place)
                    .outlet(outlets[i % outlets.length])
                    .section(i % 3 == 0 ? "Nasional" : "Metro")
                    .published(LocalDate.of(2023, 12, 20).plusDays(i * 3L))
                    .text("Banjir merendam ratusan rumah warga " + place + " setelah hujan deras mengguyur sejak "
                            + "Minggu malam. Pemerintah Korea Selatan mengirim bantuan, kata petugas. " + "Air mulai "
                            + "surut pada Selasa pagi. ".repeat(i % 4))
                    .mention("Pemerintah Korea Selatan", MentionKind.ORGANIZATION, Articles.KORGOV)
                    .build());
        }
        store.put(Articles.strike("serangan", "Seoul meminta semua pihak menahan diri."));
        store.put(Articles.strike("serangan-2", "Warga di perbatasan diminta mengungsi."));
        store.commit();
    }

    @Test
    void onePassGivesThePageAndTheFacetsOfSeparateReads() throws Exception {
        List<FacetedResult> stored = new ArrayList<>();
        try (Store store = Store.open(dir)) {
            fill(store);
            for (String q : QUERIES) {
                for (SearchFilter f : FILTERS) {
                    for (int page = 0; page < 3; page++) {
                        FacetedResult both = store.search(q, f, page, 4, 10);
                        assertThat(both.result()).as(q + " " + f + " page " + page)
                                .isEqualTo(store.search(q, f, page, 4));
                        assertThat(both.facets()).as(q + " " + f).isEqualTo(store.facets(q, f, 10));
                        assertThat(both.facets().total()).isEqualTo(both.result().total());
                        assertThat(store.search(q, f, page, 4, 0).facets()).isNull();
                        stored.add(both);
                    }
                }
            }
            FacetedResult floods = store.search("banjir", SearchFilter.NONE, 0, 2, 2);
            assertThat(floods.result().total()).isEqualTo(24);
            assertThat(floods.facets().outlets()).extracting(Facets.Count::count).containsExactly(8L, 8L);
            SearchHit first = floods.result().hits().getFirst();
            assertThat(first.title()).startsWith("Banjir Rendam Ratusan Rumah di ");
            assertThat(first.snippet().text()).contains("Banjir merendam ratusan rumah warga");
        }
        // the same store with its index marked as written before hits were stored: rows come from DuckDB
        try (Directory index = FSDirectory.open(dir.resolve(Store.INDEX));
             IndexWriter writer = new IndexWriter(index, new IndexWriterConfig())) {
            writer.setLiveCommitData(Map.of(TextIndex.HIT_FIELDS, "false").entrySet());
            writer.commit();
        }
        List<FacetedResult> fromRows = new ArrayList<>();
        try (Store store = Store.openReadOnly(dir)) {
            for (String q : QUERIES) {
                for (SearchFilter f : FILTERS) {
                    for (int page = 0; page < 3; page++) {
                        fromRows.add(store.search(q, f, page, 4, 10));
                    }
                }
            }
        }
        assertThat(fromRows).isEqualTo(stored);
        assertThat(stored).filteredOn(r -> !r.result().hits().isEmpty()).hasSizeGreaterThan(QUERIES.size());
    }

    @Test
    void aCopiedStoreStoresTheShiftedPublicationDate() {
        assertThat(StoreCopies.shifted("2024-03-12T08:30+07:00", 7)).isEqualTo("2024-03-05T08:30+07:00");
        assertThat(StoreCopies.shifted("2024-03-12", 14)).isEqualTo("2024-02-27");
        assertThat(StoreCopies.shifted("2024-03", 7)).isEqualTo("2024-03");
        assertThat(StoreCopies.shifted(null, 7)).isNull();
    }
}
