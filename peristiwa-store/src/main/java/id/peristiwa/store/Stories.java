package id.peristiwa.store;

import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Groups stored articles into stories: wire copies and republications of one text. Each article's MinHash
 * signature ({@code article_stories}) and band buckets ({@code story_buckets}) are written in the writer's
 * transaction, so a story never disagrees with the articles it holds.
 *
 * <p>A story is a connected component of the {@link LshBands#linked} relation, and its id is the least article
 * id among its members. Both depend only on which texts are stored, not on the order they came in, so ingesting
 * again, or in another order, gives the same stories. Placing articles recomputes the components of every story
 * they touch: the ones they left (a changed text may no longer bridge two groups) and those they now link to.
 *
 * <p>Articles are {@link #stage staged} as they are stored (their signatures computed then) and {@link #place
 * placed} a batch at a time, because DuckDB's cost is per statement far more than per row: a batch costs a few
 * statements whatever its size.
 *
 * <p>Holds prepared statements on the writer's connection: one thread, the caller owns the transaction.
 */
final class Stories implements AutoCloseable {

    private final Connection db;
    private final PreparedStatement insertBuckets;
    private final PreparedStatement moveStory;
    private final MultiRowInsert storyRows;
    private final Map<String, int[]> staged = new LinkedHashMap<>();

    Stories(Connection db) throws SQLException {
        this.db = db;
        insertBuckets = db.prepareStatement("INSERT INTO story_buckets SELECT unnest(?::BIGINT[]), "
                + "unnest(?::VARCHAR[])");
        moveStory = db.prepareStatement("UPDATE article_stories SET story_id = ? WHERE article_id = ?");
        storyRows = new MultiRowInsert(db, "article_stories", 3);
    }

    /** Notes that the article now has this text; it is placed at the next {@link #place}. */
    void stage(String articleId, String text) {
        staged.put(articleId, MinHash.signature(Shingles.of(text)));
    }

    /** Forgets the staged articles (the batch was rolled back). */
    void discard() {
        staged.clear();
    }

    /**
     * Files every staged article under its story, moving each out of the story it was in when its text changed.
     *
     * @return the ids of the articles whose story id changed, new articles included; a staged article whose
     *         signature is the one it had is left alone
     */
    Set<String> place() throws SQLException {
        Map<String, Member> batch = new LinkedHashMap<>();
        Set<String> touchedStories = new HashSet<>();
        Map<String, Member> before = byId(select("article_id IN (%s)", staged.keySet()));
        for (Map.Entry<String, int[]> e : staged.entrySet()) {
            Member previous = before.get(e.getKey());
            if (previous == null || !Arrays.equals(previous.signature, e.getValue())) {
                batch.put(e.getKey(), new Member(e.getKey(), e.getKey(), e.getValue()));
                if (previous != null) {
                    touchedStories.add(previous.story);
                }
            }
        }
        staged.clear();
        if (batch.isEmpty()) {
            return new HashSet<>();
        }
        replaceRows(batch.values(), before);
        touchedStories.addAll(linkedStories(batch));
        Map<String, Member> members = byId(select("story_id IN (%s)", touchedStories));
        members.putAll(batch);
        Set<String> changed = regroup(members);
        for (Member m : batch.values()) {
            Member previous = before.get(m.article);
            if (previous == null || !previous.story.equals(members.get(m.article).story)) {
                changed.add(m.article);
            }
        }
        return changed;
    }

    /** Deletes the batch's old rows and inserts its new ones, each article in a story of its own for now. */
    private void replaceRows(Collection<Member> batch, Map<String, Member> before) throws SQLException {
        List<String> replaced = batch.stream().map(Member::article).filter(before::containsKey).toList();
        if (!replaced.isEmpty()) {
            for (String table : List.of("article_stories", "story_buckets")) {
                try (PreparedStatement st = db.prepareStatement("DELETE FROM " + table + " WHERE article_id IN ("
                        + placeholders(replaced.size()) + ")")) {
                    bind(st, replaced);
                    st.executeUpdate();
                }
            }
        }
        List<Long> buckets = new ArrayList<>();
        List<String> owners = new ArrayList<>();
        for (Member m : batch) {
            storyRows.add(m.article, m.article,
                    m.signature == null ? null : db.createArrayOf("INTEGER", boxed(m.signature)));
            if (m.signature != null) { // an article without words resembles nothing: no buckets
                for (long bucket : LshBands.buckets(m.signature)) {
                    buckets.add(bucket);
                    owners.add(m.article);
                }
            }
        }
        storyRows.flush();
        if (!buckets.isEmpty()) {
            insertBuckets.setArray(1, db.createArrayOf("BIGINT", buckets.toArray()));
            insertBuckets.setArray(2, db.createArrayOf("VARCHAR", owners.toArray()));
            insertBuckets.executeUpdate();
        }
    }

    /** The stories of stored articles outside the batch that some article of the batch is linked to. */
    private Set<String> linkedStories(Map<String, Member> batch) throws SQLException {
        Map<Long, List<Member>> byBucket = new HashMap<>();
        for (Member m : batch.values()) {
            if (m.signature != null) {
                for (long bucket : LshBands.buckets(m.signature)) {
                    byBucket.computeIfAbsent(bucket, b -> new ArrayList<>()).add(m);
                }
            }
        }
        Set<String> stories = new HashSet<>();
        if (byBucket.isEmpty()) {
            return stories;
        }
        StringBuilder in = new StringBuilder();
        for (long bucket : byBucket.keySet()) {
            in.append(in.isEmpty() ? "" : ", ").append(bucket); // numbers only: safe to write into the statement
        }
        String sql = "SELECT DISTINCT s.article_id, s.story_id, s.signature FROM story_buckets b JOIN article_stories s "
                + "ON s.article_id = b.article_id WHERE b.bucket IN (" + in + ")";
        try (Statement st = db.createStatement(); ResultSet rs = st.executeQuery(sql)) {
            while (rs.next()) {
                Member candidate = new Member(rs.getString(1), rs.getString(2), signature(rs.getArray(3)));
                if (batch.containsKey(candidate.article) || candidate.signature == null) {
                    continue;
                }
                for (long bucket : LshBands.buckets(candidate.signature)) {
                    for (Member m : byBucket.getOrDefault(bucket, List.of())) {
                        if (LshBands.linked(m.signature, candidate.signature)) {
                            stories.add(candidate.story);
                        }
                    }
                }
            }
        }
        return stories;
    }

    /**
     * Copies story ids to {@code articles.story_id}, where users read them. Done after the batch's article rows
     * are inserted, as a story can move articles whose rows were still waiting to be.
     */
    void copyToArticles() throws SQLException {
        try (Statement st = db.createStatement()) {
            st.executeUpdate("UPDATE articles SET story_id = s.story_id FROM article_stories s "
                    + "WHERE s.article_id = articles.id AND articles.story_id IS DISTINCT FROM s.story_id");
        }
    }

    /**
     * Splits the members into connected components and gives each the least id among its members, writing the
     * moves; returns the ids of the articles that moved (their {@code story} updated in the map).
     */
    private Set<String> regroup(Map<String, Member> members) throws SQLException {
        List<Member> list = new ArrayList<>(members.values());
        int[] parent = new int[list.size()];
        for (int i = 0; i < parent.length; i++) {
            parent[i] = i;
        }
        Map<Long, List<Integer>> byBucket = new HashMap<>();
        for (int i = 0; i < list.size(); i++) {
            if (list.get(i).signature != null) {
                for (long bucket : LshBands.buckets(list.get(i).signature)) {
                    byBucket.computeIfAbsent(bucket, b -> new ArrayList<>()).add(i);
                }
            }
        }
        for (List<Integer> bucket : byBucket.values()) {
            for (int x = 0; x < bucket.size(); x++) {
                for (int y = x + 1; y < bucket.size(); y++) {
                    int a = root(parent, bucket.get(x));
                    int b = root(parent, bucket.get(y));
                    if (a != b && LshBands.linked(list.get(bucket.get(x)).signature,
                            list.get(bucket.get(y)).signature)) {
                        parent[Math.max(a, b)] = Math.min(a, b);
                    }
                }
            }
        }
        Map<Integer, String> leastId = new HashMap<>();
        for (int i = 0; i < list.size(); i++) {
            leastId.merge(root(parent, i), list.get(i).article, (p, q) -> p.compareTo(q) <= 0 ? p : q);
        }
        Set<String> moved = new HashSet<>();
        for (int i = 0; i < list.size(); i++) {
            Member m = list.get(i);
            String story = leastId.get(root(parent, i));
            if (!story.equals(m.story)) {
                moveStory.setString(1, story);
                moveStory.setString(2, m.article);
                moveStory.executeUpdate();
                moved.add(m.article);
                members.put(m.article, new Member(m.article, story, m.signature));
            }
        }
        return moved;
    }

    private static int root(int[] parent, int i) {
        while (parent[i] != i) {
            parent[i] = parent[parent[i]];
            i = parent[i];
        }
        return i;
    }

    /** The rows of {@code article_stories} whose column is among the values ({@code where} holds one %s). */
    private List<Member> select(String where, Collection<String> values) throws SQLException {
        List<Member> found = new ArrayList<>();
        if (values.isEmpty()) {
            return found;
        }
        try (PreparedStatement st = db.prepareStatement("SELECT article_id, story_id, signature FROM article_stories "
                + "WHERE " + where.formatted(placeholders(values.size())))) {
            bind(st, values);
            try (ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                    found.add(new Member(rs.getString(1), rs.getString(2), signature(rs.getArray(3))));
                }
            }
        }
        return found;
    }

    private static Map<String, Member> byId(List<Member> members) {
        Map<String, Member> byId = new LinkedHashMap<>();
        for (Member m : members) {
            byId.put(m.article, m);
        }
        return byId;
    }

    private static String placeholders(int n) {
        return "?, ".repeat(n - 1) + "?";
    }

    private static void bind(PreparedStatement st, Collection<String> values) throws SQLException {
        int p = 1;
        for (String v : values) {
            st.setString(p++, v);
        }
    }

    private static int[] signature(Array array) throws SQLException {
        if (array == null) {
            return null;
        }
        Object[] values = (Object[]) array.getArray();
        int[] signature = new int[values.length];
        for (int i = 0; i < values.length; i++) {
            signature[i] = ((Number) values[i]).intValue();
        }
        return signature;
    }

    private static Integer[] boxed(int[] values) {
        Integer[] boxed = new Integer[values.length];
        for (int i = 0; i < values.length; i++) {
            boxed[i] = values[i];
        }
        return boxed;
    }

    @Override
    public void close() throws SQLException {
        try (storyRows) {
            insertBuckets.close();
            moveStory.close();
        }
    }

    /** An article of a story: its id, its story's id and its signature (null for a text without words). */
    private record Member(String article, String story, int[] signature) {
    }
}
