package id.peristiwa.cli;

import static org.assertj.core.api.Assertions.assertThat;

import id.peristiwa.store.Facets;
import java.util.List;
import org.junit.jupiter.api.Test;

class QueryMixTest {

    private static final List<String> TITLES = List.of(
            "Banjir Rendam Ratusan Rumah di Bekasi",
            "Presiden Tinjau Lokasi Banjir Bekasi",
            "Harga Cabai Naik Menjelang Ramadan");

    private static final Facets FACETS = new Facets(3,
            List.of(new Facets.Count("kabar.id", 2), new Facets.Count("warta.co.id", 1)),
            List.of(new Facets.Count("Metro", 2)), List.of(new Facets.Count("IDNGOV", 1)),
            List.of(new Facets.Count("CONSULT", 1)), List.of(new Facets.Count("2024-02", 3)));

    @Test
    void searchesEveryLongHeadlineWordOnceAndNeighbouringPairs() {
        List<String> paths = QueryMix.searches(TITLES, FACETS, 100, 100);
        List<String> words = paths.stream().filter(p -> p.startsWith("/api/search?q="))
                .map(p -> p.substring("/api/search?q=".length(), p.indexOf('&'))).toList();
        // words of five letters or more, once each; pairs only of neighbours that both are
        assertThat(words).containsExactlyInAnyOrder("banjir", "rendam", "ratusan", "rumah", "bekasi", "presiden",
                "tinjau", "lokasi", "harga", "cabai", "menjelang", "ramadan",
                "banjir+rendam", "rendam+ratusan", "ratusan+rumah", "presiden+tinjau", "tinjau+lokasi",
                "lokasi+banjir", "banjir+bekasi", "harga+cabai", "menjelang+ramadan");
        // browsing without words: the home page, each outlet and each section
        assertThat(paths).contains("/api/search?size=20", "/api/search?size=20&outlet=kabar.id",
                "/api/search?size=20&outlet=warta.co.id", "/api/search?size=20&section=Metro");
        assertThat(paths).hasSize(21 + 4).doesNotHaveDuplicates();
    }

    @Test
    void searchesVaryPageSizeAndFilter() {
        List<String> paths = QueryMix.searches(TITLES, FACETS, 100, 100);
        assertThat(paths).filteredOn(p -> p.contains("&size=10&")).isNotEmpty();
        assertThat(paths).filteredOn(p -> p.contains("&size=15&")).isNotEmpty();
        assertThat(paths).filteredOn(p -> p.contains("&size=20&")).isNotEmpty();
        assertThat(paths).filteredOn(p -> p.contains("&page=1")).isNotEmpty();
        assertThat(paths).filteredOn(p -> p.contains("q=") && p.contains("&outlet=")).isNotEmpty();
        assertThat(paths).filteredOn(p -> p.contains("&section=Metro") && p.contains("q=")).isNotEmpty();
        assertThat(paths).filteredOn(p -> p.contains("&actor=IDNGOV")).isNotEmpty();
        assertThat(paths).filteredOn(p -> p.contains("&type=CONSULT")).isNotEmpty();
        assertThat(paths).filteredOn(p -> p.contains("&from=2024-02-01&to=2024-02-29")).isNotEmpty();
    }

    @Test
    void limitsWordsAndPairsAndKeepsOneOrder() {
        List<String> paths = QueryMix.searches(TITLES, FACETS, 3, 2);
        assertThat(paths).filteredOn(p -> p.startsWith("/api/search?q=")).hasSize(5);
        assertThat(QueryMix.searches(TITLES, FACETS, 3, 2)).isEqualTo(paths);
    }

    @Test
    void everyDyadByMonthAndWeekWithVariantsAndItsCountries() {
        List<String> paths = QueryMix.dyads(List.of(List.of("IDNGOV", "IDNCOP"), List.of("USAMIL", "PRK"),
                List.of("IDNMIL", "IDNREB")), "2024-01-01");
        assertThat(paths).containsExactlyInAnyOrder(
                "/api/dyads/IDNGOV/IDNCOP?interval=month", "/api/dyads/IDNGOV/IDNCOP?interval=week",
                "/api/dyads/IDNGOV/IDNCOP?interval=day",
                "/api/dyads/USAMIL/PRK?interval=month", "/api/dyads/USAMIL/PRK?interval=week",
                "/api/dyads/USAMIL/PRK?interval=month&quad=3",
                "/api/dyads/IDNMIL/IDNREB?interval=month", "/api/dyads/IDNMIL/IDNREB?interval=week",
                "/api/dyads/IDNMIL/IDNREB?interval=week&from=2024-01-01",
                "/api/dyads/IDN/IDN?interval=month", "/api/dyads/USA/PRK?interval=month");
    }
}
