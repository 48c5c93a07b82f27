package id.peristiwa.place;

import id.peristiwa.document.Span;
import id.peristiwa.document.TextOrder;
import id.peristiwa.entity.Actor;
import id.peristiwa.entity.Dictionaries;
import id.peristiwa.entity.Mention;
import id.peristiwa.entity.MentionKind;
import id.peristiwa.entity.Place;
import id.peristiwa.event.EventPlace;
import id.peristiwa.event.PlacePrecision;
import id.peristiwa.text.Sentence;
import id.peristiwa.text.Token;
import java.util.List;
import java.util.Objects;

/**
 * Places events: where the event a sentence states happened. That is the place or country named after a place
 * cue ("di Seoul", "ke Filipina", "di Semenanjung Korea", "di perairan Natuna"; the cues of
 * {@code gazetteer/cues.txt}) in the sentence, located by the gazetteer: the nearest one after the trigger in
 * its clause (no comma or semicolon between), where Indonesian puts the place of what the verb says ("rudal
 * itu jatuh di Laut Jepang"); else the nearest one to the trigger on either side. With no
 * such place, the country of the first source actor that has one (else of a target actor) stands in, located at
 * its capital and flagged {@link PlacePrecision#ACTOR_COUNTRY}.
 *
 * <p>Immutable and safe to share between threads; nothing here throws on any text.
 */
public final class EventPlaces {
    private final Dictionaries dictionaries;

    /** Places events with the given gazetteer (the one the mentions were found with). */
    public EventPlaces(Dictionaries dictionaries) {
        this.dictionaries = Objects.requireNonNull(dictionaries, "dictionaries");
    }

    /**
     * The place of an event.
     *
     * @param text     the article's clean text
     * @param sentence the sentence that states the event
     * @param mentions the article's mentions (or the sentence's); those outside the sentence are ignored
     * @param trigger  the event's trigger span, or null to take the first place in the sentence
     * @param source   the event's source actors
     * @param target   the event's target actors
     * @return the place, or null when the sentence names none and no actor has a country
     */
    public EventPlace resolve(String text, Sentence sentence, List<Mention> mentions, Span trigger,
            List<Actor> source, List<Actor> target) {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(sentence, "sentence");
        Mention nearest = null;
        Mention inClause = null;
        int nearestDistance = Integer.MAX_VALUE;
        for (Mention mention : mentions) {
            if (isPlaceNamed(sentence, mention)) {
                int distance = trigger == null ? 0 : Math.max(0,
                        Math.max(mention.start() - trigger.end(), trigger.start() - mention.end()));
                if (distance < nearestDistance) {
                    nearest = mention;
                    nearestDistance = distance;
                }
                if (trigger != null && mention.start() >= trigger.end()
                        && (inClause == null || mention.start() < inClause.start())
                        && sameClause(text, trigger.end(), mention.start())) {
                    inClause = mention;
                }
            }
        }
        if (inClause != null || nearest != null) {
            return named(inClause != null ? inClause : nearest);
        }
        EventPlace fallback = actorCountry(source);
        return fallback != null ? fallback : actorCountry(target);
    }

    /** Whether no comma or semicolon stands in {@code text} between two offsets. */
    private static boolean sameClause(String text, int from, int to) {
        for (int i = from; i < to && i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == ',' || c == ';') {
                return false;
            }
        }
        return true;
    }

    /** Whether the mention lies in the sentence, names a place or country, and follows a place cue. */
    private boolean isPlaceNamed(Sentence sentence, Mention mention) {
        if (mention.kind() != MentionKind.LOCATION && mention.kind() != MentionKind.COUNTRY
                || mention.start() < sentence.span().start() || mention.end() > sentence.span().end()
                || !mention.refersTo().isEmpty()) {
            return false; // a reference back ("kedua negara") names no place
        }
        List<Token> tokens = sentence.tokens();
        int i = TextOrder.firstAtOrAfter(tokens.size(), k -> tokens.get(k).start(), mention.start());
        return i < tokens.size() && tokens.get(i).start() == mention.start() && dictionaries.placeCueBefore(tokens, i);
    }

    /** The named place as the gazetteer locates it; a place it does not know keeps its name alone. */
    private EventPlace named(Mention mention) {
        Place place = dictionaries.place(mention.text()).orElse(null);
        if (place == null && mention.actor() != null) {
            place = dictionaries.country(mention.actor().country()).orElse(null);
        }
        if (place == null) {
            // Most places the gazetteer lacks are towns and districts the name tagger found.
            return new EventPlace(mention.text(), null, null, null, PlacePrecision.CITY);
        }
        PlacePrecision precision = switch (place.kind()) {
            case CAPITAL, CITY -> PlacePrecision.CITY;
            case REGION -> PlacePrecision.REGION;
            case COUNTRY -> PlacePrecision.COUNTRY;
        };
        return new EventPlace(place.name(), place.country(), place.lat(), place.lon(), precision);
    }

    private EventPlace actorCountry(List<Actor> actors) {
        if (actors == null) {
            return null;
        }
        for (Actor actor : actors) {
            Place country = actor == null ? null : dictionaries.country(actor.country()).orElse(null);
            if (country != null) {
                return new EventPlace(country.name(), country.country(), country.lat(), country.lon(),
                        PlacePrecision.ACTOR_COUNTRY);
            }
        }
        return null;
    }
}
