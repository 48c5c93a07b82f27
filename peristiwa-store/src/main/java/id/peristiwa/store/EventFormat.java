package id.peristiwa.store;

/** The text formats stored events are written in by {@link EventExport}. */
public enum EventFormat {
    /** One JSON object per line: the PLOVER record, then the cluster's id and counts and the story id. */
    JSONL,
    /** Core's {@link id.peristiwa.export.EventCsv} table, with its header line. */
    CSV,
    /** GDELT 2.0 Event rows (61 columns), NumMentions, NumSources and NumArticles from the event's cluster. */
    GDELT,
    /** PLOVER records, one per line ({@link id.peristiwa.export.PloverRecords}). */
    PLOVER
}
