package id.peristiwa.export;

import com.fasterxml.jackson.core.JsonGenerator;
import id.peristiwa.entity.Actor;
import id.peristiwa.event.Attribution;
import id.peristiwa.event.Event;
import id.peristiwa.event.EventPlace;
import java.io.IOException;
import java.util.List;
import java.util.Locale;

/**
 * Writes coded events as the {@code events} array of the analysis JSON: [{type, mode, context, cameo, quadClass,
 * goldstein, source [actor...], target [actor...], polarity (asserted|negated), modality (asserted|intended|
 * demanded|hypothetical|historical), date {value, granularity} or null, place {name, country, lat, lon,
 * precision} or null, sentence [start,end], trigger [start,end], attribution {speaker actor or null, cue
 * [start,end] or null, relay} or null, rule, confidence}], actors as in {@code mentions}.
 */
final class EventJson {

    private EventJson() {
    }

    static void writeEvents(JsonGenerator g, List<Event> events) throws IOException {
        g.writeArrayFieldStart("events");
        for (Event e : events) {
            writeEvent(g, e);
        }
        g.writeEndArray();
    }

    private static void writeEvent(JsonGenerator g, Event e) throws IOException {
        g.writeStartObject();
        g.writeStringField("type", e.type().name());
        g.writeStringField("mode", e.mode());
        g.writeStringField("context", e.context());
        g.writeStringField("cameo", e.cameo());
        g.writeNumberField("quadClass", e.quadClass());
        g.writeNumberField("goldstein", e.goldstein());
        writeActors(g, "source", e.source());
        writeActors(g, "target", e.target());
        g.writeStringField("polarity", e.polarity().name().toLowerCase(Locale.ROOT));
        g.writeStringField("modality", e.modality().name().toLowerCase(Locale.ROOT));
        if (e.date() == null) {
            g.writeNullField("date");
        } else {
            g.writeObjectFieldStart("date");
            g.writeStringField("value", e.date().value().toString());
            g.writeStringField("granularity", e.date().granularity().name().toLowerCase(Locale.ROOT));
            g.writeEndObject();
        }
        writePlace(g, e.place());
        g.writeFieldName("sentence");
        ArticleJson.writeSpan(g, e.sentence());
        g.writeFieldName("trigger");
        ArticleJson.writeSpan(g, e.trigger());
        writeAttribution(g, e.attribution());
        g.writeStringField("rule", e.rule());
        g.writeNumberField("confidence", e.confidence());
        g.writeEndObject();
    }

    private static void writeActors(JsonGenerator g, String field, List<Actor> actors) throws IOException {
        g.writeArrayFieldStart(field);
        for (Actor a : actors) {
            AnalysisJson.writeActorObject(g, a);
        }
        g.writeEndArray();
    }

    private static void writePlace(JsonGenerator g, EventPlace place) throws IOException {
        if (place == null) {
            g.writeNullField("place");
            return;
        }
        g.writeObjectFieldStart("place");
        g.writeStringField("name", place.name());
        g.writeStringField("country", place.country());
        if (place.lat() == null) {
            g.writeNullField("lat");
        } else {
            g.writeNumberField("lat", place.lat());
        }
        if (place.lon() == null) {
            g.writeNullField("lon");
        } else {
            g.writeNumberField("lon", place.lon());
        }
        g.writeStringField("precision", place.precision().name().toLowerCase(Locale.ROOT));
        g.writeEndObject();
    }

    private static void writeAttribution(JsonGenerator g, Attribution a) throws IOException {
        if (a == null) {
            g.writeNullField("attribution");
            return;
        }
        g.writeObjectFieldStart("attribution");
        AnalysisJson.writeActor(g, "speaker", a.speaker());
        if (a.cue() == null) {
            g.writeNullField("cue");
        } else {
            g.writeFieldName("cue");
            ArticleJson.writeSpan(g, a.cue());
        }
        g.writeStringField("relay", a.relay());
        g.writeEndObject();
    }
}
