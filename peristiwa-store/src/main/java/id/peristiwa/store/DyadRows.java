package id.peristiwa.store;

import id.peristiwa.entity.Actor;
import id.peristiwa.event.Event;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The rows of the {@code event_dyads} table: for every event with a date, one row per distinct pair of a source
 * code and a target code among its actors, with the pair count, so a reader can tell the events it may meet twice.
 * The writer derives them from the analysed event ({@link #pairs}); a migrated store derives them from its stored
 * events with {@link #FILL_FROM_EVENTS}; both give the same rows.
 */
final class DyadRows {

    /** Fills the table from {@code events} and {@code event_actors}, as the writer would have. */
    static final String FILL_FROM_EVENTS = """
            INSERT INTO event_dyads
            SELECT p.event_id, p.article_id, p.source_code, p.target_code,
                   CAST(count(*) OVER (PARTITION BY p.event_id) AS INTEGER), e.date, e.type, e.quad_class,
                   e.goldstein
            FROM (SELECT DISTINCT s.event_id, s.article_id, s.code AS source_code, t.code AS target_code
                  FROM event_actors s JOIN event_actors t ON t.event_id = s.event_id AND t.role = 'TARGET'
                  WHERE s.role = 'SOURCE') p
            JOIN events e ON e.event_id = p.event_id
            WHERE e.date IS NOT NULL""";

    private DyadRows() {
    }

    /** The distinct (source code, target code) pairs of the event, in the order its actors are listed. */
    static Set<List<String>> pairs(Event event) {
        Set<List<String>> pairs = new LinkedHashSet<>();
        for (Actor source : event.source()) {
            for (Actor target : event.target()) {
                pairs.add(List.of(source.code(), target.code()));
            }
        }
        return pairs;
    }
}
