package id.peristiwa.store;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Aggregate reads over a store's events, the figures an analyst's dashboard is made of: actors with their
 * counts and profiles, dyad time series, the actor network, event places, source chains and store statistics.
 * Every read takes an {@link EventFilter} that selects the events it aggregates (its page is ignored), with the
 * filter's CAMEO-prefix actor semantics. Obtain one from {@link Store#views()}; it is as thread-safe as the store.
 */
public final class StoreViews {

    /** The most rows an aggregate list returns. */
    public static final int MAX_ROWS = 1000;

    private final Reader reader;
    private final boolean dyadTable;
    private final Supplier<DyadMemory> dyadMemory;

    /** @param dyadTable whether the store has the {@code event_dyads} table (schema version 3 on) */
    StoreViews(Reader reader, boolean dyadTable) {
        this(reader, dyadTable, null);
    }

    /**
     * @param dyadTable  whether the store has the {@code event_dyads} table (schema version 3 on)
     * @param dyadMemory the table in memory, for a store that does not change; null to read DuckDB every time
     */
    StoreViews(Reader reader, boolean dyadTable, Supplier<DyadMemory> dyadMemory) {
        this.reader = reader;
        this.dyadTable = dyadTable;
        this.dyadMemory = dyadMemory;
    }

    /** Runs reads on connections of their own (the store's {@code read}). */
    interface Reader {
        <T> T read(Store.Read<T> read);
    }

    /**
     * Actors among the selected events' sources and targets, most events first (ties by code).
     *
     * @param prefix only codes beginning with it, or null for all
     * @param limit  1 to {@link #MAX_ROWS}
     */
    public List<ActorCount> actors(EventFilter filter, String prefix, int limit) {
        checkLimit(limit);
        return reader.read(c -> ActorQueries.list(c, Objects.requireNonNull(filter, "filter"), prefix, limit));
    }

    /**
     * The profile of an actor code (and the more specific codes it begins) over the selected events, or empty when
     * no selected event has it as a source or target.
     */
    public Optional<ActorProfile> actor(String code, EventFilter filter) {
        Objects.requireNonNull(code, "code");
        return reader.read(c -> ActorQueries.profile(c, code, Objects.requireNonNull(filter, "filter")));
    }

    /**
     * The time series of the selected events (a dyad is selected with {@link EventFilter#withDyad}): per period,
     * how many events of each quad class and the sum of their Goldstein scores. Events without a date are left out.
     */
    public List<SeriesPoint> series(EventFilter filter, Interval interval) {
        Objects.requireNonNull(interval, "interval");
        if (dyadMemory != null && DyadMemory.answers(Objects.requireNonNull(filter, "filter"))) {
            return dyadMemory.get().series(filter, interval);
        }
        return reader.read(c -> SeriesQuery.series(c, Objects.requireNonNull(filter, "filter"), interval,
                dyadTable));
    }

    /**
     * The network of the selected events: edges from the first source to the first target actor, the heaviest
     * {@code limit} edges with their event counts and mean Goldstein scores, and the actors they join.
     */
    public Network network(EventFilter filter, int limit) {
        checkLimit(limit);
        return reader.read(c -> NetworkQuery.network(c, Objects.requireNonNull(filter, "filter"), limit));
    }

    /** The places of the selected events that have coordinates, most events first. */
    public List<Place> places(EventFilter filter, int limit) {
        checkLimit(limit);
        return reader.read(c -> PlaceQuery.places(c, Objects.requireNonNull(filter, "filter"), limit));
    }

    /**
     * Source chains of the selected events: which outlet reported, relaying which agency or outlet, on whose word;
     * events with neither a relay nor a speaker are left out. Most events first.
     */
    public List<SourceChain> sourceChains(EventFilter filter, int limit) {
        checkLimit(limit);
        return reader.read(c -> SourceChainQuery.chains(c, Objects.requireNonNull(filter, "filter"), limit));
    }

    /** Counts and date ranges of the whole store. */
    public Statistics statistics() {
        return reader.read(StatisticsQuery::statistics);
    }

    private static void checkLimit(int limit) {
        if (limit < 1 || limit > MAX_ROWS) {
            throw new IllegalArgumentException("limit must be 1 to " + MAX_ROWS + ", not " + limit);
        }
    }

    /** The period a time series counts by. */
    public enum Interval {
        DAY, WEEK, MONTH;

        /** The DuckDB date part, a constant (never request text). */
        String datePart() {
            return switch (this) {
                case DAY -> "day";
                case WEEK -> "week";
                case MONTH -> "month";
            };
        }
    }

