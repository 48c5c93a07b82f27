package id.peristiwa.store;

import java.util.Objects;

/**
 * The cluster an event belongs to: every stored report of one event (same type, polarity and dyad, days close
 * together or the same story), counted over the whole store as GDELT counts within its first 15 minutes.
 *
 * @param id       the cluster's id: the least event id among its members
 * @param mentions how many stored events it merges (GDELT's NumMentions)
 * @param sources  how many distinct outlets reported it (NumSources)
 * @param articles how many distinct articles reported it (NumArticles)
 */
public record EventCluster(String id, int mentions, int sources, int articles) {
    public EventCluster {
        Objects.requireNonNull(id, "id");
    }
}
