package id.peristiwa.extract;

import java.util.List;

/**
 * What a page says about itself outside the body, before interpretation: every field may be null.
 *
 * @param title         headline
 * @param siteName      the outlet's own name for itself
 * @param canonicalUrl  the page's canonical address
 * @param dateStrings   publication date strings in order of trust (meta, JSON-LD, {@code <time>}, visible text)
 * @param author        byline
 * @param section       section or category
 */
record PageMetadata(String title, String siteName, String canonicalUrl, List<String> dateStrings, String author,
                    String section) {
}
