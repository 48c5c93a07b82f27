package id.peristiwa.web;

import id.peristiwa.document.Span;
import id.peristiwa.entity.Actor;
import id.peristiwa.event.Event;
import id.peristiwa.store.StoredEvent;
import java.util.List;
import java.util.Locale;

/**
 * A stored event as the API writes it: codes, actors, time, place, attribution and the evidence, with spans as
 * {@code [start, end]} character offsets into the reporting article's text.
 */
record EventBody(String id, String articleId, String type, String mode, String context, String cameo,
                 int quadClass, double goldstein, List<Actor> source, List<Actor> target, String polarity,
                 String modality, String date, String dateGranularity, Place place, int[] sentence,
                 int[] trigger, Attribution attribution, String evidence, String rule, double confidence) {

    /** Where an event happened. */
    record Place(String name, String country, Double lat, Double lon, String precision) {
    }

    /** On whose word an event is reported. */
    record Attribution(Actor speaker, int[] cue, String relay) {
    }

    static EventBody of(StoredEvent stored) {
        Event e = stored.event();
        Place place = e.place() == null ? null : new Place(e.place().name(), e.place().country(), e.place().lat(),
                e.place().lon(), lower(e.place().precision()));
        Attribution attribution = e.attribution() == null ? null : new Attribution(e.attribution().speaker(),
                span(e.attribution().cue()), e.attribution().relay());
        return new EventBody(stored.id(), stored.articleId(), e.type().name(), e.mode(), e.context(), e.cameo(),
                e.quadClass(), e.goldstein(), e.source(), e.target(), lower(e.polarity()), lower(e.modality()),
                e.date() == null ? null : e.date().value().toString(),
                e.date() == null ? null : lower(e.date().granularity()), place, span(e.sentence()),
                span(e.trigger()), attribution, stored.evidence(), e.rule(), e.confidence());
    }

    private static int[] span(Span span) {
        return span == null ? null : new int[] {span.start(), span.end()};
    }

    private static String lower(Enum<?> value) {
        return value == null ? null : value.name().toLowerCase(Locale.ROOT);
    }
}
