package id.peristiwa.store;

import id.peristiwa.pipeline.AnalyzedArticle;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.OffsetDateTime;
import java.util.Deque;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedDeque;
import org.duckdb.DuckDBConnection;

/**
 * The embedded store of one data directory: analyzed articles with their sentences, mentions, quotes and events
 * in DuckDB ({@value #DATABASE}), their text in a Lucene index ({@value #INDEX}/), and an ingestion journal.
 * {@code docs/store-schema.md} documents the tables.
 *
 * <pre>{@code
 * try (Store store = Store.open(Path.of("data"))) {
 *     store.put(Pipeline.indonesian().analyze(document));
 *     store.commit();
 *     SearchResult found = store.search("serang", SearchFilter.NONE, 0, 10);
 * }
 * }</pre>
 *
 * <p>{@link #open} opens for writing: it takes the directory's writer lock (one writer at a time, across
 * processes), creates the store when absent, and recovers from a crash (see {@link #recovery()}).
 * {@link #openReadOnly} opens for reading only, with the database file itself read-only; several read-only
 * openings may share a directory while no writer has it.
 *
 * <p>Reads may come from several threads at once; each runs on a connection of its own and sees what was
 * committed. Writes ({@link #put}, {@link #commit}, {@link #beginIngest}) belong to one thread.
 */
public final class Store implements AutoCloseable {

    /** The DuckDB file in a data directory. */
    public static final String DATABASE = "peristiwa.duckdb";
    /** The Lucene index folder in a data directory. */
    public static final String INDEX = "index";

    private final Path dir;
    private final DuckDBConnection db;
    private final TextIndex index;
    private final ArticleSearch search;
    /** Read connections kept between reads (see {@link #read}). */
    private final Deque<ReusedStatements> idleReaders = new ConcurrentLinkedDeque<>();
    /** The schema version of the store as opened; a read-only opening reads version 2 stores as they are. */
    private final int schemaVersion;
    private final Journal journal;
    private final WriterLock lock;
    private final StoreWriter writer;
    private final RecoveryReport recovery;
    private IngestRun run;
    /** The dyad table in memory, read at the first dyad series of a read-only store (see {@link DyadMemory}). */
    private volatile DyadMemory dyadMemory;

    /** The most read connections kept between reads; more concurrent reads open and close their own. */
    private static final int MAX_IDLE_READERS = 32;

    private Store(Path dir, DuckDBConnection db, TextIndex index, Journal journal, WriterLock lock,
                  StoreWriter writer, RecoveryReport recovery, int schemaVersion) {
        this.dir = dir;
        this.db = db;
        this.index = index;
        this.schemaVersion = schemaVersion;
        this.search = new ArticleSearch(index, schemaVersion >= 3);
        this.journal = journal;
        this.lock = lock;
        this.writer = writer;
        this.recovery = recovery;
    }

    /**
     * Opens the store in {@code dataDir} for writing, creating the directory and the store when absent.
     *
     * @throws StoreException when another process is writing to it, it was written by a newer Peristiwa, or it
     *                        cannot be opened
     */
    public static Store open(Path dataDir) {
        return open(dataDir, StoreWriter.CommitHook.NONE);
    }

    /** Opens for writing with a hook between the commit steps (tests stand a crash there). */
    static Store open(Path dataDir, StoreWriter.CommitHook hook) {
        Objects.requireNonNull(dataDir, "dataDir");
        Path dir = dataDir.toAbsolutePath().normalize();
        WriterLock lock = null;
        DuckDBConnection db = null;
        TextIndex index = null;
        Journal journal = null;
        try {
            Files.createDirectories(dir);
            lock = WriterLock.acquire(dir);
            db = connect(dir, false, 0);
            StoreSchema.createOrCheck(db, dir.toString(), "peristiwa " + version());
            index = TextIndex.openWritable(dir.resolve(INDEX));
            journal = Journal.read(dir);
            RecoveryReport recovery = Recovery.reconcile(db, index, journal);
            StoreWriter writer = new StoreWriter(db, index, journal, hook);
            return new Store(dir, db, index, journal, lock, writer, recovery, StoreSchema.VERSION);
        } catch (IOException | SQLException | RuntimeException e) {
            closeQuietly(journal, index, db, lock);
            throw failure("cannot open the store in " + dir, e);
        }
    }

