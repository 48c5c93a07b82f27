package id.peristiwa.store;

import java.util.List;

/**
 * The facets of a search: for each filterable field, the values found among the matching articles with how many
 * articles carry each, most frequent first (ties by value). An article counts once per distinct value it carries,
 * so an article naming two actors counts for both.
 *
 * @param total    how many articles match
 * @param outlets  by outlet
 * @param sections by section
 * @param actors   by actor code (of mentions and of event sources and targets)
 * @param types    by PLOVER event type
 * @param months   by publication month, {@code 2024-03}; newest first rather than most frequent
 */
public record Facets(long total, List<Count> outlets, List<Count> sections, List<Count> actors, List<Count> types,
                     List<Count> months) {

    /** The most values one facet lists. */
    public static final int MAX_VALUES = 100;

    public Facets {
        outlets = List.copyOf(outlets);
        sections = List.copyOf(sections);
        actors = List.copyOf(actors);
        types = List.copyOf(types);
        months = List.copyOf(months);
    }

    /** These facets with at most {@code top} values each: every list is ordered, so its head is its top. */
    Facets top(int top) {
        return new Facets(total, head(outlets, top), head(sections, top), head(actors, top), head(types, top),
                head(months, top));
    }

    private static List<Count> head(List<Count> counts, int top) {
        return counts.subList(0, Math.min(top, counts.size()));
    }

    /**
     * One value of a facet.
     *
     * @param value the value as stored
     * @param count how many matching articles carry it
     */
    public record Count(String value, long count) {
    }
}
