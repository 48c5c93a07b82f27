package id.peristiwa.store;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Keeps the event clusters of a store ({@code event_clusters}, {@code event_cluster_members}) right: events that
 * several articles report, merged, with GDELT-style counts over the whole store.
 *
 * <p>Events are first split into blocks by PLOVER type, polarity (a denial is not a report of the act) and dyad:
 * the country of the first source and of the first target actor (the actor's code when it has no country, as
 * for {@code IGOUNO}). Within a block, sorted by day (the event date, else the article's publication day), a
 * cluster opens at the first unassigned event and takes every event up to {@value #TOLERANCE_DAYS} days later;
 * clusters holding events of one story (wire copies of one text) are then merged. An event without a day, or
 * with neither a source nor a target, only joins a cluster through its story. A cluster's id is the least event
 * id among its members.
 *
 * <p>The writer notes which blocks a batch changed (the blocks of events it deleted, inserted, or whose article
 * moved to another story) and {@link #refresh recomputes} exactly those blocks, whole, in the batch's own
 * transaction. As a block's clusters depend only on the events it holds, counts are always those a recomputation
 * of the whole store would give.
 */
final class EventClusters {

    /** How many days after a cluster's first event an event of its block still belongs to it. */
    static final int TOLERANCE_DAYS = 2;

    private static final String KEYED = """
            SELECT e.event_id, e.article_id, e.type, e.polarity,
                   coalesce(src.country, src.code, '') AS source_side,
                   coalesce(tgt.country, tgt.code, '') AS target_side,
                   coalesce(e.date, a.published_date) AS day, a.story_id, a.outlet
            FROM events e
            JOIN articles a ON a.id = e.article_id
            LEFT JOIN event_actors src ON src.event_id = e.event_id AND src.role = 'SOURCE' AND src.position = 0
            LEFT JOIN event_actors tgt ON tgt.event_id = e.event_id AND tgt.role = 'TARGET' AND tgt.position = 0""";

    private static final String SAME_BLOCK = "c.type = r.type AND c.polarity = r.polarity "
            + "AND c.source_side = r.source_side AND c.target_side = r.target_side";

    private final Connection db;
    private final Set<Block> dirty = new LinkedHashSet<>();

    EventClusters(Connection db) throws SQLException {
        this.db = db;
        try (Statement st = db.createStatement()) {
            st.execute("CREATE TEMP TABLE IF NOT EXISTS refresh_blocks (type VARCHAR, polarity VARCHAR, "
                    + "source_side VARCHAR, target_side VARCHAR)");
        }
    }

    /** Notes the blocks of the articles' stored events as changed; call before deleting events too. */
    void touch(Collection<String> articleIds) throws SQLException {
        List<String> ids = new ArrayList<>(articleIds);
        for (int from = 0; from < ids.size(); from += MultiRowInsert.CHUNK) {
            List<String> chunk = ids.subList(from, Math.min(ids.size(), from + MultiRowInsert.CHUNK));
            String sql = "SELECT DISTINCT type, polarity, source_side, target_side FROM (" + KEYED
                    + " WHERE e.article_id IN (" + "?, ".repeat(chunk.size() - 1) + "?))";
            try (PreparedStatement st = db.prepareStatement(sql)) {
                for (int i = 0; i < chunk.size(); i++) {
                    st.setString(i + 1, chunk.get(i));
                }
                readBlocks(st);
            }
        }
    }

    /** Notes every block of the store as changed (a migrated store computes all its clusters once). */
    void touchAll() throws SQLException {
        try (PreparedStatement st = db.prepareStatement(
                "SELECT DISTINCT type, polarity, source_side, target_side FROM (" + KEYED + ")")) {
            readBlocks(st);
        }
    }

    private void readBlocks(PreparedStatement st) throws SQLException {
        try (ResultSet rs = st.executeQuery()) {
            while (rs.next()) {
                dirty.add(new Block(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4)));
            }
        }
    }

    /** Recomputes the clusters of every block noted since the last refresh, in the caller's transaction. */
    void refresh() throws SQLException {
        if (dirty.isEmpty()) {
            return;
        }
        try (Statement st = db.createStatement()) {
            st.execute("DELETE FROM refresh_blocks");
        }
        try (MultiRowInsert blocks = new MultiRowInsert(db, "refresh_blocks", 4)) {
            for (Block b : dirty) {
                blocks.add(b.type, b.polarity, b.sourceSide, b.targetSide);
            }
            blocks.flush();
        }
        List<Cluster> clusters = cluster(dirtyEvents());
        try (Statement st = db.createStatement()) {
            st.execute("DELETE FROM event_cluster_members WHERE cluster_id IN (SELECT c.cluster_id FROM "
                    + "event_clusters c JOIN refresh_blocks r ON " + SAME_BLOCK + ")");
            st.execute("DELETE FROM event_clusters c USING refresh_blocks r WHERE " + SAME_BLOCK);
        }
        try (MultiRowInsert rows = new MultiRowInsert(db, "event_clusters", 10);
             MultiRowInsert members = new MultiRowInsert(db, "event_cluster_members", 3)) {
            for (Cluster c : clusters) {
                rows.add(c.id(), c.block.type, c.block.polarity, c.block.sourceSide, c.block.targetSide,
                        c.first() == null ? null : Date.valueOf(c.first()),
                        c.last() == null ? null : Date.valueOf(c.last()), c.events.size(), c.sources(),
                        c.articles());
                for (Keyed e : c.events) {
                    members.add(e.eventId, e.articleId, c.id());
                }
            }
            rows.flush();
            members.flush();
        }
        dirty.clear();
    }

    /** Forgets the noted blocks (the batch was rolled back). */
    void discard() {
        dirty.clear();
    }

    private List<Keyed> dirtyEvents() throws SQLException {
        String sql = "SELECT k.* FROM (" + KEYED + ") k JOIN refresh_blocks r ON k.type = r.type AND "
                + "k.polarity = r.polarity AND k.source_side = r.source_side AND k.target_side = r.target_side "
                + "ORDER BY k.type, k.polarity, k.source_side, k.target_side, k.day NULLS LAST, k.event_id";
        List<Keyed> events = new ArrayList<>();
        try (Statement st = db.createStatement(); ResultSet rs = st.executeQuery(sql)) {
            while (rs.next()) {
                Date day = rs.getDate(7);
                events.add(new Keyed(rs.getString(1), rs.getString(2),
                        new Block(rs.getString(3), rs.getString(4), rs.getString(5), rs.getString(6)),
                        day == null ? null : day.toLocalDate(), rs.getString(8), rs.getString(9)));
            }
        }
        return events;
    }

    /** Clusters events sorted by block, then day (nulls last), then id. */
    static List<Cluster> cluster(List<Keyed> sorted) {
        List<Cluster> clusters = new ArrayList<>();
        int from = 0;
        while (from < sorted.size()) {
            int to = from;
            while (to < sorted.size() && sorted.get(to).block.equals(sorted.get(from).block)) {
                to++;
            }
            clusters.addAll(clusterBlock(sorted.subList(from, to)));
            from = to;
        }
        return clusters;
    }

    private static List<Cluster> clusterBlock(List<Keyed> events) {
        boolean dyad = !events.getFirst().block.sourceSide.isEmpty() || !events.getFirst().block.targetSide.isEmpty();
        int[] window = new int[events.size()];
        int windows = 0;
        LocalDate opened = null;
        for (int i = 0; i < events.size(); i++) {
            LocalDate day = events.get(i).day;
            boolean joins = dyad && day != null && opened != null && !day.isAfter(opened.plusDays(TOLERANCE_DAYS));
            if (!joins) {
                windows++;
                opened = dyad ? day : null;
            }
            window[i] = windows - 1;
        }
        int[] parent = new int[windows];
        for (int w = 0; w < windows; w++) {
            parent[w] = w;
        }
        Map<String, Integer> storyWindow = new HashMap<>();
        for (int i = 0; i < events.size(); i++) {
            String story = events.get(i).storyId;
            if (story == null) {
                continue;
            }
            Integer other = storyWindow.putIfAbsent(story, window[i]);
            if (other != null) {
                int a = root(parent, other);
                int b = root(parent, window[i]);
                parent[Math.max(a, b)] = Math.min(a, b);
            }
        }
        Map<Integer, Cluster> byRoot = new java.util.TreeMap<>();
        for (int i = 0; i < events.size(); i++) {
            byRoot.computeIfAbsent(root(parent, window[i]), r -> new Cluster(events.getFirst().block,
                    new ArrayList<>())).events.add(events.get(i));
        }
        return List.copyOf(byRoot.values());
    }

    private static int root(int[] parent, int i) {
        while (parent[i] != i) {
            parent[i] = parent[parent[i]];
            i = parent[i];
        }
        return i;
    }

    /** Events of one type, polarity and dyad. */
    record Block(String type, String polarity, String sourceSide, String targetSide) {
    }

    /** An event with what clustering needs of it. */
    record Keyed(String eventId, String articleId, Block block, LocalDate day, String storyId, String outlet) {
    }

    /** A cluster of one block's events. */
    record Cluster(Block block, List<Keyed> events) {

        String id() {
            return events.stream().map(Keyed::eventId).min(String::compareTo).orElseThrow();
        }

        LocalDate first() {
            return events.stream().map(Keyed::day).filter(d -> d != null).min(LocalDate::compareTo).orElse(null);
        }

        LocalDate last() {
            return events.stream().map(Keyed::day).filter(d -> d != null).max(LocalDate::compareTo).orElse(null);
        }

        /** Distinct outlets; an article without an outlet counts as a source of its own. */
        int sources() {
            Set<String> outlets = new HashSet<>();
            for (Keyed e : events) {
                outlets.add(e.outlet != null ? "outlet:" + e.outlet : "article:" + e.articleId);
            }
            return outlets.size();
        }

        int articles() {
            return (int) events.stream().map(Keyed::articleId).distinct().count();
        }
    }
}
