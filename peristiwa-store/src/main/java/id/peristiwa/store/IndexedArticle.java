package id.peristiwa.store;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Set;

/**
 * What the text index holds of one article: its words and the fields search results are filtered on.
 *
 * @param id          the article id
 * @param contentHash the content hash of the stored version, so a stale index entry can be recognised
 * @param title       the headline, or null
 * @param text        the clean text
 * @param outlet      the outlet, or null
 * @param section     the section, or null
 * @param published   the publication day, or null
 * @param publishedAs the publication date as the article gives it (ISO-8601 with the page's precision), or null
 * @param actorCodes  the actor codes of the article's mentions and events
 * @param eventTypes  the PLOVER types of the article's events
 */
record IndexedArticle(String id, String contentHash, String title, String text, String outlet, String section,
                      LocalDate published, String publishedAs, Set<String> actorCodes, Set<String> eventTypes) {
    IndexedArticle {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(contentHash, "contentHash");
        Objects.requireNonNull(text, "text");
        actorCodes = Set.copyOf(actorCodes);
        eventTypes = Set.copyOf(eventTypes);
    }
}