    /**
     * Opens the store in {@code dataDir} for reading only.
     *
     * @throws StoreException when there is no store there, it is being written, or it was written by a newer
     *                        Peristiwa
     */
    public static Store openReadOnly(Path dataDir) {
        return openReadOnly(dataDir, 0);
    }

    /**
     * Opens the store in {@code dataDir} for reading only, with DuckDB running each query on at most
     * {@code queryThreads} threads (0: DuckDB's default, every core). A server answering many requests at once
     * wants 1: its requests are already parallel, and each query fanning out over every core only makes them
     * queue behind each other.
     *
     * @throws StoreException as {@link #openReadOnly(Path)} does
     */
    public static Store openReadOnly(Path dataDir, int queryThreads) {
        Objects.requireNonNull(dataDir, "dataDir");
        if (queryThreads < 0) {
            throw new IllegalArgumentException("queryThreads must be 0 or more, not " + queryThreads);
        }
        Path dir = dataDir.toAbsolutePath().normalize();
        if (!Files.isRegularFile(dir.resolve(DATABASE))) {
            throw new StoreException("no Peristiwa store in " + dir + " (no " + DATABASE + "); ingest into it first");
        }
        DuckDBConnection db = null;
        TextIndex index = null;
        try {
            db = connect(dir, true, queryThreads);
            int version = StoreSchema.checkReadable(db, dir.toString());
            index = TextIndex.openReadOnly(dir.resolve(INDEX));
            return new Store(dir, db, index, null, null, null, null, version);
        } catch (IOException | SQLException | RuntimeException e) {
            closeQuietly(index, db);
            throw failure("cannot open the store in " + dir + " for reading", e);
        }
    }

    private static DuckDBConnection connect(Path dir, boolean readOnly, int threads) throws SQLException {
        Properties config = new Properties();
        if (readOnly) {
            config.setProperty("duckdb.read_only", "true");
        }
        if (threads > 0) {
            config.setProperty("threads", Integer.toString(threads));
        }
        try {
            Class.forName("org.duckdb.DuckDBDriver");
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException("DuckDB's JDBC driver is missing from the class path", e);
        }
        try {
            return (DuckDBConnection) DriverManager.getConnection("jdbc:duckdb:" + dir.resolve(DATABASE), config);
        } catch (SQLException e) {
            if (String.valueOf(e.getMessage()).contains("lock")) {
                throw new StoreException("the database " + dir.resolve(DATABASE) + " is in use by another process"
                        + " (DuckDB: " + e.getMessage().strip() + ")", e);
            }
            throw e;
        }
    }

    /** The data directory. */
    public Path directory() {
        return dir;
    }

    /** What opening for writing found and repaired; null for a read-only store. */
    public RecoveryReport recovery() {
        return recovery;
    }

    /**
     * Stores an analyzed article, replacing the one with its id if its content changed. Durable at the next
     * {@link #commit()} (or at {@link #close()}).
     *
     * @throws StoreException when the store is read-only or writing fails
     */
    public PutResult put(AnalyzedArticle analyzed) {
        Objects.requireNonNull(analyzed, "analyzed");
        try {
            return writable().put(analyzed);
        } catch (SQLException | IOException e) {
            throw failure("storing article " + analyzed.article().id() + " failed", e);
        }
    }

    /** Makes every write so far durable: DuckDB, then the text index, then the journal. */
    public void commit() {
        try {
            writable().commit();
        } catch (SQLException | IOException e) {
            throw failure("committing to the store failed", e);
        }
    }

    /**
     * Begins a journaled ingest run over {@code inputs} (as the user named them), resuming an interrupted one.
     * Close the run before the store; only one run is open at a time.
     */
    public IngestRun beginIngest(List<String> inputs) {
        StoreWriter w = writable();
        if (run != null) {
            throw new IllegalStateException("an ingest run is open already");
        }
        try {
            run = new IngestRun(w, journal, UUID.randomUUID().toString(), inputs);
            return run;
        } catch (IOException e) {
            throw failure("cannot write the journal in " + dir, e);
        }
    }

