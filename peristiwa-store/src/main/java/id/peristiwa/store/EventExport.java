package id.peristiwa.store;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import id.peristiwa.document.Article;
import id.peristiwa.event.Event;
import id.peristiwa.export.EventCsv;
import id.peristiwa.export.GdeltRows;
import id.peristiwa.export.PloverRecords;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Writes the stored events a filter selects, newest event date first (as {@link Store#events} orders them),
 * through core's exporters, adding what only the store knows: cluster counts in GDELT's NumMentions, NumSources
 * and NumArticles, and cluster and story ids in JSON Lines. Parquet is written by DuckDB itself.
 *
 * <p>Each event is written under the id it is stored with, so an event that shares its trigger with an earlier
 * one of its article (a trigger coded twice) keeps the CAMEO suffix that tells the two apart.
 */
public final class EventExport {

    /** Events read from the store at a time. */
    private static final int PAGE = EventFilter.MAX_PAGE_SIZE;
    private static final JsonFactory JSON = new JsonFactory();
    private static final int NUM_MENTIONS = GdeltRows.EVENT_COLUMNS.indexOf("NumMentions");

    private EventExport() {
    }

    /**
     * Writes at most {@code limit} of the events {@code filter} selects (its page and size are ignored) to
     * {@code out}; for {@link EventFormat#GDELT}, Mentions rows go to {@code gdeltMentions} when it is not null.
     * Writers are flushed, not closed.
     *
     * @return how many events were written (a GDELT row count can differ: see {@link GdeltRows})
     * @throws StoreException        when reading the store fails
     * @throws UncheckedIOException  when writing fails
     */
    public static long write(Store store, EventFilter filter, long limit, EventFormat format, Writer out,
                             Writer gdeltMentions) {
        Objects.requireNonNull(store, "store");
        Objects.requireNonNull(format, "format");
        Objects.requireNonNull(out, "out");
        long written = 0;
        try {
            if (format == EventFormat.CSV) {
                out.write(EventCsv.header());
                out.write("\r\n");
            }
            for (int page = 0; written < limit; page++) {
                List<StoredEvent> events = store.events(filter.withPage(page, PAGE));
                Map<String, StoredArticles.Loaded> articles = store.read(c -> StoredArticles.load(c,
                        articleIds(events), format == EventFormat.GDELT && gdeltMentions != null));
                for (StoredEvent e : events) {
                    if (written == limit) {
                        break;
                    }
                    write(e, articles.get(e.articleId()), format, out, gdeltMentions);
                    written++;
                }
                if (events.size() < PAGE) {
                    break;
                }
            }
            out.flush();
            if (gdeltMentions != null) {
                gdeltMentions.flush();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return written;
    }

    /**
     * Writes the events {@code filter} selects (its page and size ignored) to a Parquet file, one row per event:
     * every column of {@code events}, the article's {@code url}, {@code outlet}, {@code published} and
     * {@code story_id}, and the cluster's {@code cluster_id}, {@code num_mentions}, {@code num_sources} and
     * {@code num_articles}.
     *
     * @return how many events were written
     * @throws StoreException when DuckDB cannot write the file
     */
    public static long writeParquet(Store store, EventFilter filter, Path file) {
        Objects.requireNonNull(file, "file");
        List<Object> parameters = new ArrayList<>();
        String where = EventQuery.where(filter, parameters);
        String select = "SELECT e.*, a.url, a.outlet, a.published, a.story_id, c.cluster_id, "
                + "c.mentions AS num_mentions, c.sources AS num_sources, c.articles AS num_articles FROM events e "
                + "JOIN articles a ON a.id = e.article_id "
                + "LEFT JOIN event_cluster_members m ON m.event_id = e.event_id "
                + "LEFT JOIN event_clusters c ON c.cluster_id = m.cluster_id" + where
                + " ORDER BY e.date DESC NULLS LAST, e.event_id";
        String target = file.toAbsolutePath().toString().replace("'", "''");
        return store.read(c -> {
            try (PreparedStatement st = EventQuery.prepare(c, "COPY (" + select + ") TO '" + target
                    + "' (FORMAT parquet)", parameters)) {
                st.execute();
            }
            return EventQuery.count(c, filter);
        });
    }

    private static Set<String> articleIds(List<StoredEvent> events) {
        Set<String> ids = new LinkedHashSet<>();
        for (StoredEvent e : events) {
            ids.add(e.articleId());
        }
        return ids;
    }

    private static void write(StoredEvent stored, StoredArticles.Loaded loaded, EventFormat format, Writer out,
                              Writer mentions) throws IOException {
        Article article = loaded.article();
        List<Event> one = List.of(stored.event());
        List<String> id = List.of(stored.id());
        switch (format) {
            case CSV -> EventCsv.write(article, one, id, out, false);
            case PLOVER -> PloverRecords.write(article, one, id, out);
            case JSONL -> {
                String record = PloverRecords.toJson(article, one, id).getFirst();
                out.write(record, 0, record.length() - 1); // the record's fields, then the store's
                out.write(storeFields(stored.cluster(), loaded.storyId()));
                out.write('\n');
            }
            case GDELT -> {
                for (String row : GdeltRows.events(article, one, id)) {
                    out.write(withCounts(row, stored.cluster()));
                    out.write('\n');
                }
                if (mentions != null) {
                    GdeltRows.writeMentions(article, one, loaded.sentences(), id, mentions);
                }
            }
        }
    }

    /** A GDELT Event row with NumMentions, NumSources and NumArticles taken from the cluster. */
    static String withCounts(String row, EventCluster cluster) {
        if (cluster == null) {
            return row;
        }
        String[] fields = row.split("\t", -1);
        fields[NUM_MENTIONS] = Integer.toString(cluster.mentions());
        fields[NUM_MENTIONS + 1] = Integer.toString(cluster.sources());
        fields[NUM_MENTIONS + 2] = Integer.toString(cluster.articles());
        return String.join("\t", fields);
    }

    /** {@code ,"clusterId":...,"numMentions":...,"numSources":...,"numArticles":...,"storyId":...}}. */
    private static String storeFields(EventCluster cluster, String storyId) throws IOException {
        StringWriter json = new StringWriter();
        try (JsonGenerator g = JSON.createGenerator(json)) {
            g.writeStartObject();
            g.writeStringField("clusterId", cluster == null ? null : cluster.id());
            if (cluster == null) {
                g.writeNullField("numMentions");
                g.writeNullField("numSources");
                g.writeNullField("numArticles");
            } else {
                g.writeNumberField("numMentions", cluster.mentions());
                g.writeNumberField("numSources", cluster.sources());
                g.writeNumberField("numArticles", cluster.articles());
            }
            g.writeStringField("storyId", storyId);
            g.writeEndObject();
        }
        return "," + json.toString().substring(1);
    }
}
