package id.peristiwa.pipeline;

import id.peristiwa.document.TextOrder;
import id.peristiwa.entity.Mention;
import id.peristiwa.event.Event;
import id.peristiwa.place.EventPlaces;
import id.peristiwa.text.Sentence;
import id.peristiwa.time.DateExpression;
import id.peristiwa.time.EventDates;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Dates and places coded events from their sentences: the date expression nearest the trigger resolved against
 * the publication date (else the publication date itself), and the place named nearest the trigger (else the
 * actors' country, flagged as such). Built once; safe to share between threads.
 */
final class EventCircumstances {

    private final EventDates dates;
    private final EventPlaces places;

    EventCircumstances(EventDates dates, EventPlaces places) {
        this.dates = dates;
        this.places = places;
    }

    /** The article's events with their dates and places. */
    List<Event> of(AnalyzedArticle analyzed, List<Event> events) {
        String text = analyzed.article().text();
        LocalDate published = analyzed.article().published() == null ? null : analyzed.article().published().date();
        List<Event> placed = new ArrayList<>(events.size());
        // Events come in text order: a sentence's date expressions are found once for all its events.
        Sentence scanned = null;
        List<DateExpression> expressions = List.of();
        for (Event event : events) {
            Sentence sentence = sentenceOf(analyzed.sentences(), event);
            if (sentence == null) {
                placed.add(event);
                continue;
            }
            if (sentence != scanned) {
                scanned = sentence;
                expressions = dates.find(text, sentence, published);
            }
            placed.add(event.withDateAndPlace(
                    dates.nearest(expressions, event.trigger(), published),
                    places.resolve(text, sentence, mentionsIn(analyzed.mentions(), sentence), event.trigger(),
                            event.source(), event.target())));
        }
        return placed;
    }

    /**
     * The mentions that start in the sentence, found by binary search in the article's mentions (in order of their
     * starts): a page of thousands of events must not read every mention for each.
     */
    private static List<Mention> mentionsIn(List<Mention> mentions, Sentence sentence) {
        return mentions.subList(
                TextOrder.firstAtOrAfter(mentions.size(), m -> mentions.get(m).start(), sentence.span().start()),
                TextOrder.firstAtOrAfter(mentions.size(), m -> mentions.get(m).start(), sentence.span().end()));
    }

    /** The sentence that holds the event's trigger, or null. */
    private static Sentence sentenceOf(List<Sentence> sentences, Event event) {
        int at = event.trigger().start();
        int low = 0;
        int high = sentences.size() - 1;
        while (low <= high) {
            int mid = (low + high) >>> 1;
            Sentence s = sentences.get(mid);
            if (s.span().end() <= at) {
                low = mid + 1;
            } else if (s.span().start() > at) {
                high = mid - 1;
            } else {
                return s;
            }
        }
        return null;
    }
}
