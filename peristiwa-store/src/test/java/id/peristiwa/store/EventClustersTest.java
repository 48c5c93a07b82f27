package id.peristiwa.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EventClustersTest {

    @TempDir
    Path dir;

    private static final String CLUSTERS = "SELECT cluster_id, first_date::VARCHAR, last_date::VARCHAR, mentions, "
            + "sources, articles FROM event_clusters ORDER BY cluster_id";

    private static final String LAUNCH = "report-antara-0-12-23"; // the separate report's first mention

    private static void putAll(Store store) {
        store.put(WireStories.agency());
        store.put(WireStories.republished());
        store.put(WireStories.separateReport(true));
        store.put(WireStories.laterLaunch());
        store.put(WireStories.market());
        store.commit();
    }

    @Test
    void reportsOfOneLaunchMergeByDateAndByStoryWithMentionSourceAndArticleCounts() {
        try (Store store = Store.open(dir)) {
            putAll(store);
            // the agency copy (14 March), the separate report's two mentions (15 March, within two days) and the
            // republished copy (28 March, joined through its story); the launch of 25 March stands apart
            assertThat(store.query(CLUSTERS).rows()).containsExactly(
                    List.of("later-0-20-31", "2024-03-25", "2024-03-25", 1, 1, 1),
                    List.of(LAUNCH, "2024-03-14", "2024-03-28", 4, 2, 3));
            Map<String, EventCluster> byEvent = store.events(EventFilter.all()).stream()
                    .collect(Collectors.toMap(StoredEvent::id, StoredEvent::cluster));
            assertThat(byEvent.get(eventIdOf(store, "wire-kabar"))).isEqualTo(new EventCluster(LAUNCH, 4, 2, 3));
        }
    }

    @Test
    void countsStayRightWhenAnArticleIsStoredAgainWithChangedText() {
        try (Store store = Store.open(dir)) {
            putAll(store);
            store.put(WireStories.separateReport(false)); // one mention of the launch instead of two
            store.commit();
            assertThat(store.query(CLUSTERS).rows()).containsExactly(
                    List.of("later-0-20-31", "2024-03-25", "2024-03-25", 1, 1, 1),
                    List.of(LAUNCH, "2024-03-14", "2024-03-28", 3, 2, 3));
            store.put(WireStories.rewritten()); // no longer the wire story: its report of 28 March stands alone
            store.commit();
            assertThat(store.query(CLUSTERS).rows()).containsExactly(
                    List.of("later-0-20-31", "2024-03-25", "2024-03-25", 1, 1, 1),
                    List.of(LAUNCH, "2024-03-14", "2024-03-15", 2, 1, 2),
                    List.of(eventIdOf(store, "wire-kabar"), "2024-03-28", "2024-03-28", 1, 1, 1));
            assertThat(store.query("SELECT count(*) FROM event_cluster_members").rows())
                    .containsExactly(List.of(4L));
        }
    }

    @Test
    void aVersionOneStoreIsMigratedWithItsStoriesAndClusters() throws Exception {
        try (Store store = Store.open(dir)) {
            putAll(store);
        }
        List<List<Object>> expected;
        try (Store store = Store.openReadOnly(dir)) {
            expected = store.query(CLUSTERS).rows();
        }
        // make it a version 1 store again, as an older Peristiwa wrote it
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:" + dir.resolve(Store.DATABASE));
             Statement st = c.createStatement()) {
            st.execute("DROP INDEX articles_id");
            for (String table : List.of("article_stories", "story_buckets", "event_clusters",
                    "event_cluster_members", "event_dyads")) {
                st.execute("DROP TABLE " + table);
            }
            st.execute("ALTER TABLE articles DROP COLUMN story_id");
            st.execute("DELETE FROM schema_info WHERE version >= 2");
            st.execute("INSERT INTO schema_info VALUES (1, current_timestamp, 'peristiwa 0.0.9')");
        }
        try (Store store = Store.open(dir)) {
            assertThat(store.query(CLUSTERS).rows()).isEqualTo(expected);
            assertThat(store.query("SELECT story_id FROM articles WHERE id = 'wire-kabar'").rows())
                    .containsExactly(List.of("wire-antara"));
            assertThat(store.query("SELECT max(version) FROM schema_info").rows()).containsExactly(List.of(3));
        }
    }

    private static String eventIdOf(Store store, String articleId) {
        return store.events(EventFilter.all()).stream().filter(e -> e.articleId().equals(articleId))
                .map(StoredEvent::id).findFirst().orElseThrow();
    }
}
