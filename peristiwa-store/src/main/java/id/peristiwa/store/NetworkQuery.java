package id.peristiwa.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The actor network of events (see {@link StoreViews#network}). */
final class NetworkQuery {

    private NetworkQuery() {
    }

    static StoreViews.Network network(Connection db, EventFilter filter, int limit) throws SQLException {
        List<Object> parameters = new ArrayList<>();
        String sql = "SELECT e.source_code, e.target_code, count(*), avg(e.goldstein) FROM events e"
                + SqlRows.where(filter, parameters, "e.source_code IS NOT NULL", "e.target_code IS NOT NULL",
                        "e.source_code <> e.target_code")
                + " GROUP BY 1, 2 ORDER BY 3 DESC, 1, 2 LIMIT ?";
        parameters.add(limit);
        List<StoreViews.Network.Edge> edges = SqlRows.list(db, sql, parameters,
                rs -> new StoreViews.Network.Edge(rs.getString(1), rs.getString(2), rs.getLong(3),
                        Math.round(rs.getDouble(4) * 100) / 100.0));
        Map<String, long[]> events = new LinkedHashMap<>();
        Map<String, Double> goldstein = new HashMap<>();
        for (StoreViews.Network.Edge edge : edges) {
            for (String code : List.of(edge.source(), edge.target())) {
                events.computeIfAbsent(code, c -> new long[1])[0] += edge.events();
                goldstein.merge(code, edge.goldsteinMean() * edge.events(), Double::sum);
            }
        }
        Map<String, String> names = names(db, new ArrayList<>(events.keySet()));
        List<StoreViews.Network.Node> nodes = new ArrayList<>();
        events.forEach((code, n) -> nodes.add(new StoreViews.Network.Node(code, names.get(code), n[0],
                Math.round(goldstein.get(code) / n[0] * 100) / 100.0)));
        nodes.sort(Comparator.comparingLong(StoreViews.Network.Node::events).reversed()
                .thenComparing(StoreViews.Network.Node::code));
        return new StoreViews.Network(nodes, edges);
    }

    private static Map<String, String> names(Connection db, List<String> codes) throws SQLException {
        Map<String, String> names = new HashMap<>();
        if (codes.isEmpty()) {
            return names;
        }
        String sql = "SELECT code, mode(name) FROM event_actors WHERE code IN (" + "?, ".repeat(codes.size() - 1)
                + "?) GROUP BY code";
        SqlRows.list(db, sql, new ArrayList<>(codes), rs -> names.put(rs.getString(1), rs.getString(2)));
        return names;
    }
}
