package id.peristiwa.event;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.peristiwa.document.Article;
import id.peristiwa.document.Published;
import id.peristiwa.document.Source;
import id.peristiwa.document.Span;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The hand-coded event gold ({@code events/event-gold.jsonl}, format in {@code docs/event-gold-format.md}):
 * one article per line with its gold sentence split and the events each sentence states.
 *
 * @param documents the articles in file order
 */
public record EventGold(List<Document> documents) {
    /** The classpath resource holding the project's event gold (on the test classpath). */
    public static final String RESOURCE = "/events/event-gold.jsonl";

    public EventGold {
        documents = List.copyOf(documents);
    }

    /** One article: {@code text} is its {@code sentences} joined by single spaces. */
    public record Document(String id, LocalDate published, String text, List<String> sentences, List<Event> events) {
        public Document {
            sentences = List.copyOf(sentences);
            events = List.copyOf(events);
        }

        /** The document as an extracted Indonesian article: its text as one paragraph, its publication date. */
        public Article article() {
            return new Article(id, new Source(null, null, null), null, null, Published.of(published), null, "id",
                    1.0, null, text, List.of(new Span(0, text.length())), 0, List.of());
        }
    }

    /**
     * One gold event; field meanings as in the format document. {@code mode}, {@code speaker} and
     * {@code relay} may be null; lists are never null.
     */
    public record Event(String sentence, String type, List<String> acceptable, String mode, String cameo,
            List<String> source, List<String> target, String polarity, String modality, String speaker,
            String relay, String trigger, List<String> tags) {
        public Event {
            acceptable = List.copyOf(acceptable);
            source = List.copyOf(source);
            target = List.copyOf(target);
            tags = List.copyOf(tags);
        }
    }

    /**
     * The project's gold from the classpath (present on the test classpath only).
     *
     * @throws NullPointerException when the resource is not on the classpath
     */
    public static EventGold load() {
        try (InputStream in = EventGold.class.getResourceAsStream(RESOURCE)) {
            Objects.requireNonNull(in, RESOURCE);
            return read(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * A gold file in the format of {@code docs/event-gold-format.md}.
     *
     * @throws UncheckedIOException when the file cannot be read
     * @throws IllegalArgumentException when a line lacks a required field
     */
    public static EventGold read(Path file) {
        try (BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return read(reader);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }

    private static EventGold read(BufferedReader reader) throws IOException {
        var mapper = new ObjectMapper();
        List<Document> documents = new ArrayList<>();
        for (String line = reader.readLine(); line != null; line = reader.readLine()) {
            if (!line.isBlank()) {
                documents.add(document(mapper.readTree(line)));
            }
        }
        return new EventGold(documents);
    }

    /** Every event of every document, in file order. */
    public List<Event> events() {
        return documents.stream().flatMap(d -> d.events().stream()).toList();
    }

    private static Document document(JsonNode node) {
        List<Event> events = new ArrayList<>();
        node.path("events").forEach(e -> events.add(new Event(required(e, "sentence"), required(e, "type"),
                strings(e.path("acceptable")), optional(e, "mode"), required(e, "cameo"),
                strings(e.path("source")), strings(e.path("target")), required(e, "polarity"),
                required(e, "modality"), optional(e, "speaker"), optional(e, "relay"), required(e, "trigger"),
                strings(e.path("tags")))));
        return new Document(required(node, "id"), LocalDate.parse(required(node, "published")),
                required(node, "text"), strings(node.path("sentences")), events);
    }

    private static String required(JsonNode node, String field) {
        JsonNode value = node.get(field);
        if (value == null || !value.isTextual()) {
            throw new IllegalArgumentException("missing text field " + field + " in " + node);
        }
        return value.asText();
    }

    private static String optional(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() ? null : value.asText();
    }

    private static List<String> strings(JsonNode array) {
        List<String> out = new ArrayList<>();
        array.forEach(v -> out.add(v.asText()));
        return out;
    }
}
