package id.peristiwa.store;

import id.peristiwa.event.Event;
import java.util.Objects;

/**
 * An event as the store holds it.
 *
 * @param id        the stable event id ({@link id.peristiwa.export.EventIds})
 * @param articleId the article that reports it
 * @param event     the event, as analysis coded it (actor roles as stored; the speaker's role text is kept)
 * @param evidence  the text of the sentence that states it
 * @param cluster   the cluster of reports it belongs to, or null when none is known (an event built outside a
 *                  store)
 */
public record StoredEvent(String id, String articleId, Event event, String evidence, EventCluster cluster) {
    public StoredEvent {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(articleId, "articleId");
        Objects.requireNonNull(event, "event");
        Objects.requireNonNull(evidence, "evidence");
    }

    /** An event outside any known cluster. */
    public StoredEvent(String id, String articleId, Event event, String evidence) {
        this(id, articleId, event, evidence, null);
    }
}
