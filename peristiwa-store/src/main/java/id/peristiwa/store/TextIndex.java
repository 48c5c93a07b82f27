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
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ReferenceManager;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.Bits;
import org.apache.lucene.util.BytesRef;

/**
 * The Lucene index of a store: one document per article holding its title and text (analysed with Lucene's
 * Indonesian analyzer, so "serang" finds "diserang" and "penyerangan") and the fields searches are filtered and
 * faceted on. Only the id and the content hash are stored; titles, texts and snippets come from DuckDB.
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

    private final Analyzer analyzer;
    private final Directory directory;
    private final IndexWriter writer;
    private final ReferenceManager<IndexSearcher> searchers;

    private TextIndex(Analyzer analyzer, Directory directory, IndexWriter writer,
                      ReferenceManager<IndexSearcher> searchers) {
        this.analyzer = analyzer;
        this.directory = directory;
        this.writer = writer;
        this.searchers = searchers;
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
        try {
            writer = new IndexWriter(directory, config);
            if (!DirectoryReader.indexExists(directory)) {
                writer.commit(); // so that a read-only opening finds an (empty) index
            }
        } catch (IOException | RuntimeException e) {
            directory.close();
            throw e;
        }
        return new TextIndex(analyzer, directory, writer, new SearcherManager(writer, null));
    }

    /** Opens the index in {@code dir} for searching only. */
    static TextIndex openReadOnly(Path dir) throws IOException {
        Directory directory = FSDirectory.open(dir);
        if (!DirectoryReader.indexExists(directory)) {
            directory.close();
            throw new StoreException("no text index in " + dir);
        }
        return new TextIndex(new IndonesianAnalyzer(), directory, null, new SearcherManager(directory, null));
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
            doc.add(new TextField(TITLE, article.title(), Field.Store.NO));
        }
        doc.add(new TextField(TEXT, article.text(), Field.Store.NO));
        keyword(doc, OUTLET, article.outlet());
        keyword(doc, SECTION, article.section());
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
     * One page of the articles matching {@code query}, best first, or newest first when {@code byDate}.
     *
     * @return the total and the page's article ids with their scores
     */
    Page search(Query query, boolean byDate, int page, int size) throws IOException {
        IndexSearcher searcher = searchers.acquire();
        try {
            int wanted = Math.addExact(Math.multiplyExact(page, size), size);
            TopDocs top = byDate
                    ? searcher.search(query, wanted, new Sort(new SortField(PUBLISHED, SortField.Type.LONG, true)))
                    : searcher.search(query, wanted);
            long total = searcher.count(query);
            StoredFields stored = searcher.storedFields();
            List<Page.Found> found = new ArrayList<>();
            for (int i = page * size; i < top.scoreDocs.length; i++) {
                ScoreDoc sd = top.scoreDocs[i];
                found.add(new Page.Found(stored.document(sd.doc, Set.of(ID)).get(ID),
                        Float.isNaN(sd.score) ? 0f : sd.score));
            }
            return new Page(total, found);
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

    /** A page of search results: the total and the ids found. */
    record Page(long total, List<Found> found) {
        record Found(String articleId, float score) {
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
