package id.peristiwa.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.peristiwa.document.Article;
import id.peristiwa.document.RawDocument;
import id.peristiwa.ingest.IngestOptions;
import id.peristiwa.ingest.Ingested;
import id.peristiwa.ingest.Ingestion;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

/**
 * The bundled samples against their gold files: every page, every captured text and both archives must
 * give back exactly the article that was written, with nothing of the site chrome and nothing of the body lost.
 */
class SamplesTest {

    private static final Path SAMPLES = Path.of("..", "samples");
    private static final ObjectMapper JSON = new ObjectMapper();
    private static Pipeline pipeline;

    @BeforeAll
    static void build() {
        pipeline = Pipeline.indonesian();
    }

    static List<String> names() throws IOException {
        try (Stream<Path> files = Files.list(SAMPLES.resolve("gold"))) {
            return files.map(p -> p.getFileName().toString().replace(".json", "")).sorted().toList();
        }
    }

    private static JsonNode gold(String name) throws IOException {
        return JSON.readTree(SAMPLES.resolve("gold").resolve(name + ".json").toFile());
    }

    private static List<String> paragraphs(Article a) {
        return a.paragraphs().stream().map(s -> s.of(a.text())).toList();
    }

    private static List<String> goldParagraphs(JsonNode gold) {
        List<String> out = new ArrayList<>();
        gold.path("paragraphs").forEach(p -> out.add(p.asText()));
        return out;
    }

    private static Article only(String input) {
        try (Stream<Ingested> items = new Ingestion(IngestOptions.defaults()).read(List.of(input))) {
            List<Ingested> all = items.toList();
            assertThat(all).hasSize(1).first().isInstanceOf(Ingested.Document.class);
            RawDocument doc = ((Ingested.Document) all.get(0)).document();
            return pipeline.process(doc);
        }
    }

    @ParameterizedTest(name = "{0}.html")
    @MethodSource("names")
    void htmlPageGivesTheWrittenArticle(String name) throws IOException {
        JsonNode gold = gold(name);
        Article a = only(SAMPLES.resolve("html").resolve(name + ".html").toString());

        assertThat(paragraphs(a)).containsExactlyElementsOf(goldParagraphs(gold));
        assertThat(a.title()).isEqualTo(gold.path("title").asText());
        assertThat(a.section()).isEqualTo(gold.path("section").asText());
        assertThat(a.source().outlet()).isEqualTo(gold.path("outlet").asText());
        assertThat(a.source().url()).isEqualTo(gold.path("canonicalUrl").asText());
        assertThat(a.published().toIso()).isEqualTo(gold.path("published").asText());
        assertThat(a.author()).isEqualTo(gold.path("author").isNull() ? null : gold.path("author").asText());
        assertDateline(a, gold);
        assertThat(a.language()).isEqualTo("id");
        assertThat(a.warnings()).noneMatch(w -> w.startsWith("no "));
    }

    @ParameterizedTest(name = "{0}.txt")
    @MethodSource("names")
    void capturedTextLosesChromeButNoBodyLine(String name) throws IOException {
        JsonNode gold = gold(name);
        Article a = only(SAMPLES.resolve("text").resolve(name + ".txt").toString());

        assertThat(paragraphs(a)).containsExactlyElementsOf(goldParagraphs(gold));
        assertThat(a.title()).isEqualTo(gold.path("title").asText());
        assertThat(a.section()).isEqualTo(gold.path("section").asText());
        assertDateline(a, gold);
        assertThat(a.language()).isEqualTo("id");
    }

    private static void assertDateline(Article a, JsonNode gold) {
        JsonNode d = gold.path("dateline");
        assertThat(a.dateline()).isNotNull();
        assertThat(a.dateline().place()).isEqualTo(d.path("place").isNull() ? null : d.path("place").asText());
        assertThat(a.dateline().outlet()).isEqualTo(d.path("outlet").isNull() ? null : d.path("outlet").asText());
    }

    @Test
    void archivesHoldTheSameArticlesAsThePages() throws IOException {
        Map<String, String> pages = textsById(SAMPLES.resolve("html"));
        assertThat(pages).hasSize(names().size());
        assertThat(textsById(SAMPLES.resolve("archives/samples.warc.gz"))).isEqualTo(pages);
        assertThat(textsById(SAMPLES.resolve("archives/samples.jsonl"))).isEqualTo(pages);
    }

    private static Map<String, String> textsById(Path input) {
        Map<String, String> byId = new TreeMap<>();
        try (Stream<Ingested> items = new Ingestion(IngestOptions.defaults()).read(List.of(input.toString()))) {
            items.forEach(item -> {
                assertThat(item).as(item.origin()).isInstanceOf(Ingested.Document.class);
                Article a = pipeline.process(((Ingested.Document) item).document());
                byId.put(a.id(), a.text());
            });
        }
        return byId;
    }
}
