package id.peristiwa.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/** Where events happened (see {@link StoreViews#places}). */
final class PlaceQuery {

    private PlaceQuery() {
    }

    static List<StoreViews.Place> places(Connection db, EventFilter filter, int limit) throws SQLException {
        List<Object> parameters = new ArrayList<>();
        String sql = "SELECT e.place_name, e.place_country, avg(e.place_lat), avg(e.place_lon), count(*), "
                + "avg(e.goldstein) FROM events e"
                + SqlRows.where(filter, parameters, "e.place_lat IS NOT NULL", "e.place_lon IS NOT NULL")
                + " GROUP BY 1, 2 ORDER BY 5 DESC, 1, 2 LIMIT ?";
        parameters.add(limit);
        return SqlRows.list(db, sql, parameters, rs -> new StoreViews.Place(rs.getString(1), rs.getString(2),
                SqlRows.decimal(rs, 3), SqlRows.decimal(rs, 4), rs.getLong(5), SqlRows.decimal(rs, 6)));
    }
}