    /**
     * An actor and how many selected events it takes part in.
     *
     * @param code     the actor code
     * @param name     the name it is most often stored with, or null
     * @param events   events with it as a source or target
     * @param asSource events with it among the sources
     * @param asTarget events with it among the targets
     */
    public record ActorCount(String code, String name, long events, long asSource, long asTarget) {
    }

    /**
     * An actor's profile.
     *
     * @param code           the code asked for
     * @param name           the name stored most often with exactly that code, or null
     * @param events         selected events with it (or a more specific code) as a source or target
     * @param goldsteinMean  their mean Goldstein score
     * @param counterparts   the actors on the other side of its events, most events first (at most 25)
     * @param types          its events by PLOVER type, most first
     * @param trend          its events by month, oldest first
     */
    public record ActorProfile(String code, String name, long events, Double goldsteinMean,
                               List<ActorCount> counterparts, List<TypeCount> types, List<SeriesPoint> trend) {
        public ActorProfile {
            counterparts = List.copyOf(counterparts);
            types = List.copyOf(types);
            trend = List.copyOf(trend);
        }
    }

    /**
     * How many events have a PLOVER type.
     *
     * @param type  the type
     * @param count how many
     */
    public record TypeCount(String type, long count) {
    }

    /**
     * One period of a time series.
     *
     * @param period              its first day, ISO-8601
     * @param verbalCooperation   events of quad class 1
     * @param materialCooperation events of quad class 2
     * @param verbalConflict      events of quad class 3
     * @param materialConflict    events of quad class 4
     * @param goldsteinSum        the sum of their Goldstein scores
     */
    public record SeriesPoint(String period, long verbalCooperation, long materialCooperation, long verbalConflict,
                              long materialConflict, double goldsteinSum) {

        /** All its events. */
        public long events() {
            return verbalCooperation + materialCooperation + verbalConflict + materialConflict;
        }
    }

    /**
     * An actor network.
     *
     * @param nodes the actors, most events first
     * @param edges the directed edges, heaviest first
     */
    public record Network(List<Node> nodes, List<Edge> edges) {
        public Network {
            nodes = List.copyOf(nodes);
            edges = List.copyOf(edges);
        }

        /**
         * An actor of the network.
         *
         * @param code          the actor code
         * @param name          its most frequent name, or null
         * @param events        events on its edges
         * @param goldsteinMean the mean Goldstein score of those events
         */
        public record Node(String code, String name, long events, double goldsteinMean) {
        }

        /**
         * Events from one actor to another.
         *
         * @param source        the source actor code
         * @param target        the target actor code
         * @param events        how many
         * @param goldsteinMean their mean Goldstein score
         */
        public record Edge(String source, String target, long events, double goldsteinMean) {
        }
    }

    /**
     * A place events happened.
     *
     * @param name          the place name as coded
     * @param country       its country code, or null
     * @param lat           latitude
     * @param lon           longitude
     * @param events        how many selected events
     * @param goldsteinMean their mean Goldstein score
     */
    public record Place(String name, String country, double lat, double lon, long events, double goldsteinMean) {
    }

    /**
     * Who reported events on whose word.
     *
     * @param outlet      the reporting outlet, or null
     * @param relay       the agency or outlet relayed from, or null when reported first hand
     * @param speaker     the speaker's actor code, or null
     * @param speakerName the speaker's most frequent name, or null
     * @param events      how many events
     * @param articles    in how many articles
     */
    public record SourceChain(String outlet, String relay, String speaker, String speakerName, long events,
                              long articles) {
    }

    /**
     * The size and span of a store.
     *
     * @param articles       articles
     * @param events         events
     * @param mentions       mentions
     * @param quotes         quotes
     * @param outlets        distinct outlets
     * @param actors         distinct actor codes among events
     * @param firstPublished the earliest publication day, or null
     * @param lastPublished  the latest publication day, or null
     * @param firstEvent     the earliest event day, or null
     * @param lastEvent      the latest event day, or null
     * @param byQuadClass    events of quad classes 1 to 4
     * @param types          events by PLOVER type, most first
     */
    public record Statistics(long articles, long events, long mentions, long quotes, long outlets, long actors,
                             String firstPublished, String lastPublished, String firstEvent, String lastEvent,
                             List<Long> byQuadClass, List<TypeCount> types) {
        public Statistics {
            byQuadClass = List.copyOf(byQuadClass);
            types = List.copyOf(types);
        }
    }
}
