package id.peristiwa.store;

import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Groups stored articles into stories: wire copies and republications of one text. Each article's MinHash
 * signature ({@code article_stories}) and band buckets ({@code story_buckets}) are written when the article is,
 * inside the writer's transaction, so a story never disagrees with the articles it holds.
 *
 * <p>A story is a connected component of the {@link LshBands#linked} relation, and its id is the least article
 * id among its members. Both depend only on which texts are stored, not on the order they came in, so ingesting
 * again, or in another order, gives the same stories. Placing an article recomputes the components of every
 * story it touches: the one it left (a changed text may no longer bridge two groups) and those it now links to.
 *
 * <p>Holds prepared statements on the writer's connection: one thread, the caller owns the transaction.
 */
final class Stories implements AutoCloseable {

    private final Connection db;
    private final PreparedStatement previous;
    private final PreparedStatement deleteStory;
    private final PreparedStatement deleteBuckets;
    private final PreparedStatement insertStory;
    private final PreparedStatement insertBuckets;
    private final PreparedStatement candidates;
    private final PreparedStatement moveStory;

    Stories(Connection db) throws SQLException {
        this.db = db;
        previous = db.prepareStatement("SELECT story_id, signature FROM article_stories WHERE article_id = ?");
        deleteStory = db.prepareStatement("DELETE FROM article_stories WHERE article_id = ?");
        deleteBuckets = db.prepareStatement("DELETE FROM story_buckets WHERE article_id = ?");
        insertStory = db.prepareStatement("INSERT INTO article_stories VALUES (?, ?, ?)");
        insertBuckets = db.prepareStatement("INSERT INTO story_buckets VALUES "
                + "(?, ?), ".repeat(LshBands.BANDS - 1) + "(?, ?)");
        candidates = db.prepareStatement("SELECT DISTINCT b.article_id, s.story_id, s.signature FROM story_buckets b "
                + "JOIN article_stories s ON s.article_id = b.article_id WHERE b.article_id <> ? AND b.bucket IN ("
                + "?, ".repeat(LshBands.BANDS - 1) + "?)");
        moveStory = db.prepareStatement("UPDATE article_stories SET story_id = ? WHERE article_id = ?");
    }

    /**
     * Files an article with this text under its story, moving it out of the story it was in before when its
     * text changed.
     *
     * @return the ids of the articles whose story id changed, the article itself included when it is new or
     *         moved; empty when its text gives the signature it had
     */
    Set<String> place(String articleId, String text) throws SQLException {
        int[] signature = MinHash.signature(Shingles.of(text));
        Set<String> touchedStories = new HashSet<>();
        Member before = previous(articleId);
        if (before != null) {
            if (Arrays.equals(before.signature, signature)) {
                return Set.of();
            }
            deleteStory.setString(1, articleId);
            deleteStory.executeUpdate();
            deleteBuckets.setString(1, articleId);
            deleteBuckets.executeUpdate();
            touchedStories.add(before.story);
        }
        insert(articleId, signature);
        if (signature != null) {
            for (Member candidate : candidates(articleId, signature)) {
                if (candidate.signature != null && LshBands.linked(signature, candidate.signature)) {
                    touchedStories.add(candidate.story);
                }
            }
        }
        Map<String, Member> members = members(touchedStories);
        members.put(articleId, new Member(articleId, articleId, signature));
        Set<String> changed = regroup(members);
        if (before == null || !before.story.equals(members.get(articleId).story)) {
            changed.add(articleId);
        }
        return changed;
    }

    /**
     * Copies story ids to {@code articles.story_id}, where users read them. Done after the batch's article rows
     * are inserted, as a story can move articles whose rows are still waiting to be.
     */
    void copyToArticles() throws SQLException {
        try (Statement st = db.createStatement()) {
            st.executeUpdate("UPDATE articles SET story_id = s.story_id FROM article_stories s "
                    + "WHERE s.article_id = articles.id AND articles.story_id IS DISTINCT FROM s.story_id");
        }
    }

    private void insert(String articleId, int[] signature) throws SQLException {
        insertStory.setString(1, articleId);
        insertStory.setString(2, articleId);
        insertStory.setObject(3, signature == null ? null : db.createArrayOf("INTEGER", boxed(signature)));
        insertStory.executeUpdate();
        if (signature == null) {
            return; // an article without words resembles nothing: no buckets, a story of its own
        }
        long[] buckets = LshBands.buckets(signature);
        for (int band = 0; band < buckets.length; band++) {
            insertBuckets.setLong(band * 2 + 1, buckets[band]);
            insertBuckets.setString(band * 2 + 2, articleId);
        }
        insertBuckets.executeUpdate();
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

    private Member previous(String articleId) throws SQLException {
        previous.setString(1, articleId);
        try (ResultSet rs = previous.executeQuery()) {
            return rs.next() ? new Member(articleId, rs.getString(1), signature(rs.getArray(2))) : null;
        }
    }

    private List<Member> candidates(String articleId, int[] signature) throws SQLException {
        candidates.setString(1, articleId);
        long[] buckets = LshBands.buckets(signature);
        for (int band = 0; band < buckets.length; band++) {
            candidates.setLong(band + 2, buckets[band]);
        }
        List<Member> found = new ArrayList<>();
        try (ResultSet rs = candidates.executeQuery()) {
            while (rs.next()) {
                found.add(new Member(rs.getString(1), rs.getString(2), signature(rs.getArray(3))));
            }
        }
        return found;
    }

    /** Every article of the stories, by id. */
    private Map<String, Member> members(Set<String> stories) throws SQLException {
        Map<String, Member> members = new LinkedHashMap<>();
        if (stories.isEmpty()) {
            return members;
        }
        try (PreparedStatement st = db.prepareStatement("SELECT article_id, story_id, signature FROM article_stories "
                + "WHERE story_id IN (" + "?, ".repeat(stories.size() - 1) + "?)")) {
            int p = 1;
            for (String story : stories) {
                st.setString(p++, story);
            }
            try (ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                    members.put(rs.getString(1), new Member(rs.getString(1), rs.getString(2),
                            signature(rs.getArray(3))));
                }
            }
        }
        return members;
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
        for (PreparedStatement st : List.of(previous, deleteStory, deleteBuckets, insertStory, insertBuckets,
                candidates, moveStory)) {
            st.close();
        }
    }

    /** An article of a story: its id, its story's id and its signature (null for a text without words). */
    private record Member(String article, String story, int[] signature) {
    }
}
