package id.peristiwa.store;

import id.peristiwa.entity.Actor;
import java.util.List;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * The rows of the {@code event_dyads} table: one per event with a date, a source and a target, its distinct source
 * codes and target codes each written as one string, sorted and framed by a separator: {@code |IDNGOV|IDNMIL|}.
 * An event has a source beginning with {@code IDN} exactly when its string contains {@code |IDN}, so one scan of
 * the table with two substring tests selects a dyad's events, each once, CAMEO prefixes included. The writer
 * derives the row from the analysed event ({@link #codes}); a migrated store derives it from its stored actors
 * with {@link #FILL_FROM_EVENTS}; both give the same strings.
 */
final class DyadRows {

    /** Frames every code; codes are letters and digits, never this. */
    static final String SEPARATOR = "|";

    /** Fills the table from {@code events} and {@code event_actors}, as the writer would have. */
    static final String FILL_FROM_EVENTS = """
            INSERT INTO event_dyads
            SELECT e.event_id, e.article_id, s.codes, t.codes, e.date, e.type, e.quad_class, e.goldstein
            FROM events e
            JOIN (SELECT event_id, '|' || string_agg(DISTINCT code, '|' ORDER BY code) || '|' AS codes
                  FROM event_actors WHERE role = 'SOURCE' GROUP BY event_id) s ON s.event_id = e.event_id
            JOIN (SELECT event_id, '|' || string_agg(DISTINCT code, '|' ORDER BY code) || '|' AS codes
                  FROM event_actors WHERE role = 'TARGET' GROUP BY event_id) t ON t.event_id = e.event_id
            WHERE e.date IS NOT NULL""";

    private DyadRows() {
    }

    /** The distinct codes of the actors, sorted and framed, or null when there are none. */
    static String codes(List<Actor> actors) {
        if (actors.isEmpty()) {
            return null;
        }
        SortedSet<String> codes = new TreeSet<>();
        for (Actor actor : actors) {
            codes.add(actor.code());
        }
        return SEPARATOR + String.join(SEPARATOR, codes) + SEPARATOR;
    }

    /**
     * The substring a {@link #codes} string holds exactly when one of its codes begins with {@code prefix}, or null
     * when the prefix holds the separator and so cannot be looked up this way.
     */
    static String beginning(String prefix) {
        return prefix.contains(SEPARATOR) ? null : SEPARATOR + prefix;
    }
}
