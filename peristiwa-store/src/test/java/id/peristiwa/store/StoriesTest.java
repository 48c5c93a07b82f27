package id.peristiwa.store;

import static org.assertj.core.api.Assertions.assertThat;

import id.peristiwa.pipeline.AnalyzedArticle;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StoriesTest {

    @TempDir
    Path dir;

    private List<List<Object>> rows(Store store, String sql) {
        return store.query(sql).rows();
    }

    private List<List<Object>> stories(Store store) {
        return rows(store, "SELECT id, story_id FROM articles ORDER BY id");
    }

    @Test
    void aRepublishedWireStoryJoinsTheAgencysStoryAndAnotherReportDoesNot() {
        assertThat(MinHash.similarity(MinHash.signature(Shingles.of(WireStories.agency().article().text())),
                MinHash.signature(Shingles.of(WireStories.republished().article().text())))).isGreaterThan(0.5);
        try (Store store = Store.open(dir)) {
            store.put(WireStories.republished());
            store.put(WireStories.market());
            store.put(WireStories.agency());
            store.put(WireStories.separateReport(true));
            store.commit();
            assertThat(stories(store)).containsExactly(
                    List.of("market", "market"),
                    List.of("report-antara", "report-antara"),
                    List.of("wire-antara", "wire-antara"),
                    List.of("wire-kabar", "wire-antara"));
        }
    }

    @Test
    void aRewrittenArticleLeavesItsStoryAndStoringAgainChangesNothing() {
        try (Store store = Store.open(dir)) {
            store.put(WireStories.agency());
            store.put(WireStories.republished());
            store.commit();
            assertThat(store.put(WireStories.republished())).isEqualTo(PutResult.UNCHANGED);
            store.commit();
            assertThat(stories(store)).containsExactly(List.of("wire-antara", "wire-antara"),
                    List.of("wire-kabar", "wire-antara"));
            assertThat(store.put(WireStories.rewritten())).isEqualTo(PutResult.UPDATED);
            store.commit();
            assertThat(stories(store)).containsExactly(List.of("wire-antara", "wire-antara"),
                    List.of("wire-kabar", "wire-kabar"));
            assertThat(rows(store, "SELECT count(*) FROM story_buckets")).containsExactly(List.of(64L));
        }
    }

    @Test
    void storiesDoNotDependOnTheOrderArticlesArrive() {
        List<AnalyzedArticle> all = List.of(WireStories.agency(), WireStories.republished(), WireStories.market(),
                WireStories.separateReport(true), WireStories.laterLaunch());
        List<List<Object>> forward;
        try (Store store = Store.open(dir.resolve("forward"))) {
            all.forEach(store::put);
            store.commit();
            forward = stories(store);
        }
        try (Store store = Store.open(dir.resolve("backward"))) {
            all.reversed().forEach(store::put);
            store.commit();
            assertThat(stories(store)).isEqualTo(forward);
        }
    }

    @Test
    void aBridgeThatChangesSplitsItsStoryAgain() {
        // the whole report is a near-copy of its first two thirds and of its last two thirds, which are not
        // near-copies of each other: the whole links them into one story, and rewritten it no longer does
        String front = WireStories.OPENING + " " + WireStories.MIDDLE;
        String back = WireStories.MIDDLE + " " + WireStories.CLOSING;
        int[] f = MinHash.signature(Shingles.of(front));
        int[] b = MinHash.signature(Shingles.of(back));
        int[] whole = MinHash.signature(Shingles.of(WireStories.BODY));
        assertThat(LshBands.linked(f, whole)).isTrue();
        assertThat(LshBands.linked(b, whole)).isTrue();
        assertThat(LshBands.linked(f, b)).isFalse();
        try (Store store = Store.open(dir)) {
            store.put(Articles.article("x-front").text(front).build());
            store.put(Articles.article("x-back").text(back).build());
            store.put(Articles.article("a-whole").text(WireStories.BODY).build());
            store.commit();
            assertThat(stories(store)).containsExactly(List.of("a-whole", "a-whole"),
                    List.of("x-back", "a-whole"), List.of("x-front", "a-whole"));
            store.put(Articles.article("a-whole").text("Harga beras medium stabil di Pasar Cipinang pekan ini, "
                    + "menurut pedagang grosir.").build());
            store.commit();
            assertThat(stories(store)).containsExactly(List.of("a-whole", "a-whole"),
                    List.of("x-back", "x-back"), List.of("x-front", "x-front"));
        }
    }
}
