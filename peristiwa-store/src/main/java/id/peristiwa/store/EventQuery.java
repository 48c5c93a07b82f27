package id.peristiwa.store;

import id.peristiwa.document.Span;
import id.peristiwa.entity.Actor;
import id.peristiwa.event.Attribution;
import id.peristiwa.event.DateGranularity;
import id.peristiwa.event.Event;
import id.peristiwa.event.EventDate;
import id.peristiwa.event.EventPlace;
import id.peristiwa.event.Modality;
import id.peristiwa.event.PlacePrecision;
import id.peristiwa.event.PloverType;
import id.peristiwa.event.Polarity;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads stored events through an {@link EventFilter}: one query for the page of event rows, newest event date
 * first, and one for their actors, from which each {@link Event} is put back together.
 */
final class EventQuery {

    private static final String ACTOR_IN = "EXISTS (SELECT 1 FROM event_actors a WHERE a.event_id = e.event_id "
            + "AND a.role IN (%s) AND starts_with(a.code, ?))";

    /** Event rows with their cluster's id and counts. */
    private static final String SELECT = "SELECT e.*, c.cluster_id AS cluster_id, c.mentions AS cluster_mentions, "
            + "c.sources AS cluster_sources, c.articles AS cluster_articles FROM events e "
            + "LEFT JOIN event_cluster_members m ON m.event_id = e.event_id "
            + "LEFT JOIN event_clusters c ON c.cluster_id = m.cluster_id";

    private EventQuery() {
    }

    static List<StoredEvent> events(Connection db, EventFilter filter) throws SQLException {
        List<Object> parameters = new ArrayList<>();
        String where = where(filter, parameters);
        String sql = SELECT + where + " ORDER BY e.date DESC NULLS LAST, e.event_id LIMIT ? OFFSET ?";
        parameters.add(filter.size());
        parameters.add((long) filter.page() * filter.size());
        List<Row> rows = new ArrayList<>();
        try (PreparedStatement st = prepare(db, sql, parameters); ResultSet rs = st.executeQuery()) {
            while (rs.next()) {
                rows.add(new Row(rs));
            }
        }
        Map<String, Map<String, List<Actor>>> actors = actors(db, rows.stream().map(r -> r.id).toList());
        List<StoredEvent> events = new ArrayList<>(rows.size());
        for (Row row : rows) {
            events.add(row.toStored(actors.getOrDefault(row.id, Map.of())));
        }
        return events;
    }

    static long count(Connection db, EventFilter filter) throws SQLException {
        List<Object> parameters = new ArrayList<>();
        String sql = "SELECT count(*) FROM events e" + where(filter, parameters);
        try (PreparedStatement st = prepare(db, sql, parameters); ResultSet rs = st.executeQuery()) {
            rs.next();
            return rs.getLong(1);
        }
    }

