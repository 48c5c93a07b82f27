package id.peristiwa.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.id.IndonesianAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.SortedSetDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.CollectorManager;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MultiCollectorManager;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ReferenceManager;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopFieldCollectorManager;
import org.apache.lucene.search.TopScoreDocCollectorManager;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.Bits;
import org.apache.lucene.util.BytesRef;

/**
 * The Lucene index of a store: one document per article holding its title and text (analysed with Lucene's
 * Indonesian analyzer, so "serang" finds "diserang" and "penyerangan") and the fields searches are filtered and
 * faceted on. An index created by this version also stores what a search hit shows (title, outlet, publication
 * date as written, and the text its snippet is cut from), so a search page is answered from the index alone; an
 * index created before holds only the id and the content hash, and its hits' rows are read from DuckDB. Which
 * kind an index is, its commit data says ({@value #HIT_FIELDS}), set when the index is created: documents added
 * to an older index later do not make it complete.
 *
 * <p>Writes become durable only at {@link #commit()}; closing a writable index without committing drops them,
 * so that a failed batch never half-lands in the index. Searches see the index as of the last commit, like
 * DuckDB readers, so a hit never names an article whose rows are not committed yet.
 */
final class TextIndex implements AutoCloseable {

    static final String ID = "id";
    static final String HASH = "hash";
    static final String TITLE = "title";
    static final String TEXT = "text";
    static final String OUTLET = "outlet";
    static final String SECTION = "section";
    static final String PUBLISHED = "published";
    static final String ACTOR = "actor";
    static final String TYPE = "type";
    /** The publication date as the page gave it (stored only), beside the day {@link #PUBLISHED} is searched by. */
    static final String PUBLISHED_AS = "published_as";
    /** The commit data key saying whether every document stores its hit fields ("true" or absent). */
    static final String HIT_FIELDS = "hit_fields";
    private static final Set<String> HIT = Set.of(ID, TITLE, OUTLET, PUBLISHED_AS, TEXT);

    private final Analyzer analyzer;
    private final Directory directory;
    private final IndexWriter writer;
    private final ReferenceManager<IndexSearcher> searchers;
    private final boolean storesHits;

    private TextIndex(Analyzer analyzer, Directory directory, IndexWriter writer,
                      ReferenceManager<IndexSearcher> searchers, boolean storesHits) {
        this.analyzer = analyzer;
        this.directory = directory;
        this.writer = writer;
        this.searchers = searchers;
        this.storesHits = storesHits;
    }

