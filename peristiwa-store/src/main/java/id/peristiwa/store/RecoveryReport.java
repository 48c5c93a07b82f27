package id.peristiwa.store;

import java.util.List;

/**
 * What opening a store for writing found and repaired.
 *
 * @param reindexed        articles in DuckDB that the text index lacked or held in an older version, indexed anew
 * @param removedFromIndex index entries with no article in DuckDB, deleted
 * @param resumable        documents an interrupted ingest run committed, which rerunning it skips
 * @param lastInFlight     the document an interrupted run was working on when it stopped, or null
 * @param journalProblems  damaged journal lines, reported and ignored
 */
public record RecoveryReport(int reindexed, int removedFromIndex, int resumable, String lastInFlight,
                             List<String> journalProblems) {
    public RecoveryReport {
        journalProblems = List.copyOf(journalProblems);
    }

    /** Whether anything needed repair or attention. */
    public boolean eventful() {
        return reindexed > 0 || removedFromIndex > 0 || resumable > 0 || !journalProblems.isEmpty();
    }
}
