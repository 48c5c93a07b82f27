package id.peristiwa.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/** Outlet, relayed agency and speaker of events (see {@link StoreViews#sourceChains}). */
final class SourceChainQuery {

    private SourceChainQuery() {
    }

    static List<StoreViews.SourceChain> chains(Connection db, EventFilter filter, int limit) throws SQLException {
        List<Object> parameters = new ArrayList<>();
        String sql = "SELECT ar.outlet, e.relay, e.speaker_code, mode(sp.name), count(DISTINCT e.event_id), "
                + "count(DISTINCT e.article_id) FROM events e JOIN articles ar ON ar.id = e.article_id "
                + "LEFT JOIN event_actors sp ON sp.event_id = e.event_id AND sp.role = 'SPEAKER' AND sp.position = 0"
                + SqlRows.where(filter, parameters, "(e.relay IS NOT NULL OR e.speaker_code IS NOT NULL)")
                + " GROUP BY 1, 2, 3 ORDER BY 5 DESC, 1, 2, 3 LIMIT ?";
        parameters.add(limit);
        return SqlRows.list(db, sql, parameters, rs -> new StoreViews.SourceChain(rs.getString(1), rs.getString(2),
                rs.getString(3), rs.getString(4), rs.getLong(5), rs.getLong(6)));
    }
}
