package id.peristiwa.store;

import java.util.List;

/**
 * One page of search hits.
 *
 * @param total how many articles match in all
 * @param page  the page number, from 0
 * @param size  the page size asked for
 * @param hits  this page's hits, best first
 */
public record SearchResult(long total, int page, int size, List<SearchHit> hits) {
    public SearchResult {
        hits = List.copyOf(hits);
    }
}
