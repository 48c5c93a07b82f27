package id.peristiwa.export;

import com.fasterxml.jackson.core.JsonGenerator;
import id.peristiwa.document.Article;
import id.peristiwa.document.Span;
import id.peristiwa.entity.Actor;
import id.peristiwa.event.Attribution;
import id.peristiwa.event.Event;
import id.peristiwa.event.EventPlace;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Writes coded events as PLOVER records, one JSON object per event and per line (JSON Lines).
 *
 * <p>PLOVER's own fields, named as in the PLOVER gold-standard records:
 * <ul>
 * <li>{@code id}: the event's stable id ({@link EventIds}).</li>
 * <li>{@code date}: the event date, ISO {@code yyyy-MM-dd} (the first day of the month or year when the text
 *     is less precise; see {@code dateGranularity}), or null.</li>
 * <li>{@code source}, {@code target}: [{actorText, code, sector, actorCode, role}]. As in PLOVER, {@code code}
 *     is the actor's country ({@code KOR}) with the sector apart ({@code GOV}); an actor with no country (an
 *     international organization) has its whole code there ({@code IGOUNO}). {@code actorText} is the actor's
 *     canonical name; {@code actorCode} the full CAMEO-style code ({@code KORGOV}) and {@code role} the words
 *     that justified it, Peristiwa's additions. {@code target} is [] when the event has none.</li>
 * <li>{@code event} (the PLOVER type), {@code mode}, {@code context} (null when the coder gave none),
 *     {@code eventText} (the trigger's words), {@code text} (the whole sentence), {@code language} (the
 *     article's), {@code publication} (the outlet), {@code coder} ("Peristiwa").</li>
 * <li>{@code eventLoc}: {name, "country code"} with PLOVER's ISO alpha-2 country code, or null without a
 *     place.</li>
 * </ul>
 * No {@code dateCoded} is written: it would make two runs over one article differ.
 *
 * <p>Peristiwa's fields: {@code cameo}, {@code quadClass}, {@code goldstein}, {@code polarity}
 * (asserted|negated), {@code modality} (asserted|intended|demanded|hypothetical|historical),
 * {@code dateGranularity} (day|month|year) and {@code dateFromText} (false when the date is the publication
 * date), {@code location} {name, country (ISO alpha-3), lat, lon, precision
 * (city|region|country|actor_country)} or null, {@code attribution} {speaker (an actor as in the analysis
 * JSON, or null), cue [start,end] or null, relay} or null, {@code rule}, {@code confidence} (0 to 1, three
 * decimals), {@code articleId}, {@code url} (the URL, else the path read), {@code sentence} and
 * {@code trigger} as [start,end] offsets into the article's clean text.
 */
public final class PloverRecords {
    private static final String CODER = "Peristiwa";

    private PloverRecords() {
    }

    /**
     * One PLOVER record per event, in list order, each a single JSON line without its newline.
     *
     * @throws IllegalArgumentException when an event's spans lie outside the article's text
     */
    public static List<String> toJson(Article article, List<Event> events) {
        return toJson(article, events, EventIds.of(article, events));
    }

    /** The records as {@link #toJson(Article, List)} gives them, under the ids given (one per event). */
    public static List<String> toJson(Article article, List<Event> events, List<String> ids) {
        StringWriter out = new StringWriter();
        write(article, events, ids, out);
        List<String> lines = new ArrayList<>(events.size());
        for (String line : out.toString().split("\n")) {
            if (!line.isEmpty()) {
                lines.add(line);
            }
        }
        return List.copyOf(lines);
    }

    /**
     * Writes one PLOVER record per event to {@code out}, each followed by a newline; flushed, not closed.
     *
     * @throws IllegalArgumentException when an event's spans lie outside the article's text
     */
    public static void write(Article article, List<Event> events, Writer out) {
        write(article, events, EventIds.of(article, events), out);
    }

    /** Writes the records as {@link #write(Article, List, Writer)} does, under the ids given (one per event). */
    public static void write(Article article, List<Event> events, List<String> ids, Writer out) {
        Objects.requireNonNull(out, "out");
        EventIds.requireOnePerEvent(events, ids);
        try {
            for (int i = 0; i < events.size(); i++) {
                try (JsonGenerator g = ArticleJson.generator(out)) {
                    writeRecord(g, article, ids.get(i), events.get(i));
                }
                out.write('\n');
            }
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void writeRecord(JsonGenerator g, Article article, String id, Event event) throws IOException {
        String text = article.text();
        g.writeStartObject();
        g.writeStringField("id", id);
        g.writeStringField("date", event.date() == null ? null : event.date().value().toString());
        writeActors(g, "source", event.source());
        writeActors(g, "target", event.target());
        g.writeStringField("event", event.type().name());
        g.writeStringField("mode", event.mode());
        g.writeStringField("context", event.context());
        g.writeStringField("eventText", event.trigger().of(text));
        g.writeStringField("text", event.sentence().of(text));
        g.writeStringField("language", article.language());
        g.writeStringField("publication", article.source().outlet());
        g.writeStringField("coder", CODER);
        writeEventLoc(g, event.place());

        g.writeStringField("cameo", event.cameo());
        g.writeNumberField("quadClass", event.quadClass());
        g.writeNumberField("goldstein", event.goldstein());
        g.writeStringField("polarity", Provenance.lower(event.polarity()));
        g.writeStringField("modality", Provenance.lower(event.modality()));
        g.writeStringField("dateGranularity", event.date() == null ? null : Provenance.lower(event.date().granularity()));
        if (event.date() == null) {
            g.writeNullField("dateFromText");
        } else {
            g.writeBooleanField("dateFromText", event.date().fromText());
        }
        writeLocation(g, event.place());
        writeAttribution(g, event.attribution());
        g.writeStringField("rule", event.rule());
        g.writeNumberField("confidence", Math.round(event.confidence() * 1000) / 1000.0);
        g.writeStringField("articleId", article.id());
        g.writeStringField("url", Provenance.location(article));
        writeSpanField(g, "sentence", event.sentence());
        writeSpanField(g, "trigger", event.trigger());
        g.writeEndObject();
    }

    private static void writeActors(JsonGenerator g, String field, List<Actor> actors) throws IOException {
        g.writeArrayFieldStart(field);
        for (Actor actor : actors) {
            g.writeStartObject();
            g.writeStringField("actorText", actor.name());
            g.writeStringField("code", actor.country() != null ? actor.country() : actor.code());
            g.writeStringField("sector", actor.sector());
            g.writeStringField("actorCode", actor.code());
            g.writeStringField("role", actor.role());
            g.writeEndObject();
        }
        g.writeEndArray();
    }

    private static void writeEventLoc(JsonGenerator g, EventPlace place) throws IOException {
        if (place == null) {
            g.writeNullField("eventLoc");
            return;
        }
        g.writeObjectFieldStart("eventLoc");
        g.writeStringField("name", place.name());
        g.writeStringField("country code", CountryCodes.standard().alpha2(place.country()));
        g.writeEndObject();
    }

    private static void writeLocation(JsonGenerator g, EventPlace place) throws IOException {
        if (place == null) {
            g.writeNullField("location");
            return;
        }
        g.writeObjectFieldStart("location");
        g.writeStringField("name", place.name());
        g.writeStringField("country", place.country());
        writeNullableNumber(g, "lat", place.lat());
        writeNullableNumber(g, "lon", place.lon());
        g.writeStringField("precision", Provenance.lower(place.precision()));
        g.writeEndObject();
    }

    private static void writeAttribution(JsonGenerator g, Attribution attribution) throws IOException {
        if (attribution == null) {
            g.writeNullField("attribution");
            return;
        }
        g.writeObjectFieldStart("attribution");
        AnalysisJson.writeActor(g, "speaker", attribution.speaker());
        if (attribution.cue() == null) {
            g.writeNullField("cue");
        } else {
            writeSpanField(g, "cue", attribution.cue());
        }
        g.writeStringField("relay", attribution.relay());
        g.writeEndObject();
    }

    private static void writeNullableNumber(JsonGenerator g, String field, Double value) throws IOException {
        if (value == null) {
            g.writeNullField(field);
        } else {
            g.writeNumberField(field, value);
        }
    }

    private static void writeSpanField(JsonGenerator g, String field, Span span) throws IOException {
        g.writeFieldName(field);
        ArticleJson.writeSpan(g, span);
    }
}
