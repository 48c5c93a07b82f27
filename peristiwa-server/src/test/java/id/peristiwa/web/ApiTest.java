package id.peristiwa.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.peristiwa.store.EventFilter;
import id.peristiwa.store.Store;
import java.io.IOException;
import java.io.InputStream;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The JSON API over a real store of analysed Indonesian news, through real HTTP calls. */
class ApiTest {

    @TempDir
    static Path dir;
    static Store store;
    static PeristiwaServer server;
    static Http http;

    @BeforeAll
    static void serve() {
        store = Store.openReadOnly(NewsStore.build(dir));
        server = PeristiwaServer.start(store, PeristiwaServer.LOOPBACK, 0);
        http = new Http(server.uri());
    }

    @AfterAll
    static void stop() {
        server.close();
        store.close();
    }

    private static String id(String url) {
        return store.query("SELECT id FROM articles WHERE url = '" + url + "'").rows().getFirst().getFirst()
                .toString();
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    @Test
    void bindsToLoopbackAndListsTheStore() {
        assertThat(server.uri().getHost()).isEqualTo("127.0.0.1");
        JsonNode stats = http.json("/api/stats", 200);
        assertThat(stats.get("articles").asLong()).isEqualTo(3);
        assertThat(stats.get("outlets").asLong()).isEqualTo(2);
        assertThat(stats.get("events").asLong()).isEqualTo(store.eventCount()).isPositive();
        assertThat(stats.get("firstPublished").asText()).isEqualTo("2024-03-12");
        assertThat(stats.get("lastPublished").asText()).isEqualTo("2024-05-20");
        long quads = StreamSupport.stream(stats.get("byQuadClass").spliterator(), false).mapToLong(JsonNode::asLong)
                .sum();
        assertThat(quads).isEqualTo(store.eventCount());
    }

    @Test
    void searchFindsByStemWithSnippetFacetsAndPages() {
        JsonNode found = http.json("/api/search?q=serang", 200); // "menyerang", "serangan"
        assertThat(found.get("total").asLong()).isEqualTo(1);
        JsonNode hit = found.get("hits").get(0);
        assertThat(hit.get("articleId").asText()).isEqualTo(id(NewsStore.HOSTILE));
        assertThat(hit.get("outlet").asText()).isEqualTo("warta.contoh.id");
        JsonNode mark = hit.get("snippet").get("highlights").get(0);
        String snippet = hit.get("snippet").get("text").asText();
        assertThat(snippet.substring(mark.get("start").asInt(), mark.get("end").asInt())).isEqualTo("menyerang");

        JsonNode all = http.json("/api/search?size=2&facets=50", 200);
        assertThat(all.get("total").asLong()).isEqualTo(3);
        assertThat(all.get("hits")).hasSize(2);
        assertThat(all.get("hits").get(0).get("published").asText()).isEqualTo("2024-05-20"); // newest first
        JsonNode facets = all.get("facets");
        assertThat(facets.get("outlets").toString())
                .isEqualTo("[{\"value\":\"kabar.contoh.id\",\"count\":2},{\"value\":\"warta.contoh.id\",\"count\":1}]");
        assertThat(facets.get("sections").toString())
                .isEqualTo("[{\"value\":\"Internasional\",\"count\":2},{\"value\":\"Nasional\",\"count\":1}]");
        assertThat(facets.get("months").toString()).isEqualTo("[{\"value\":\"2024-05\",\"count\":1},"
                + "{\"value\":\"2024-04\",\"count\":1},{\"value\":\"2024-03\",\"count\":1}]");
        assertThat(texts(facets.get("actors"), "value")).contains("JPN", "PRK");

        JsonNode second = http.json("/api/search?size=2&page=1&facets=0", 200);
        assertThat(second.get("hits")).hasSize(1);
        assertThat(second.get("facets").isNull()).isTrue();
        assertThat(second.get("hits").get(0).get("articleId").asText()).isEqualTo(id(NewsStore.SEOUL));

        JsonNode filtered = http.json("/api/search?section=Internasional&from=2024-04-01&to=2024-04-30", 200);
        assertThat(texts(filtered.get("hits"), "articleId")).containsExactly(id(NewsStore.TOKYO));
        JsonNode byActor = http.json("/api/search?actor=prk", 200);
        assertThat(texts(byActor.get("hits"), "articleId")).containsExactly(id(NewsStore.SEOUL));
    }

    @Test
    void articleCarriesItsWholeAnalysis() {
        String id = id(NewsStore.TOKYO);
        JsonNode article = http.json("/api/articles/" + id, 200);
        assertThat(article.get("title").asText()).isEqualTo("Jepang Protes China atas Pelanggaran Wilayah Udara");
        assertThat(article.get("section").asText()).isEqualTo("Internasional");
        assertThat(article.get("published").asText()).isEqualTo("2024-04-03");
        JsonNode analysis = article.get("analysis");
        assertThat(analysis.get("text").asText()).isEqualTo(store.article(id).orElseThrow().text());
        assertThat(analysis.get("events")).hasSize(article.get("eventCount").asInt());
        assertThat(analysis.get("mentions").size()).isPositive();
        assertThat(analysis.get("quotes").size()).isPositive();
        JsonNode missing = http.json("/api/articles/0000000000", 404);
        assertThat(missing.get("error").asText()).isEqualTo("no article with id '0000000000'");
        assertThat(missing.get("status").asInt()).isEqualTo(404);
    }

    @Test
    void eventsFilterByDyadActorTypeAndDate() {
        JsonNode dyad = http.json("/api/events?dyad=PRK:USA", 200);
        long expected = store.countEvents(EventFilter.all().withDyad("PRK", "USA"));
        assertThat(expected).isPositive();
        assertThat(dyad.get("total").asLong()).isEqualTo(expected);
        for (JsonNode e : dyad.get("events")) {
            assertThat(e.get("source").get(0).get("code").asText()).isEqualTo("PRK");
            assertThat(e.get("target").get(0).get("code").asText()).startsWith("USA");
            assertThat(e.get("articleId").asText()).isEqualTo(id(NewsStore.SEOUL));
            String text = store.article(id(NewsStore.SEOUL)).orElseThrow().text();
            JsonNode s = e.get("sentence");
            assertThat(e.get("evidence").asText()).isEqualTo(text.substring(s.get(0).asInt(), s.get(1).asInt()));
        }
        JsonNode typed = http.json("/api/events?actor=JPN&type=accuse&from=2024-04-03&to=2024-04-03", 200);
        assertThat(typed.get("total").asLong()).isEqualTo(store.countEvents(EventFilter.all().withActor("JPN")
                .withType(id.peristiwa.event.PloverType.ACCUSE)
                .withDates(LocalDate.of(2024, 4, 3), LocalDate.of(2024, 4, 3))));
        JsonNode paged = http.json("/api/events?size=1&page=1", 200);
        assertThat(paged.get("events")).hasSize(1);
        assertThat(paged.get("total").asLong()).isEqualTo(store.eventCount());
        assertThat(paged.get("events").get(0).get("id").asText())
                .isEqualTo(store.events(EventFilter.all().withPage(1, 1)).getFirst().id());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "/api/events?size=201|size must be a whole number from 1 to 200, not '201'",
        "/api/events?size=0|size must be a whole number from 1 to 200, not '0'",
        "/api/events?quad=5|quad must be a whole number from 1 to 4, not '5'",
        "/api/events?type=PERANG|type must be a PLOVER type",
        "/api/events?dyad=PRK|dyad must be two actor codes around a colon, e.g. USA:PRK, not 'PRK'",
        "/api/events?from=2024-13-01|from must be a date written YYYY-MM-DD, not '2024-13-01'",
        "/api/events?from=2024-05-01&to=2024-04-01|from 2024-05-01 is after to 2024-04-01",
        "/api/events?actor=%3Cscript%3E|actor must be an actor code of letters and digits (e.g. USA, USAGOV), not '<script>'",
        "/api/events?page=abc|page must be a whole number from 0 to 199, not 'abc'",
        "/api/search?size=101|size must be a whole number from 1 to 100, not '101'",
        "/api/search?size=100&page=100|page must be a whole number from 0 to 99, not '100'",
        "/api/search?facets=101|facets must be a whole number from 0 to 100, not '101'",
        "/api/dyads/USA/PRK?interval=year|interval must be one of [day, week, month], not 'year'",
        "/api/network?limit=501|limit must be a whole number from 1 to 500, not '501'",
        "/api/actors/US-A|code must be an actor code of letters and digits (e.g. USA, USAGOV), not 'US-A'",
    })
    void badParametersGetA400SayingWhatIsAccepted(String path, String message) {
        JsonNode error = http.json(path, 400);
        assertThat(error.get("status").asInt()).isEqualTo(400);
        assertThat(error.get("error").asText()).startsWith(message);
    }