    private StoreWriter writable() {
        if (writer == null) {
            throw new StoreException("the store in " + dir + " was opened read-only");
        }
        return writer;
    }

    /** How many articles the store holds. */
    public long articleCount() {
        return count("SELECT count(*) FROM articles");
    }

    /** How many events the store holds. */
    public long eventCount() {
        return count("SELECT count(*) FROM events");
    }

    private long count(String sql) {
        return read(c -> {
            try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery(sql)) {
                rs.next();
                return rs.getLong(1);
            }
        });
    }

    /** The stored article with this id, with its analysis JSON. */
    public Optional<StoredArticle> article(String id) {
        Objects.requireNonNull(id, "id");
        return read(c -> {
            try (PreparedStatement st = c.prepareStatement("SELECT id, url, outlet, title, section, published, "
                    + "language, text, analysis_json, content_hash, event_count, ingested_at FROM articles "
                    + "WHERE id = ?")) {
                st.setString(1, id);
                try (ResultSet rs = st.executeQuery()) {
                    if (!rs.next()) {
                        return Optional.empty();
                    }
                    return Optional.of(new StoredArticle(rs.getString(1), rs.getString(2), rs.getString(3),
                            rs.getString(4), rs.getString(5), rs.getString(6), rs.getString(7), rs.getString(8),
                            rs.getString(9), rs.getString(10), rs.getInt(11),
                            rs.getObject(12, OffsetDateTime.class)));
                }
            }
        });
    }

    /** One page of the events the filter selects, newest event date first, then by id. */
    public List<StoredEvent> events(EventFilter filter) {
        Objects.requireNonNull(filter, "filter");
        return read(c -> EventQuery.events(c, filter));
    }

    /** How many events the filter selects in all (its page ignored). */
    public long countEvents(EventFilter filter) {
        Objects.requireNonNull(filter, "filter");
        return read(c -> EventQuery.count(c, filter));
    }

    /**
     * Full-text search of titles and texts. Words are matched by their stems ("serang" finds "diserang");
     * {@code "a b"} is a phrase, {@code -a} excludes, {@code a | b} is either; every other word must occur. A
     * blank query lists the filtered articles newest first.
     *
     * @param page from 0
     * @param size 1 to 100
     * @throws IllegalArgumentException for a bad page or size
     */
    public SearchResult search(String query, SearchFilter filter, int page, int size) {
        return search(query, filter, page, size, 0).result();
    }

    /**
     * {@link #search(String, SearchFilter, int, int)} with the {@link #facets} of the whole result beside the page,
     * both found in one pass over the matching articles.
     *
     * @param facets the most values per facet, 0 (no facets) to {@link Facets#MAX_VALUES}
     * @throws IllegalArgumentException for a bad page, size or facet size
     */
    public FacetedResult search(String query, SearchFilter filter, int page, int size, int facets) {
        if (!search.readsRows()) {
            try {
                return search.search(null, query, filter, page, size, facets);
            } catch (IOException | SQLException e) {
                throw failure("searching the store in " + dir + " failed", e);
            }
        }
        return read(c -> {
            try {
                return search.search(c, query, filter, page, size, facets);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    /**
     * Runs one read-only SQL statement (SELECT, WITH, DESCRIBE or SHOW) in a read-only transaction.
     *
     * @throws IllegalArgumentException when the statement is anything else, or DuckDB refuses it
     */
    public QueryResult query(String sql) {
        Objects.requireNonNull(sql, "sql");
        ReadOnlySql.check(sql);
        try (Connection c = reader()) {
            return ReadOnlySql.run(c, sql);
        } catch (SQLException e) {
            throw new IllegalArgumentException(e.getMessage().strip(), e);
        }
    }

    /**
     * How many of the articles a search selects have each outlet, section, actor code, event type and publication
     * month: the facets a search page shows beside its hits. Counts the whole result, not one page.
     *
     * @param top the most values per facet, 1 to {@link Facets#MAX_VALUES}, most frequent first
     * @throws IllegalArgumentException for a bad {@code top}
     */
    public Facets facets(String query, SearchFilter filter, int top) {
        try {
            return search.facets(query, filter, top);
        } catch (IOException e) {
            throw failure("counting facets in " + dir + " failed", e);
        }
    }

    /** The aggregate read views over this store's events: actors, dyads, networks, places, sources, statistics. */
    public StoreViews views() {
        boolean dyadTable = schemaVersion >= 3;
        return new StoreViews(this::read, dyadTable, writer == null && dyadTable ? this::dyadMemory : null);
    }

    /** The dyad table of this read-only store in memory, read once. */
    private DyadMemory dyadMemory() {
        DyadMemory known = dyadMemory;
        if (known == null) {
            synchronized (this) {
                known = dyadMemory;
                if (known == null) {
                    known = read(DyadMemory::load);
                    dyadMemory = known;
                }
            }
        }
        return known;
    }

    /**
     * Runs bulk work on the writer's own connection (inside its open transaction) and the writable index; what it
     * writes is durable at the next {@link #commit()}. For {@link StoreCopies}, which fills a new store by SQL.
     */
    <T> T writeRaw(RawWrite<T> work) {
        writable();
        try {
            return work.on(db, index);
        } catch (SQLException | IOException e) {
            throw failure("writing to the store in " + dir + " failed", e);
        }
    }

    /** Bulk work on the writer's connection and index. */
    interface RawWrite<T> {
        T on(Connection db, TextIndex index) throws SQLException, IOException;
    }

    /**
     * Runs one read on a connection of its own. Connections are kept for the next read rather than closed, with
     * the statements prepared on them ({@link ReusedStatements}): opening a connection and preparing statements
     * for every read were a third of a cheap API request. A connection is used by one read at a time; one whose
     * read failed is closed, not kept.
     */
    <T> T read(Read<T> read) {
        ReusedStatements c = null;
        try {
            c = idleReaders.pollFirst();
            if (c == null) {
                c = new ReusedStatements(reader());
            }
            T result = read.on(c.connection());
            if (idleReaders.size() < MAX_IDLE_READERS) {
                idleReaders.addFirst(c);
                c = null;
            }
            return result;
        } catch (SQLException e) {
            throw failure("reading the store in " + dir + " failed", e);
        } finally {
            closeQuietly(c);
        }
    }

    /** A connection of its own for one read, seeing what is committed. */
    private Connection reader() throws SQLException {
        Connection c = db.duplicate();
        c.setAutoCommit(true); // a duplicate inherits the writer's manual commit mode
        return c;
    }

    /** One read against a connection. */
    interface Read<T> {
        T on(Connection c) throws SQLException;
    }

    /**
     * Commits what was written (unless a write failed, which leaves the store as of its last commit) and closes
     * the store, releasing the writer lock.
     */
    @Override
    public void close() {
        RuntimeException failure = null;
        try {
            if (run != null) {
                run.close();
            }
            if (writer != null && !writer.broken()) {
                writer.commit();
            }
        } catch (SQLException | IOException | RuntimeException e) {
            failure = failure("committing to the store failed", e);
        } finally {
            ReusedStatements idle;
            while ((idle = idleReaders.pollFirst()) != null) {
                closeQuietly(idle);
            }
            closeQuietly(writer == null ? null : writer::close, journal, index, db, lock);
        }
        if (failure != null) {
            throw failure;
        }
    }

    private static StoreException failure(String what, Exception e) {
        if (e instanceof StoreException known) {
            return known;
        }
        return StoreException.of(what, e);
    }

    private static void closeQuietly(AutoCloseable... resources) {
        for (AutoCloseable r : resources) {
            if (r != null) {
                try {
                    r.close();
                } catch (Exception ignored) {
                    // closing after a failure: the first failure is the one to report
                }
            }
        }
    }

    private static String version() {
        String v = Store.class.getPackage().getImplementationVersion();
        return v == null ? "development" : v;
    }
}
