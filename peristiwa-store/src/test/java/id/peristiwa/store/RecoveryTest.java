package id.peristiwa.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.peristiwa.document.RawDocument;
import id.peristiwa.pipeline.AnalyzedArticle;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RecoveryTest {

    @TempDir
    Path dir;

    private static final AnalyzedArticle FIRST = Articles.strike("b1", "Korea Utara belum menanggapi.");
    private static final AnalyzedArticle SECOND = Articles.strike("b2", "Seoul meminta semua pihak menahan diri.");

    /** Stands for a crash after DuckDB committed and before Lucene did. */
    private static final StoreWriter.CommitHook CRASH_BEFORE_INDEX = new StoreWriter.CommitHook() {
        @Override
        public void afterDatabaseCommit() throws IOException {
            throw new IOException("simulated crash after the DuckDB commit");
        }
    };

    @Test
    void articlesCommittedToDuckDbButNotToTheIndexAreIndexedOnReopening() {
        try (Store store = Store.open(dir)) {
            store.put(FIRST);
        }
        Store crashing = Store.open(dir, CRASH_BEFORE_INDEX);
        crashing.put(SECOND);
        assertThatThrownBy(crashing::commit).isInstanceOf(StoreException.class)
                .hasMessageContaining("simulated crash");
        assertThatThrownBy(() -> crashing.put(FIRST)).isInstanceOf(StoreException.class)
                .hasMessageContaining("close it and open it again to recover");
        assertThat(crashing.search("menahan", SearchFilter.NONE, 0, 10).total()).isZero();
        crashing.close();

        try (Store store = Store.open(dir)) {
            assertThat(store.recovery().reindexed()).isEqualTo(1);
            assertThat(store.recovery().removedFromIndex()).isZero();
            assertThat(store.articleCount()).isEqualTo(2);
            assertThat(store.search("menahan", SearchFilter.NONE, 0, 10).hits())
                    .extracting(SearchHit::articleId).containsExactly("b2");
            // the entry rebuilt from DuckDB carries the same filter fields as one indexed from the analysis
            assertThat(store.search("menahan", new SearchFilter("contoh.co.id", "Internasional",
                    LocalDate.of(2024, 3, 12), LocalDate.of(2024, 3, 12), "USAMIL", "ASSAULT"), 0, 10).total())
                    .isEqualTo(1);
        }
        try (Store store = Store.open(dir)) {
            assertThat(store.recovery().eventful()).isFalse();
        }
    }

    @Test
    void indexEntriesWithoutAnArticleAreDeleted() throws IOException {
        Store.open(dir).close();
        try (TextIndex index = TextIndex.openWritable(dir.resolve(Store.INDEX))) {
            index.put(new IndexedArticle("hantu", "0", "Berita Hantu", "Artikel ini tidak pernah disimpan.", null,
                    null, null, null, Set.of(), Set.of()));
            index.commit();
        }
        try (Store store = Store.open(dir)) {
            assertThat(store.recovery().removedFromIndex()).isEqualTo(1);
            assertThat(store.search("hantu", SearchFilter.NONE, 0, 10).total()).isZero();
        }
    }

    @Test
    void aRerunSkipsWhatAnInterruptedRunCommitted() throws IOException {
        RawDocument one = RawDocument.text("berita.jsonl#1", "Militer Amerika Serikat melancarkan penyerangan.");
        RawDocument two = RawDocument.text("berita.jsonl#2", "Seoul meminta semua pihak menahan diri.");
        // an interrupted run: its journal has a RUN and a DONE line and no END
        Store.open(dir).close();
        try (Journal journal = Journal.read(dir)) {
            journal.begin("run-1", List.of("berita.jsonl"));
            journal.started(one.origin(), fingerprint(one));
            journal.committed(List.of(new Journal.Entry(one.origin(), fingerprint(one), "STORED")));
            journal.started(two.origin(), fingerprint(two));
        }
        try (Store store = Store.open(dir)) {
            assertThat(store.recovery().resumable()).isEqualTo(1);
            assertThat(store.recovery().lastInFlight()).isEqualTo("berita.jsonl#2");
            try (IngestRun run = store.beginIngest(List.of("berita.jsonl"))) {
                assertThat(run.alreadyDone(one)).isTrue();
                assertThat(run.alreadyDone(two)).isFalse();
                assertThat(run.alreadyDone(RawDocument.text("berita.jsonl#1", "Teks yang sudah diubah.")))
                        .isFalse();
                assertThat(run.put(two, SECOND)).isEqualTo(PutResult.STORED);
            }
        }
        // the run ended cleanly, so the next one starts afresh
        try (Store store = Store.open(dir)) {
            assertThat(store.recovery().resumable()).isZero();
            assertThat(store.articleCount()).isEqualTo(1);
        }
    }

    private static String fingerprint(RawDocument document) {
        return IngestRun.fingerprint(document);
    }
}
