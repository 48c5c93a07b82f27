package id.peristiwa.store;

import java.io.IOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.queryparser.simple.SimpleQueryParser;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.search.TermQuery;

/**
 * Full-text search over a store: parses what a user typed (words, "phrases", -excluded, a|b), restricts it by a
 * {@link SearchFilter}, and turns the index's hits into {@link SearchHit}s with their headline and snippet, read
 * from the index where it stores them and from DuckDB where it was written before it did. Every word must occur,
 * in the title (weighted double) or the text.
 */
final class ArticleSearch {

    /** The largest page a search returns. */
    static final int MAX_PAGE_SIZE = 100;

    private final TextIndex index;
    private final Snippets snippets;
    private final boolean idIndexed;
    private final AtomicReference<WholeStore> wholeStore = new AtomicReference<>();

    /** @param idIndexed whether the store has its article id index (schema version 3 on) */
    ArticleSearch(TextIndex index, boolean idIndexed) {
        this.index = index;
        this.snippets = new Snippets(index.analyzer());
        this.idIndexed = idIndexed;
    }

    /** Whether a search page reads its hits' rows from DuckDB ({@code db} below), the index not storing them. */
    boolean readsRows() {
        return !index.storesHits();
    }

    /**
     * One page of hits and, when {@code facets} is above 0, the facet counts of every article the search selects,
     * counted in the pass over the matches that finds the page (the whole store's facets aside, which are counted
     * once per commit).
     *
     * @param db a connection to read the hits' rows with, or null when not {@link #readsRows()}
     */
    FacetedResult search(Connection db, String text, SearchFilter filter, int page, int size, int facets)
            throws IOException, SQLException {
        if (page < 0) {
            throw new IllegalArgumentException("page must be 0 or more, not " + page);
        }
        if (size < 1 || size > MAX_PAGE_SIZE) {
            throw new IllegalArgumentException("page size must be 1 to " + MAX_PAGE_SIZE + ", not " + size);
        }
        if (facets < 0 || facets > Facets.MAX_VALUES) {
            throw new IllegalArgumentException("facet size must be 0 to " + Facets.MAX_VALUES + ", not " + facets);
        }
        boolean words = text != null && !text.isBlank();
        SearchFilter restriction = filter == null ? SearchFilter.NONE : filter;
        Query wordQuery = words ? parse(text) : new MatchAllDocsQuery();
        Query query = restrict(wordQuery, restriction);
        boolean wholeStore = !words && restriction.equals(SearchFilter.NONE);
        TextIndex.Page found = index.search(query, !words, page, size, wholeStore ? 0 : facets);
        Facets counted = wholeStore && facets > 0 ? facets(text, filter, facets) : found.facets();
        Set<String> terms = new HashSet<>();
        Set<Term> queryTerms = new HashSet<>();
        wordQuery.visit(QueryVisitor.termCollector(queryTerms));
        for (Term t : queryTerms) {
            terms.add(t.text());
        }
        Map<String, TextIndex.Page.Shown> rows = index.storesHits() ? Map.of()
                : rows(db, found.found().stream().map(TextIndex.Page.Found::articleId).toList());
        List<SearchHit> hits = new ArrayList<>();
        for (TextIndex.Page.Found f : found.found()) {
            TextIndex.Page.Shown row = f.shown() != null ? f.shown() : rows.get(f.articleId());
            if (row != null) { // an index entry without its row is repaired at the next writable opening
                hits.add(new SearchHit(f.articleId(), row.title(), row.outlet(), row.published(), f.score(),
                        snippets.of(row.text(), terms)));
            }
        }
        return new FacetedResult(new SearchResult(found.total(), page, size, hits), counted);
    }