    @Test
    void unknownRoutesAndActorsAre404() {
        assertThat(http.json("/api/nothing-here", 404).get("error").asText())
                .isEqualTo("no such API route: /api/nothing-here (see /api/openapi.json)");
        assertThat(http.json("/api/actors/ZZZ", 404).get("error").asText()).isEqualTo("no events with actor ZZZ");
    }

    @Test
    void actorsAndProfiles() {
        JsonNode actors = http.json("/api/actors?prefix=USA", 200).get("actors");
        assertThat(texts(actors, "code")).allMatch(code -> code.startsWith("USA")).contains("USA", "USAGOV");
        JsonNode usa = http.json("/api/actors/usa", 200);
        assertThat(usa.get("code").asText()).isEqualTo("USA");
        assertThat(usa.get("name").asText()).isEqualTo("Amerika Serikat");
        assertThat(usa.get("events").asLong()).isEqualTo(store.countEvents(EventFilter.all().withActor("USA")));
        assertThat(texts(usa.get("counterparts"), "code")).contains("PRK", "KORGOV");
        assertThat(texts(usa.get("counterparts"), "code")).noneMatch(code -> code.startsWith("USA"));
        long typed = StreamSupport.stream(usa.get("types").spliterator(), false).mapToLong(t -> t.get("count").asLong())
                .sum();
        assertThat(typed).isEqualTo(usa.get("events").asLong());
    }

