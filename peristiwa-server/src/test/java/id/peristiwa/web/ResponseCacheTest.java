package id.peristiwa.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ResponseCacheTest {

    private final List<String> computed = new ArrayList<>();

    private byte[] get(ResponseCache cache, String key, String body) {
        return cache.get(key, () -> {
            computed.add(key);
            return body.getBytes(StandardCharsets.UTF_8);
        });
    }

    @Test
    void aRepeatedRequestIsAnsweredFromTheCacheWithTheSameBody() {
        ResponseCache cache = new ResponseCache(10, 1_000);
        assertThat(get(cache, "/api/search?q=banjir", "{\"total\":3}")).asString().isEqualTo("{\"total\":3}");
        assertThat(get(cache, "/api/search?q=banjir", "{\"total\":99}")).asString().isEqualTo("{\"total\":3}");
        assertThat(computed).containsExactly("/api/search?q=banjir");
        assertThat(cache.statistics()).isEqualTo(new CacheStatistics(1, 11, 1, 1));
        assertThat(cache.statistics().hitRate()).isEqualTo(0.5);
    }

    @Test
    void theLeastRecentlyUsedAnswerGoesFirstWhenEntriesRunOut() {
        ResponseCache cache = new ResponseCache(2, 1_000);
        get(cache, "/api/dyads/IDNGOV/MYS", "a");
        get(cache, "/api/dyads/IDNPOL/IDNREB", "b");
        get(cache, "/api/dyads/IDNGOV/MYS", "a"); // now the most recently used
        get(cache, "/api/dyads/USA/CHN", "c"); // evicts IDNPOL/IDNREB
        get(cache, "/api/dyads/IDNGOV/MYS", "a");
        get(cache, "/api/dyads/IDNPOL/IDNREB", "b");
        assertThat(computed).containsExactly("/api/dyads/IDNGOV/MYS", "/api/dyads/IDNPOL/IDNREB",
                "/api/dyads/USA/CHN", "/api/dyads/IDNPOL/IDNREB");
        assertThat(cache.statistics().entries()).isEqualTo(2);
    }

    @Test
    void bytesAreBoundedAndAnAnswerLargerThanTheBoundIsNeverKept() {
        ResponseCache cache = new ResponseCache(100, 10);
        get(cache, "k1", "12345");
        get(cache, "k2", "123456"); // 11 bytes in all: k1 goes
        assertThat(cache.statistics()).isEqualTo(new CacheStatistics(1, 6, 0, 2));
        get(cache, "big", "12345678901");
        assertThat(cache.statistics()).isEqualTo(new CacheStatistics(1, 6, 0, 3));
        get(cache, "big", "12345678901");
        get(cache, "k2", "123456");
        assertThat(computed).containsExactly("k1", "k2", "big", "big");
    }

    @Test
    void aCacheOfNoEntriesComputesEveryRequest() {
        ResponseCache cache = new ResponseCache(0, 1_000);
        get(cache, "/api/stats", "{}");
        get(cache, "/api/stats", "{}");
        assertThat(computed).hasSize(2);
        assertThat(cache.statistics()).isEqualTo(new CacheStatistics(0, 0, 0, 2));
    }

    @Test
    void theKeyIgnoresTheOrderOfParametersButNotTheirValues() {
        Map<String, List<String>> ab = new LinkedHashMap<>();
        ab.put("q", List.of("demo buruh"));
        ab.put("size", List.of("10"));
        Map<String, List<String>> ba = new LinkedHashMap<>();
        ba.put("size", List.of("10"));
        ba.put("q", List.of("demo buruh"));
        assertThat(ResponseCache.key("/api/search", ab)).isEqualTo("/api/search?q=demo+buruh&size=10")
                .isEqualTo(ResponseCache.key("/api/search", ba));
        assertThat(ResponseCache.key("/api/search", Map.of("q", List.of("demo"), "size", List.of("10"))))
                .isNotEqualTo(ResponseCache.key("/api/search", ab));
        assertThat(ResponseCache.key("/api/stats", Map.of())).isEqualTo("/api/stats");
        assertThat(ResponseCache.key("/api/search", Map.of("q", List.of("demo&size=10"))))
                .isNotEqualTo(ResponseCache.key("/api/search", Map.of("q", List.of("demo"), "size", List.of("10"))));
    }
}
