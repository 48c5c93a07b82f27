package id.peristiwa.store;

import id.peristiwa.document.Article;
import id.peristiwa.entity.Actor;
import id.peristiwa.entity.Mention;
import id.peristiwa.event.Event;
import id.peristiwa.pipeline.AnalyzedArticle;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashSet;
import java.util.Set;

/**
 * Builds the index entry of an article, from a fresh analysis or from the article's DuckDB rows (when recovery
 * re-indexes it): both ways give the same entry. Its actor codes are those of the mentions and of the events'
 * sources and targets.
 */
final class IndexedArticles {

    private IndexedArticles() {
    }

    static IndexedArticle of(AnalyzedArticle analyzed, String contentHash) {
        Article a = analyzed.article();
        Set<String> actors = new HashSet<>();
        Set<String> types = new HashSet<>();
        for (Mention m : analyzed.mentions()) {
            if (m.actor() != null) {
                actors.add(m.actor().code());
            }
        }
        for (Event e : analyzed.events()) {
            types.add(e.type().name());
            e.source().stream().map(Actor::code).forEach(actors::add);
            e.target().stream().map(Actor::code).forEach(actors::add);
        }
        return new IndexedArticle(a.id(), contentHash, a.title(), a.text(), a.source().outlet(), a.section(),
                a.published() == null ? null : a.published().date(), a.published() == null ? null
                : a.published().toIso(), actors, types);
    }

    /** The entry of a stored article, or null when the store has no such article. */
    static IndexedArticle load(Connection db, String id) throws SQLException {
        Set<String> actors = strings(db, "SELECT actor_code FROM mentions WHERE article_id = ? AND actor_code "
                + "IS NOT NULL UNION SELECT code FROM event_actors WHERE article_id = ? AND role <> 'SPEAKER'", id);
        Set<String> types = strings(db, "SELECT type FROM events WHERE article_id = ?", id);
        try (PreparedStatement st = db.prepareStatement("SELECT content_hash, title, text, outlet, section, "
                + "published_date, published FROM articles WHERE id = ?")) {
            st.setString(1, id);
            try (ResultSet rs = st.executeQuery()) {
                if (!rs.next()) {
                    return null;
                }
                Date published = rs.getDate(6);
                return new IndexedArticle(id, rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getString(5), published == null ? null : published.toLocalDate(), rs.getString(7), actors,
                        types);
            }
        }
    }

    private static Set<String> strings(Connection db, String sql, String id) throws SQLException {
        Set<String> values = new HashSet<>();
        try (PreparedStatement st = db.prepareStatement(sql)) {
            int parameters = (int) sql.chars().filter(c -> c == '?').count();
            for (int i = 1; i <= parameters; i++) {
                st.setString(i, id);
            }
            try (ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                    values.add(rs.getString(1));
                }
            }
        }
        return values;
    }
}