    /** Opens the index in {@code dir} for writing, creating it when absent. */
    static TextIndex openWritable(Path dir) throws IOException {
        Files.createDirectories(dir);
        Directory directory = FSDirectory.open(dir);
        IndonesianAnalyzer analyzer = new IndonesianAnalyzer();
        IndexWriterConfig config = new IndexWriterConfig(analyzer)
                .setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND)
                .setCommitOnClose(false);
        IndexWriter writer;
        boolean storesHits;
        try {
            boolean exists = DirectoryReader.indexExists(directory);
            writer = new IndexWriter(directory, config);
            if (exists) {
                storesHits = storesHits(writer.getLiveCommitData());
            } else {
                storesHits = true;
                writer.setLiveCommitData(Map.of(HIT_FIELDS, "true").entrySet());
                writer.commit(); // so that a read-only opening finds an (empty) index
            }
        } catch (IOException | RuntimeException e) {
            directory.close();
            throw e;
        }
        return new TextIndex(analyzer, directory, writer, new SearcherManager(writer, null), storesHits);
    }

    /** Whether commit data says every document stores its hit fields. */
    private static boolean storesHits(Iterable<Map.Entry<String, String>> commitData) {
        if (commitData != null) {
            for (Map.Entry<String, String> e : commitData) {
                if (e.getKey().equals(HIT_FIELDS)) {
                    return "true".equals(e.getValue());
                }
            }
        }
        return false;
    }

    /** Opens the index in {@code dir} for searching only. */
    static TextIndex openReadOnly(Path dir) throws IOException {
        Directory directory = FSDirectory.open(dir);
        if (!DirectoryReader.indexExists(directory)) {
            directory.close();
            throw new StoreException("no text index in " + dir);
        }
        boolean storesHits;
        try (DirectoryReader reader = DirectoryReader.open(directory)) {
            storesHits = storesHits(reader.getIndexCommit().getUserData().entrySet());
        } catch (IOException | RuntimeException e) {
            directory.close();
            throw e;
        }
        return new TextIndex(new IndonesianAnalyzer(), directory, null, new SearcherManager(directory, null),
                storesHits);
    }

    /** Whether every document stores what a search hit shows (see the class comment). */
    boolean storesHits() {
        return storesHits;
    }

    /** The analyzer of the title and text fields. */
    Analyzer analyzer() {
        return analyzer;
    }

    /** Adds the article, replacing any document with its id; durable at the next commit. */
    void put(IndexedArticle article) throws IOException {
        Document doc = new Document();
        doc.add(new StringField(ID, article.id(), Field.Store.YES));
        doc.add(new StoredField(HASH, article.contentHash()));
        if (article.title() != null) {
            doc.add(new TextField(TITLE, article.title(), Field.Store.YES));
        }
        doc.add(new TextField(TEXT, article.text(), Field.Store.YES));
        keyword(doc, OUTLET, article.outlet());
        if (article.outlet() != null) {
            doc.add(new StoredField(OUTLET, article.outlet()));
        }
        keyword(doc, SECTION, article.section());
        if (article.publishedAs() != null) {
            doc.add(new StoredField(PUBLISHED_AS, article.publishedAs()));
        }
        if (article.published() != null) {
            long day = article.published().toEpochDay();
            doc.add(new LongPoint(PUBLISHED, day));
            doc.add(new NumericDocValuesField(PUBLISHED, day));
        }
        article.actorCodes().stream().sorted().forEach(code -> keyword(doc, ACTOR, code));
        article.eventTypes().stream().sorted().forEach(type -> keyword(doc, TYPE, type));
        writable().updateDocument(new Term(ID, article.id()), doc);
    }

    private static void keyword(Document doc, String field, String value) {
        if (value != null) {
            doc.add(new StringField(field, value, Field.Store.NO));
            doc.add(new SortedSetDocValuesField(field, new BytesRef(value)));
        }
    }

    /** Deletes the article's document; durable at the next commit. */
    void delete(String articleId) throws IOException {
        writable().deleteDocuments(new Term(ID, articleId));
    }

    /** Makes every change so far durable. */
    void commit() throws IOException {
        writable().commit();
        searchers.maybeRefresh();
    }

    /** Drops every change since the last commit. */
    void rollback() throws IOException {
        writable().rollback();
    }

    private IndexWriter writable() {
        if (writer == null) {
            throw new IllegalStateException("the text index was opened read-only");
        }
        return writer;
    }

    /** The content hash of every indexed article, by id. */
    Map<String, String> hashes() throws IOException {
        IndexSearcher searcher = searchers.acquire();
        try {
            Map<String, String> hashes = new HashMap<>();
            for (LeafReaderContext leaf : searcher.getIndexReader().leaves()) {
                LeafReader reader = leaf.reader();
                Bits live = reader.getLiveDocs();
                StoredFields stored = reader.storedFields();
                for (int doc = 0; doc < reader.maxDoc(); doc++) {
                    if (live == null || live.get(doc)) {
                        Document d = stored.document(doc, Set.of(ID, HASH));
                        hashes.put(d.get(ID), d.get(HASH));
                    }
                }
            }
            return hashes;
        } finally {
            searchers.release(searcher);
        }
    }

    /**
     * One page of the articles matching {@code query}, best first, or newest first when {@code byDate}, and when
     * {@code facets} is above 0 the facet counts of every match ({@link FacetCounter}), counted in the same pass
     * over the matches that keeps the page's best: a separate count pass cost as much again.
     *
     * @param facets the most values per facet, or 0 for no facets
     * @return the total and the page's articles with their scores (and what they show, where the index has it)
     */
    Page search(Query query, boolean byDate, int page, int size, int facets) throws IOException {
        IndexSearcher searcher = searchers.acquire();
        try {
            int wanted = Math.addExact(Math.multiplyExact(page, size), size);
            TopDocs top;
            long total;
            Facets counted = null;
            if (facets > 0) {
                CollectorManager<?, ? extends TopDocs> best = byDate
                        ? new TopFieldCollectorManager(BY_DATE, wanted, Integer.MAX_VALUE)
                        : new TopScoreDocCollectorManager(wanted, Integer.MAX_VALUE);
                Object[] both = searcher.search(query, new MultiCollectorManager(best, FacetCounter.manager()));
                top = (TopDocs) both[0];
                counted = ((FacetCounter) both[1]).facets(facets);
                total = counted.total();
            } else {
                top = byDate ? searcher.search(query, wanted, BY_DATE) : searcher.search(query, wanted);
                total = searcher.count(query);
            }
            StoredFields stored = searcher.storedFields();
            List<Page.Found> found = new ArrayList<>();
            for (int i = page * size; i < top.scoreDocs.length; i++) {
                ScoreDoc sd = top.scoreDocs[i];
                Document d = stored.document(sd.doc, storesHits ? HIT : Set.of(ID));
                found.add(new Page.Found(d.get(ID), Float.isNaN(sd.score) ? 0f : sd.score, storesHits
                        ? new Page.Shown(d.get(TITLE), d.get(OUTLET), d.get(PUBLISHED_AS), d.get(TEXT)) : null));
            }
            return new Page(total, found, counted);
        } finally {
            searchers.release(searcher);
        }
    }

    /** Runs {@code work} on the searcher of the last commit. */
    <T> T read(SearcherWork<T> work) throws IOException {
        IndexSearcher searcher = searchers.acquire();
        try {
            return work.on(searcher);
        } finally {
            searchers.release(searcher);
        }
    }

    /** Something done with a searcher. */
    interface SearcherWork<T> {
        T on(IndexSearcher searcher) throws IOException;
    }

    /** Newest publication day first. */
    private static final Sort BY_DATE = new Sort(new SortField(PUBLISHED, SortField.Type.LONG, true));

    /** A page of search results: the total, the articles found, and the facets when they were asked for. */
    record Page(long total, List<Found> found, Facets facets) {

        /** An article found; {@code shown} is null when the index does not store it (see {@link #storesHits}). */
        record Found(String articleId, float score, Shown shown) {
        }

        /** What a hit shows, read from the index. */
        record Shown(String title, String outlet, String published, String text) {
        }
    }

    @Override
    public void close() throws IOException {
        try {
            searchers.close();
            if (writer != null) {
                writer.close(); // commitOnClose is off: uncommitted changes are dropped
            }
        } finally {
            directory.close();
        }
    }
}
