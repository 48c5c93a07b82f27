package id.peristiwa.store;

/**
 * One article found by a search.
 *
 * @param articleId the article id
 * @param title     the headline, or null
 * @param outlet    the outlet, or null
 * @param published the publication date as ISO-8601 with the precision the page gave, or null
 * @param score     the relevance score (0 for a search without words)
 * @param snippet   the passage that matched best, with the matching words marked
 */
public record SearchHit(String articleId, String title, String outlet, String published, float score,
                        Snippet snippet) {
}
