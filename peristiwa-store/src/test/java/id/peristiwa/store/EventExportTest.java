package id.peristiwa.store;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.peristiwa.export.EventCsv;
import id.peristiwa.export.GdeltRows;
import java.io.StringWriter;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.time.LocalDate;
import id.peristiwa.event.PloverType;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EventExportTest {

    @TempDir
    Path dir;

    private static final String LAUNCH = "report-antara-0-12-23";

    @BeforeEach
    void store() {
        try (Store store = Store.open(dir)) {
            store.put(WireStories.agency());
            store.put(WireStories.republished());
            store.put(WireStories.separateReport(true));
            store.put(WireStories.laterLaunch());
            store.put(WireStories.market());
        }
    }

    private String write(EventFilter filter, long limit, EventFormat format, long expected) {
        StringWriter out = new StringWriter();
        try (Store store = Store.openReadOnly(dir)) {
            assertThat(EventExport.write(store, filter, limit, format, out, null)).isEqualTo(expected);
        }
        return out.toString();
    }

    @Test
    void twoEventsOnOneTriggerKeepTheIdsTheyAreStoredUnder() {
        try (Store store = Store.open(dir)) {
            store.put(Articles.article("saling-kecam").outlet("kabar.id")
                    .text("Korea Utara dan Korea Selatan saling mengecam atas insiden di perbatasan, kata Yonhap.")
                    .event(PloverType.ACCUSE, "111", -2.0, "mengecam", List.of(Articles.PRK), List.of(Articles.KORGOV),
                            LocalDate.of(2024, 3, 25))
                    .event(PloverType.ACCUSE, "111", -2.0, "mengecam", List.of(Articles.KORGOV), List.of(Articles.PRK),
                            LocalDate.of(2024, 3, 25))
                    .build());
        }
        EventFilter filter = EventFilter.all().withActor("KOR");
        List<String> stored;
        try (Store store = Store.openReadOnly(dir)) {
            stored = store.events(filter).stream().map(StoredEvent::id).filter(id -> id.startsWith("saling-kecam"))
                    .toList();
        }
        assertThat(stored).hasSize(2).doesNotHaveDuplicates();
        List<String> csv = split(write(filter, Long.MAX_VALUE, EventFormat.CSV, count(filter)), ",").stream().skip(1)
                .map(r -> r[0]).filter(id -> id.startsWith("saling-kecam")).toList();
        assertThat(csv).containsExactlyElementsOf(stored);
    }

    private long count(EventFilter filter) {
        try (Store store = Store.openReadOnly(dir)) {
            return store.events(filter.withPage(0, EventFilter.MAX_PAGE_SIZE)).size();
        }
    }

    @Test
    void gdeltRowsHave61ColumnsAndTheClusterCounts() {
        StringWriter events = new StringWriter();
        StringWriter mentions = new StringWriter();
        try (Store store = Store.openReadOnly(dir)) {
            EventExport.write(store, EventFilter.all(), Long.MAX_VALUE, EventFormat.GDELT, events, mentions);
        }
        List<String[]> rows = split(events.toString(), "\t");
        assertThat(rows).hasSize(5).allSatisfy(r -> assertThat(r).hasSize(61));
        int numMentions = GdeltRows.EVENT_COLUMNS.indexOf("NumMentions");
        // newest first: the republished copy (28 March), the later launch (25 March), then the rest of its cluster
        assertThat(rows.stream().map(r -> r[1] + " " + r[numMentions] + "/" + r[numMentions + 1] + "/"
                + r[numMentions + 2]).toList()).containsExactly("20240328 4/2/3", "20240325 1/1/1",
                "20240315 4/2/3", "20240315 4/2/3", "20240314 4/2/3");
        assertThat(split(mentions.toString(), "\t")).hasSize(5).allSatisfy(r -> assertThat(r).hasSize(16));
    }

    @Test
    void csvHasTheHeaderAndOneRowPerEvent() {
        String csv = write(EventFilter.all().withDates(null, java.time.LocalDate.of(2024, 3, 15)), 10,
                EventFormat.CSV, 3);
        String[] lines = csv.split("\r\n");
        assertThat(lines).hasSize(4);
        assertThat(lines[0]).isEqualTo(EventCsv.header());
        assertThat(Arrays.stream(lines).skip(1).map(l -> l.substring(0, l.indexOf(','))).toList())
                .containsExactly("report-antara-0-12-23", "report-antara-87-102-113", "wire-antara-0-93-109");
    }

    @Test
    void jsonLinesArePloverRecordsWithClusterAndStory() throws Exception {
        List<JsonNode> plover = json(write(EventFilter.all(), 2, EventFormat.PLOVER, 2));
        List<JsonNode> lines = json(write(EventFilter.all(), 2, EventFormat.JSONL, 2));
        assertThat(lines).hasSize(2);
        JsonNode first = lines.getFirst();
        assertThat(first.get("articleId").asText()).isEqualTo("wire-kabar");
        assertThat(first.get("clusterId").asText()).isEqualTo(LAUNCH);
        assertThat(first.get("numMentions").asInt()).isEqualTo(4);
        assertThat(first.get("numSources").asInt()).isEqualTo(2);
        assertThat(first.get("numArticles").asInt()).isEqualTo(3);
        assertThat(first.get("storyId").asText()).isEqualTo("wire-antara");
        ((com.fasterxml.jackson.databind.node.ObjectNode) first).remove(List.of("clusterId", "numMentions",
                "numSources", "numArticles", "storyId"));
        assertThat(first).isEqualTo(plover.getFirst());
    }

    @Test
    void parquetReadsBackInDuckDb() throws Exception {
        Path file = dir.resolve("events's.parquet");
        try (Store store = Store.openReadOnly(dir)) {
            assertThat(EventExport.writeParquet(store, EventFilter.all().withActor("PRK"), file)).isEqualTo(5);
        }
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:");
             Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT event_id, outlet, story_id, num_mentions, num_sources, "
                     + "num_articles FROM read_parquet('" + file.toString().replace("'", "''")
                     + "') WHERE article_id = 'wire-kabar'")) {
            assertThat(rs.next()).isTrue();
            assertThat(rs.getString(2)).isEqualTo("kabarnusantara.id");
            assertThat(rs.getString(3)).isEqualTo("wire-antara");
            assertThat(List.of(rs.getInt(4), rs.getInt(5), rs.getInt(6))).containsExactly(4, 2, 3);
            assertThat(rs.next()).isFalse();
        }
    }

    private static List<String[]> split(String text, String separator) {
        List<String[]> rows = new ArrayList<>();
        for (String line : text.split("\n")) {
            rows.add(line.split(separator, -1));
        }
        return rows;
    }

    private static List<JsonNode> json(String lines) throws Exception {
        ObjectMapper mapper = new ObjectMapper();
        List<JsonNode> nodes = new ArrayList<>();
        for (String line : lines.split("\n")) {
            nodes.add(mapper.readTree(line));
        }
        return nodes;
    }
}
