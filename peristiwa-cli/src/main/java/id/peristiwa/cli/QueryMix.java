package id.peristiwa.cli;

import id.peristiwa.store.Facets;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;

/**
 * The requests {@code bench serve} sends: searches made of the store's headline words, alone and in pairs, with
 * the pages, page sizes and filters (outlet, section, actor, event type, month) a reader of the search page uses;
 * and the series of every dyad with events, by month, week and day, some restricted to a quad class or a start
 * date, with the country-level dyads their codes begin. So many distinct requests that a response cache keeps only
 * a part of them, as it would in use. The same store gives the same mix, in the same (shuffled) order.
 */
final class QueryMix {

    /** The shortest headline word searched for, so that the bench searches for words a reader would type. */
    static final int MIN_WORD = 5;

    private static final long SEED = 20_240_601L;

    private QueryMix() {
    }

    /**
     * Search paths: every distinct headline word (in the order the titles give them) up to {@code words}, then as
     * many pairs of neighbouring headline words up to {@code pairs}; each with its own page, size and filter.
     *
     * @param titles headlines, in a fixed order
     * @param facets the whole store's facets, whose values the filters take
     */
    static List<String> searches(List<String> titles, Facets facets, int words, int pairs) {
        Set<String> singles = new LinkedHashSet<>();
        Set<String> neighbours = new LinkedHashSet<>();
        for (String title : titles) {
            String previous = null;
            for (String word : title.toLowerCase(Locale.ROOT).split("[^\\p{L}]+")) {
                if (word.length() < MIN_WORD) {
                    previous = null;
                    continue;
                }
                if (singles.size() < words) {
                    singles.add(word);
                }
                if (previous != null && neighbours.size() < pairs) {
                    neighbours.add(previous + " " + word);
                }
                previous = word;
            }
        }
        List<String> queries = new ArrayList<>(singles);
        queries.addAll(neighbours);
        List<String> paths = new ArrayList<>(queries.size() + 1);
        for (int i = 0; i < queries.size(); i++) {
            paths.add("/api/search?q=" + encode(queries.get(i)) + "&size=" + (10 + i % 3 * 5) + "&page=" + (i / 3 % 3)
                    + filter(i, facets));
        }
        // Browsing without words: the home page, and each outlet's and section's newest articles.
        paths.add("/api/search?size=20");
        facets.outlets().forEach(o -> paths.add("/api/search?size=20&outlet=" + encode(o.value())));
        facets.sections().forEach(s -> paths.add("/api/search?size=20&section=" + encode(s.value())));
        return shuffled(paths);
    }

    /**
     * The filter of the {@code i}th search: of every twelve, three by outlet, one each by section, actor, event
     * type and month, five without a filter.
     */
    private static String filter(int i, Facets facets) {
        return switch (i % 12) {
            case 1, 5, 9 -> facets.outlets().isEmpty() ? "" : "&outlet=" + encode(pick(facets.outlets(), i));
            case 2 -> facets.sections().isEmpty() ? "" : "&section=" + encode(pick(facets.sections(), i));
            case 3 -> facets.actors().isEmpty() ? "" : "&actor=" + encode(pick(facets.actors(), i));
            case 6 -> facets.types().isEmpty() ? "" : "&type=" + encode(pick(facets.types(), i));
            case 7 -> {
                if (facets.months().isEmpty()) {
                    yield "";
                }
                YearMonth month = YearMonth.parse(pick(facets.months(), i));
                yield "&from=" + month.atDay(1) + "&to=" + month.atEndOfMonth();
            }
            default -> "";
        };
    }

    private static String pick(List<Facets.Count> counts, int i) {
        return counts.get(i % counts.size()).value();
    }

    /**
     * Dyad paths: each dyad (source code, target code) by month and by week, every third by day, every fourth
     * restricted to verbal conflict, every fifth from a start date; then the country-level dyad of each distinct
     * pair of three-letter prefixes, by month.
     *
     * @param dyads source and target codes of the dyads with events, in a fixed order
     * @param from  a start date (ISO-8601) for the restricted series
     */
    static List<String> dyads(List<List<String>> dyads, String from) {
        List<String> paths = new ArrayList<>();
        Set<String> countries = new LinkedHashSet<>();
        for (int i = 0; i < dyads.size(); i++) {
            String source = dyads.get(i).get(0);
            String target = dyads.get(i).get(1);
            String dyad = "/api/dyads/" + encode(source) + "/" + encode(target);
            paths.add(dyad + "?interval=month");
            paths.add(dyad + "?interval=week");
            if (i % 3 == 0) {
                paths.add(dyad + "?interval=day");
            }
            if (i % 4 == 1) {
                paths.add(dyad + "?interval=month&quad=3");
            }
            if (i % 5 == 2) {
                paths.add(dyad + "?interval=week&from=" + from);
            }
            countries.add("/api/dyads/" + encode(country(source)) + "/" + encode(country(target)) + "?interval=month");
        }
        paths.addAll(countries);
        return shuffled(paths);
    }

    /** The country part of a CAMEO-style code: its first three letters. */
    private static String country(String code) {
        return code.substring(0, Math.min(3, code.length()));
    }

    private static List<String> shuffled(List<String> paths) {
        List<String> copy = new ArrayList<>(new LinkedHashSet<>(paths));
        Collections.shuffle(copy, new Random(SEED));
        return List.copyOf(copy);
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