    @Test
    void dyadSeriesCountsByQuadClassPerPeriod() {
        JsonNode series = http.json("/api/dyads/PRK/USA?interval=day", 200);
        assertThat(series.get("interval").asText()).isEqualTo("day");
        long expected = store.countEvents(EventFilter.all().withDyad("PRK", "USA"));
        assertThat(series.get("events").asLong()).isEqualTo(expected);
        JsonNode point = series.get("points").get(0);
        assertThat(point.get("period").asText()).isEqualTo("2024-03-12");
        assertThat(point.get("verbalConflict").asLong()).isEqualTo(expected); // accusations are verbal conflict
        assertThat(point.get("goldsteinSum").asDouble()).isNegative();
        JsonNode monthly = http.json("/api/dyads/JPN/CHN", 200);
        assertThat(monthly.get("interval").asText()).isEqualTo("month");
        assertThat(monthly.get("points").get(0).get("period").asText()).isEqualTo("2024-04-01");
        assertThat(http.json("/api/dyads/CHN/JPN", 200).get("points")).isEmpty();
    }

    @Test
    void networkPlacesAndSourceChains() {
        JsonNode network = http.json("/api/network", 200);
        List<String> edges = new ArrayList<>();
        network.get("edges").forEach(e -> edges.add(e.get("source").asText() + ">" + e.get("target").asText()));
        assertThat(edges).contains("USA>PRK", "PRK>USA", "JPNGOV>CHN");
        for (JsonNode node : network.get("nodes")) {
            assertThat(edges).anyMatch(e -> e.startsWith(node.get("code").asText() + ">")
                    || e.endsWith(">" + node.get("code").asText()));
        }
        JsonNode places = http.json("/api/places", 200).get("places");
        JsonNode nagasaki = StreamSupport.stream(places.spliterator(), false)
                .filter(p -> p.get("name").asText().equals("Nagasaki")).findFirst().orElseThrow();
        assertThat(nagasaki.get("country").asText()).isEqualTo("JPN");
        assertThat(nagasaki.get("lat").asDouble()).isEqualTo(32.75);
        JsonNode chains = http.json("/api/sources?actor=JPN", 200).get("chains");
        assertThat(texts(chains, "speaker")).contains("JPNGOV");
        assertThat(texts(chains, "outlet")).containsOnly("kabar.contoh.id");
    }