    /** The facet counts of every article the search selects (its page aside). */
    Facets facets(String text, SearchFilter filter, int top) throws IOException {
        if (top < 1 || top > Facets.MAX_VALUES) {
            throw new IllegalArgumentException("facet size must be 1 to " + Facets.MAX_VALUES + ", not " + top);
        }
        boolean words = text != null && !text.isBlank();
        SearchFilter restriction = filter == null ? SearchFilter.NONE : filter;
        Query query = restrict(words ? parse(text) : new MatchAllDocsQuery(), restriction);
        if (words || !restriction.equals(SearchFilter.NONE)) {
            return index.read(searcher -> FacetCounter.count(searcher, query, top));
        }
        // The facets of the whole store, what the search page opens with: counted once per commit of the index.
        return index.read(searcher -> {
            IndexReader.CacheHelper helper = searcher.getIndexReader().getReaderCacheHelper();
            WholeStore known = wholeStore.get();
            if (helper != null && known != null && known.key() == helper.getKey()) {
                return known.facets().top(top);
            }
            Facets all = FacetCounter.count(searcher, query, Facets.MAX_VALUES);
            if (helper != null) {
                wholeStore.set(new WholeStore(helper.getKey(), all));
            }
            return all.top(top);
        });
    }

    /** The facets of every article, counted for the index reader whose cache key they hold. */
    private record WholeStore(IndexReader.CacheKey key, Facets facets) {
    }

    private Query parse(String text) {
        SimpleQueryParser parser = new SimpleQueryParser(index.analyzer(),
                Map.of(TextIndex.TITLE, 2f, TextIndex.TEXT, 1f));
        parser.setDefaultOperator(Occur.MUST);
        return parser.parse(text);
    }

    private static Query restrict(Query words, SearchFilter filter) {
        BooleanQuery.Builder query = new BooleanQuery.Builder().add(words, Occur.MUST);
        exact(query, TextIndex.OUTLET, filter.outlet());
        exact(query, TextIndex.SECTION, filter.section());
        exact(query, TextIndex.ACTOR, filter.actor());
        exact(query, TextIndex.TYPE, filter.eventType());
        if (filter.from() != null || filter.to() != null) {
            long from = filter.from() == null ? Long.MIN_VALUE : filter.from().toEpochDay();
            long to = filter.to() == null ? Long.MAX_VALUE : filter.to().toEpochDay();
            query.add(LongPoint.newRangeQuery(TextIndex.PUBLISHED, from, to), Occur.FILTER);
        }
        return query.build();
    }

    private static void exact(BooleanQuery.Builder query, String field, String value) {
        if (value != null) {
            query.add(new TermQuery(new Term(field, value)), Occur.FILTER);
        }
    }

    /** The hits' rows from DuckDB, for an index that does not store them. */
    private Map<String, TextIndex.Page.Shown> rows(Connection db, List<String> ids) throws SQLException {
        Map<String, TextIndex.Page.Shown> rows = new HashMap<>();
        if (ids.isEmpty()) {
            return rows;
        }
        String in = "id IN (" + "?, ".repeat(ids.size() - 1) + "?)";
        // With the id index DuckDB looks each id up (5 ms a page of 15 at 440,000 articles). Without it the ids
        // are found first by row id, on the id column alone, and only those rows' texts are read: a plain
        // "id IN (...)" made DuckDB read every article's text, which at 400,000 articles cost 150 ms a page.
        String sql = idIndexed ? "SELECT id, title, outlet, published, text FROM articles WHERE " + in
                : "SELECT id, title, outlet, published, text FROM articles WHERE rowid IN (SELECT rowid FROM "
                + "articles WHERE " + in + ")";
        try (PreparedStatement st = db.prepareStatement(sql)) {
            for (int i = 0; i < ids.size(); i++) {
                st.setString(i + 1, ids.get(i));
            }
            try (ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                    rows.put(rs.getString(1), new TextIndex.Page.Shown(rs.getString(2), rs.getString(3),
                            rs.getString(4), rs.getString(5)));
                }
            }
        }
        return rows;
    }
}
