package id.peristiwa.store;

import id.peristiwa.document.Article;
import id.peristiwa.document.Dateline;
import id.peristiwa.document.Published;
import id.peristiwa.document.Source;
import id.peristiwa.document.Span;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Puts stored articles back together as {@link Article}s, so that core's exporters can write their events: the
 * columns of {@code articles}, and the paragraphs, dateline span, boilerplate count and warnings that only the
 * analysis JSON keeps (read with DuckDB's JSON functions). Also reads their sentence spans and story ids.
 */
final class StoredArticles {

    private static final String SELECT = """
            SELECT id, url, path, outlet, title, section, published, author, language, language_confidence, text,
                   json_extract(analysis_json, '$.paragraphs')::INTEGER[][],
                   analysis_json->>'$.dateline.place', analysis_json->>'$.dateline.outlet',
                   json_extract(analysis_json, '$.dateline.span')::INTEGER[],
                   (analysis_json->>'$.boilerplateRemoved')::INTEGER,
                   json_extract(analysis_json, '$.warnings')::VARCHAR[],
                   story_id
            FROM articles WHERE id IN (%s)""";

    private StoredArticles() {
    }

    /** The stored articles with these ids, by id; ids not stored are left out. */
    static Map<String, Loaded> load(Connection db, Collection<String> ids, boolean sentences) throws SQLException {
        Map<String, Loaded> loaded = new HashMap<>();
        if (ids.isEmpty()) {
            return loaded;
        }
        List<String> list = List.copyOf(ids);
        try (PreparedStatement st = db.prepareStatement(SELECT.formatted("?, ".repeat(list.size() - 1) + "?"))) {
            for (int i = 0; i < list.size(); i++) {
                st.setString(i + 1, list.get(i));
            }
            try (ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                    Article article = article(rs);
                    loaded.put(article.id(), new Loaded(article, rs.getString(18),
                            sentences ? sentences(db, article.id()) : List.of()));
                }
            }
        }
        return loaded;
    }

    private static Article article(ResultSet rs) throws SQLException {
        List<Span> paragraphs = new ArrayList<>();
        for (Object pair : elements(rs.getArray(12))) {
            paragraphs.add(span(pair));
        }
        Array datelineSpan = rs.getArray(15);
        Dateline dateline = datelineSpan == null ? null
                : new Dateline(rs.getString(13), rs.getString(14), span(datelineSpan));
        List<String> warnings = new ArrayList<>();
        for (Object w : elements(rs.getArray(17))) {
            warnings.add(String.valueOf(w));
        }
        return new Article(rs.getString(1), new Source(rs.getString(2), rs.getString(3), rs.getString(4)),
                rs.getString(5), rs.getString(6), published(rs.getString(7)), rs.getString(8), rs.getString(9),
                rs.getDouble(10), dateline, rs.getString(11), paragraphs, rs.getInt(16), warnings);
    }

    private static List<Span> sentences(Connection db, String articleId) throws SQLException {
        List<Span> spans = new ArrayList<>();
        try (PreparedStatement st = db.prepareStatement(
                "SELECT start_char, end_char FROM sentences WHERE article_id = ? ORDER BY idx")) {
            st.setString(1, articleId);
            try (ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                    spans.add(new Span(rs.getInt(1), rs.getInt(2)));
                }
            }
        }
        return spans;
    }

    /** The stored ISO-8601 publication time back at the precision it was written with. */
    static Published published(String iso) {
        if (iso == null) {
            return null;
        }
        if (iso.length() == 10) {
            return Published.of(LocalDate.parse(iso));
        }
        try {
            return Published.of(OffsetDateTime.parse(iso));
        } catch (DateTimeParseException noOffset) {
            return Published.of(LocalDateTime.parse(iso));
        }
    }

    private static List<Object> elements(Object array) throws SQLException {
        return switch (array) {
            case null -> List.of();
            case Array a -> List.of((Object[]) a.getArray());
            case Object[] values -> List.of(values);
            case List<?> values -> new ArrayList<>(values);
            default -> throw new IllegalStateException("not a list: " + array.getClass().getName());
        };
    }

    private static Span span(Object pair) throws SQLException {
        List<Object> ends = elements(pair);
        return new Span(((Number) ends.get(0)).intValue(), ((Number) ends.get(1)).intValue());
    }

    /**
     * A stored article as an {@link Article}, with its story id and, when asked for, its sentence spans.
     *
     * @param article   the article
     * @param storyId   its story's id
     * @param sentences its sentence spans in text order, or empty when not asked for
     */
    record Loaded(Article article, String storyId, List<Span> sentences) {
    }
}