    @Test
    void worldOutlinesAreATopology() {
        JsonNode world = http.json("/api/geo/world", 200);
        assertThat(world.get("type").asText()).isEqualTo("Topology");
        assertThat(world.get("objects").get("world").get("geometries").size()).isGreaterThan(150);
    }

    @Test
    void theOpenApiDocumentListsEveryRoute() throws IOException {
        JsonNode doc = http.json("/api/openapi.json", 200);
        JsonNode resource;
        try (InputStream in = ApiRoutes.class.getResourceAsStream("openapi.json")) {
            resource = new ObjectMapper().readTree(in);
        }
        assertThat(doc).isEqualTo(resource);
        assertThat(doc.get("openapi").asText()).startsWith("3.");
        Set<String> documented = new TreeSet<>();
        doc.get("paths").fieldNames().forEachRemaining(documented::add);
        assertThat(documented).isEqualTo(new TreeSet<>(server.apiPaths()));
        assertThat(server.apiPaths()).hasSize(12);
    }

    @Test
    void everyResponseCarriesTheSecurityHeaders() {
        for (String path : List.of("/api/stats", "/api/events?quad=9", "/api/nothing", "/", "/article.html",
                "/js/article.js", "/app.css", "/webjars/echarts/5.3.1/dist/echarts.min.js",
                "/webjars/cytoscape/3.33.1/dist/cytoscape.min.js")) {
            HttpResponse<String> response = http.get(path);
            assertThat(response.headers().firstValue("Content-Security-Policy")).as(path)
                    .hasValue(SecurityHeaders.POLICY);
            assertThat(response.headers().firstValue("X-Content-Type-Options")).as(path).hasValue("nosniff");
            assertThat(response.headers().firstValue("Referrer-Policy")).as(path).hasValue("no-referrer");
        }
        assertThat(SecurityHeaders.POLICY).contains("script-src 'self'").doesNotContain("unsafe");
    }

    @Test
    void hostileArticleTextIsEscapedInEveryResponse() {
        String id = id(NewsStore.HOSTILE);
        HttpResponse<String> raw = http.get("/api/articles/" + id);
        assertThat(raw.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t)
                .startsWith("application/json"));
        assertThat(raw.body()).doesNotContain("<script", "<img", "<a href", "</script>")
                .contains("\\u003Cscript\\u003E");
        JsonNode article = http.json("/api/articles/" + id, 200);
        assertThat(article.get("title").asText()).isEqualTo("Serangan Siber " + NewsStore.SCRIPT
                + " ke Situs Pemerintah " + NewsStore.IMAGE); // escaped on the wire, exact once parsed
        assertThat(article.get("analysis").get("text").asText()).contains(NewsStore.LINK);
        for (String path : List.of("/api/search?q=" + enc("siber"), "/api/events?actor=IDN",
                "/api/sources", "/api/search?q=" + enc("<script>"))) {
            assertThat(http.get(path).body()).as(path).doesNotContain("<script", "<img", "<a ");
        }
        HttpResponse<String> page = http.get("/article.html?id=" + id);
        assertThat(page.body()).doesNotContain("__xss", "Serangan Siber"); // pages carry no data, only scripts
        assertThat(page.body()).doesNotContainPattern("<script(?![^>]*\\bsrc=)");
    }

    @Test
    void nothingWrites() {
        assertThat(http.json("/api/stats", 200).get("articles").asLong()).isEqualTo(3);
        assertThat(store.recovery()).isNull(); // opened read-only: no writer, no recovery
    }

    private static List<String> texts(JsonNode array, String field) {
        List<String> values = new ArrayList<>();
        array.forEach(n -> values.add(n.path(field).asText(null)));
        return values;
    }
}