    /** The WHERE clause (with its leading space, or empty) selecting the filter's events {@code e}. */
    static String where(EventFilter filter, List<Object> parameters) {
        List<String> conditions = conditions(filter, parameters);
        return conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions);
    }

    /**
     * The SQL conditions on {@code events e} that select what the filter asks for (its page aside), adding their
     * values to {@code parameters} in order.
     */
    static List<String> conditions(EventFilter filter, List<Object> parameters) {
        List<String> conditions = new ArrayList<>();
        if (filter.actor() != null) {
            conditions.add(ACTOR_IN.formatted("'SOURCE', 'TARGET'"));
            parameters.add(filter.actor());
        }
        if (filter.dyadSource() != null) {
            conditions.add(ACTOR_IN.formatted("'SOURCE'"));
            parameters.add(filter.dyadSource());
            conditions.add(ACTOR_IN.formatted("'TARGET'"));
            parameters.add(filter.dyadTarget());
        }
        if (filter.type() != null) {
            conditions.add("e.type = ?");
            parameters.add(filter.type().name());
        }
        if (filter.quadClass() != null) {
            conditions.add("e.quad_class = ?");
            parameters.add(filter.quadClass());
        }
        if (filter.from() != null) {
            conditions.add("e.date >= ?");
            parameters.add(Date.valueOf(filter.from()));
        }
        if (filter.to() != null) {
            conditions.add("e.date <= ?");
            parameters.add(Date.valueOf(filter.to()));
        }
        return conditions;
    }

    /** A statement with its parameters bound in order. */
    static PreparedStatement prepare(Connection db, String sql, List<Object> parameters)
            throws SQLException {
        PreparedStatement st = db.prepareStatement(sql);
        for (int i = 0; i < parameters.size(); i++) {
            st.setObject(i + 1, parameters.get(i));
        }
        return st;
    }

    /** The actors of each event, by event id and then by role, in their stored order. */
    private static Map<String, Map<String, List<Actor>>> actors(Connection db, List<String> eventIds)
            throws SQLException {
        Map<String, Map<String, List<Actor>>> actors = new HashMap<>();
        if (eventIds.isEmpty()) {
            return actors;
        }
        String sql = "SELECT event_id, role, code, country, sector, name, actor_role FROM event_actors "
                + "WHERE event_id IN (" + "?, ".repeat(eventIds.size() - 1) + "?) ORDER BY event_id, role, position";
        try (PreparedStatement st = prepare(db, sql, new ArrayList<>(eventIds)); ResultSet rs = st.executeQuery()) {
            while (rs.next()) {
                actors.computeIfAbsent(rs.getString(1), id -> new HashMap<>())
                        .computeIfAbsent(rs.getString(2), role -> new ArrayList<>())
                        .add(new Actor(rs.getString(3), rs.getString(4), rs.getString(5), rs.getString(6),
                                rs.getString(7)));
            }
        }
        return actors;
    }

    /** One row of the events table, read by column name. */
    private static final class Row {
        final String id;
        final String articleId;
        final Object[] values;
        final Map<String, Integer> columns = new HashMap<>();

        Row(ResultSet rs) throws SQLException {
            int n = rs.getMetaData().getColumnCount();
            values = new Object[n];
            for (int c = 1; c <= n; c++) {
                columns.put(rs.getMetaData().getColumnLabel(c), c - 1);
                values[c - 1] = rs.getObject(c);
            }
            id = string("event_id");
            articleId = string("article_id");
        }

        private Object get(String column) {
            return values[columns.get(column)];
        }

        private String string(String column) {
            Object v = get(column);
            return v == null ? null : v.toString();
        }

        private Integer integer(String column) {
            Object v = get(column);
            return v == null ? null : ((Number) v).intValue();
        }

        private Double decimal(String column) {
            Object v = get(column);
            return v == null ? null : ((Number) v).doubleValue();
        }

        private Span span(String start, String end) {
            Integer s = integer(start);
            return s == null ? null : new Span(s, integer(end));
        }

        StoredEvent toStored(Map<String, List<Actor>> actors) {
            Object day = get("date");
            EventDate date = day == null ? null : new EventDate(
                    day instanceof Date sqlDate ? sqlDate.toLocalDate() : (LocalDate) day,
                    DateGranularity.valueOf(string("date_granularity")), Boolean.TRUE.equals(get("date_from_text")));
            EventPlace place = string("place_name") == null ? null : new EventPlace(string("place_name"),
                    string("place_country"), decimal("place_lat"), decimal("place_lon"),
                    PlacePrecision.valueOf(string("place_precision")));
            List<Actor> speaker = actors.getOrDefault(ArticleRows.ActorRole.SPEAKER.name(), List.of());
            Span cue = span("cue_start", "cue_end");
            Attribution attribution = speaker.isEmpty() && cue == null && string("relay") == null ? null
                    : new Attribution(speaker.isEmpty() ? null : speaker.getFirst(), cue, string("relay"));
            Event event = new Event(PloverType.valueOf(string("type")), string("mode"), string("context"),
                    string("cameo"), decimal("goldstein"),
                    actors.getOrDefault(ArticleRows.ActorRole.SOURCE.name(), List.of()),
                    actors.getOrDefault(ArticleRows.ActorRole.TARGET.name(), List.of()),
                    Polarity.valueOf(string("polarity")), Modality.valueOf(string("modality")), date, place,
                    span("sentence_start", "sentence_end"), span("trigger_start", "trigger_end"), attribution,
                    string("rule"), decimal("confidence"));
            EventCluster cluster = string("cluster_id") == null ? null : new EventCluster(string("cluster_id"),
                    integer("cluster_mentions"), integer("cluster_sources"), integer("cluster_articles"));
            return new StoredEvent(id, articleId, event, string("evidence"), cluster);
        }
    }
}
