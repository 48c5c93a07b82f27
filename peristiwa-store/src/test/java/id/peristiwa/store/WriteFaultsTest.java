package id.peristiwa.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.peristiwa.document.RawDocument;
import id.peristiwa.pipeline.AnalyzedArticle;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Faults while writing: a disk that fills up in the middle of an ingest (the write fails with a message that
 * says so, the store reopens as of its last commit with its index, stories and clusters consistent, and a rerun
 * completes it), and a damaged journal line (its document is read again and stored unchanged, nothing doubled).
 */
class WriteFaultsTest {

    @TempDir
    Path dir;

    /** The disk fills while the second batch is being committed, after its rows went into DuckDB's transaction. */
    private static StoreWriter.CommitHook fullOnCommit(int failing) {
        return new StoreWriter.CommitHook() {
            private int commits;

            @Override
            public void beforeDatabaseCommit() throws IOException {
                if (++commits == failing) {
                    throw new IOException("No space left on device");
                }
            }
        };
    }

    private static List<RawDocument> documents() {
        List<RawDocument> documents = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            documents.add(RawDocument.text("berita.jsonl#" + (i + 1), "dokumen " + i));
        }
        return documents;
    }

    private static AnalyzedArticle analysis(int i) {
        return switch (i) {
            case 0 -> WireStories.agency();
            case 1 -> WireStories.separateReport(true);
            case 2 -> WireStories.republished();
            case 3 -> WireStories.laterLaunch();
            case 4 -> WireStories.market();
            default -> Articles.strike("strike", "Pentagon belum memberi keterangan.");
        };
    }

    /** Ingests the documents, committing after every two; returns how many were put. */
    private static int ingest(Store store, List<RawDocument> documents) {
        int put = 0;
        try (IngestRun run = store.beginIngest(List.of("berita.jsonl"))) {
            for (int i = 0; i < documents.size(); i++) {
                if (run.alreadyDone(documents.get(i))) {
                    continue;
                }
                run.put(documents.get(i), analysis(i));
                put++;
                if (i % 2 == 1) {
                    run.commit();
                }
            }
        }
        return put;
    }

    private static List<List<Object>> snapshot(Store store) {
        List<List<Object>> rows = new ArrayList<>();
        for (String sql : List.of("SELECT id, story_id FROM articles ORDER BY id",
                "SELECT * FROM event_clusters ORDER BY cluster_id",
                "SELECT event_id, cluster_id FROM event_cluster_members ORDER BY event_id",
                "SELECT article_id, story_id FROM article_stories ORDER BY article_id",
                "SELECT count(*) FROM story_buckets", "SELECT count(*) FROM events")) {
            rows.addAll(store.query(sql).rows());
        }
        return rows;
    }

    @Test
    void aFullDiskMidBatchLeavesTheLastCommitAndARerunCompletesIt() {
        List<RawDocument> documents = documents();
        Path data = dir.resolve("penuh");
        Store failing = Store.open(data, fullOnCommit(2));
        assertThatThrownBy(() -> ingest(failing, documents)).isInstanceOf(StoreException.class)
                .hasMessage("writing to the store failed: the disk is full (No space left on device); nothing of "
                        + "the failed batch was kept and the store holds everything committed before it: free "
                        + "some space and run again to complete it");
        failing.close();

        try (Store store = Store.open(data)) {
            assertThat(store.recovery().reindexed()).isZero();
            assertThat(store.recovery().removedFromIndex()).isZero();
            assertThat(store.recovery().resumable()).isEqualTo(2);
            assertThat(store.articleCount()).isEqualTo(2);
            assertThat(store.search("", SearchFilter.NONE, 0, 10).total()).isEqualTo(2);
            assertThat(store.query("SELECT count(*) FROM article_stories").rows()).containsExactly(List.of(2L));
            assertThat(store.query("SELECT cluster_id, mentions, sources, articles FROM event_clusters").rows())
                    .containsExactly(List.of("report-antara-0-12-23", 3, 1, 2));
            assertThat(ingest(store, documents)).isEqualTo(4);
        }

        List<List<Object>> clean;
        try (Store store = Store.open(dir.resolve("bersih"))) {
            ingest(store, documents);
            clean = snapshot(store);
        }
        try (Store store = Store.openReadOnly(data)) {
            assertThat(store.articleCount()).isEqualTo(6);
            assertThat(snapshot(store)).isEqualTo(clean);
        }
    }

    @Test
    void aDamagedJournalLineCostsOnlyAReadingAgainOfItsDocument() throws IOException {
        List<RawDocument> documents = documents();
        Path data = dir.resolve("jurnal");
        try (Store store = Store.open(data, fullOnCommit(3))) {
            assertThatThrownBy(() -> ingest(store, documents)).isInstanceOf(StoreException.class);
        }
        Path journal = data.resolve(Journal.FILE);
        List<String> lines = java.nio.file.Files.readAllLines(journal);
        int firstDone = lines.indexOf(lines.stream().filter(l -> l.startsWith("DONE\t")).findFirst().orElseThrow());
        lines.set(firstDone, lines.get(firstDone).replace("berita.jsonl#1", "berita.jsonl#9"));
        java.nio.file.Files.write(journal, lines);

        try (Store store = Store.open(data)) {
            assertThat(store.recovery().journalProblems()).containsExactly(
                    journal + ":" + (firstDone + 1) + ": corrupt line (checksum mismatch); ignored");
            assertThat(store.recovery().resumable()).isEqualTo(3);
            assertThat(ingest(store, documents)).isEqualTo(3); // the damaged line's document and the two never done
            assertThat(store.articleCount()).isEqualTo(6);
            assertThat(store.query("SELECT count(*) = count(DISTINCT event_id) FROM events").rows())
                    .containsExactly(List.of(true));
            assertThat(store.query("SELECT count(*) FROM article_stories").rows()).containsExactly(List.of(6L));
        }
    }
}
