package id.peristiwa.export;

import id.peristiwa.document.Article;
import id.peristiwa.entity.Actor;
import id.peristiwa.event.Event;
import id.peristiwa.event.EventPlace;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * Writes coded events as a flat CSV table, one row per event, by RFC 4180: fields holding a comma, a double
 * quote or a line break are quoted with double quotes doubled, and lines end in CRLF. The columns are
 * {@link #COLUMNS}: the event's id ({@link EventIds}), the article's id, URL (else path) and publication
 * time (ISO-8601), the sentence and trigger spans, PLOVER type (upper case), mode, context, CAMEO code, quad
 * class, Goldstein value (one decimal), the source and target actor codes joined by ";", polarity and
 * modality (lower case), the event date (ISO) and its granularity (day|month|year), the place's name, ISO
 * alpha-3 country, latitude, longitude (four decimals at most) and precision
 * (city|region|country|actor_country), the speaker's actor code and the relay of the attribution, the rule,
 * the confidence (three decimals at most) and the sentence's text. Absent values are empty fields.
 */
public final class EventCsv {
    /** The header's column names, in order. */
    public static final List<String> COLUMNS = List.of("event_id", "article_id", "url", "published",
            "sentence_start", "sentence_end", "trigger_start", "trigger_end", "type", "mode", "context", "cameo",
            "quad_class", "goldstein", "source_codes", "target_codes", "polarity", "modality", "date",
            "granularity", "place_name", "place_country", "place_lat", "place_lon", "place_precision",
            "speaker_code", "relay", "rule", "confidence", "sentence");

    private static final String LINE_END = "\r\n";

    private EventCsv() {
    }

    /** The header line, without its line break. */
    public static String header() {
        return line(COLUMNS);
    }

    /**
     * One row per event, in list order, each without its line break (a row may hold quoted line breaks).
     *
     * @throws IllegalArgumentException when an event's spans lie outside the article's text
     */
    public static List<String> rows(Article article, List<Event> events) {
        return rows(article, events, EventIds.of(article, events));
    }

    /**
     * One row per event, as {@link #rows(Article, List)}, under the ids given (one per event, in list order): a
     * store writing events one at a time passes the ids it stored them under.
     */
    public static List<String> rows(Article article, List<Event> events, List<String> ids) {
        EventIds.requireOnePerEvent(events, ids);
        List<String> rows = new ArrayList<>(events.size());
        for (int i = 0; i < events.size(); i++) {
            rows.add(line(fields(article, ids.get(i), events.get(i))));
        }
        return List.copyOf(rows);
    }

    /**
     * Writes the rows to {@code out}, after the header line when {@code header} is true, each line ended by
     * CRLF; flushed, not closed.
     */
    public static void write(Article article, List<Event> events, Writer out, boolean header) {
        write(article, events, EventIds.of(article, events), out, header);
    }

    /** Writes the rows as {@link #write(Article, List, Writer, boolean)} does, under the ids given. */
    public static void write(Article article, List<Event> events, List<String> ids, Writer out, boolean header) {
        Objects.requireNonNull(out, "out");
        List<String> rows = rows(article, events, ids);
        try {
            if (header) {
                out.write(header());
                out.write(LINE_END);
            }
            for (String row : rows) {
                out.write(row);
                out.write(LINE_END);
            }
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<String> fields(Article article, String id, Event event) {
        EventPlace place = event.place();
        Actor speaker = event.attribution() == null ? null : event.attribution().speaker();
        List<String> f = new ArrayList<>(COLUMNS.size());
        f.add(id);
        f.add(article.id());
        f.add(Provenance.location(article));
        f.add(article.published() == null ? null : article.published().toIso());
        f.add(Integer.toString(event.sentence().start()));
        f.add(Integer.toString(event.sentence().end()));
        f.add(Integer.toString(event.trigger().start()));
        f.add(Integer.toString(event.trigger().end()));
        f.add(event.type().name());
        f.add(event.mode());
        f.add(event.context());
        f.add(event.cameo());
        f.add(Integer.toString(event.quadClass()));
        f.add(Decimals.fixed(event.goldstein(), 1));
        f.add(codes(event.source()));
        f.add(codes(event.target()));
        f.add(Provenance.lower(event.polarity()));
        f.add(Provenance.lower(event.modality()));
        f.add(event.date() == null ? null : event.date().value().toString());
        f.add(event.date() == null ? null : Provenance.lower(event.date().granularity()));
        f.add(place == null ? null : place.name());
        f.add(place == null ? null : place.country());
        f.add(place == null || place.lat() == null ? null : Decimals.plain(place.lat(), 4));
        f.add(place == null || place.lon() == null ? null : Decimals.plain(place.lon(), 4));
        f.add(place == null ? null : Provenance.lower(place.precision()));
        f.add(speaker == null ? null : speaker.code());
        f.add(event.attribution() == null ? null : event.attribution().relay());
        f.add(event.rule());
        f.add(Decimals.plain(event.confidence(), 3));
        f.add(event.sentence().of(article.text()));
        return f;
    }

    private static String codes(List<Actor> actors) {
        return actors.stream().map(Actor::code).collect(Collectors.joining(";"));
    }

    private static String line(List<String> fields) {
        StringBuilder line = new StringBuilder(256);
        for (int i = 0; i < fields.size(); i++) {
            if (i > 0) {
                line.append(',');
            }
            appendField(line, fields.get(i));
        }
        return line.toString();
    }

    private static void appendField(StringBuilder line, String value) {
        if (value == null) {
            return;
        }
        boolean quote = value.indexOf(',') >= 0 || value.indexOf('"') >= 0 || value.indexOf('\n') >= 0
                || value.indexOf('\r') >= 0;
        if (!quote) {
            line.append(value);
            return;
        }
        line.append('"').append(value.replace("\"", "\"\"")).append('"');
    }
}
