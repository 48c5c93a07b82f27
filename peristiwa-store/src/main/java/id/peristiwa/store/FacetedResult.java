package id.peristiwa.store;

import java.util.Objects;

/**
 * A page of search hits with the facet counts of the whole result, as a search page shows them.
 *
 * @param result the page
 * @param facets the counts of every article the search selects, or null when none were asked for
 */
public record FacetedResult(SearchResult result, Facets facets) {
    public FacetedResult {
        Objects.requireNonNull(result, "result");
    }
}
