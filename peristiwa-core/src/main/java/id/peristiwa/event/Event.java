package id.peristiwa.event;

import id.peristiwa.document.Span;
import id.peristiwa.entity.Actor;
import java.util.List;
import java.util.Objects;

/**
 * One coded event: who did what to whom, when, where and according to whom, with the evidence.
 *
 * @param type        the PLOVER type
 * @param mode        the PLOVER mode ("visit", "phone", ...), or null
 * @param context     the PLOVER context ("military", "diplomatic", ...), or null
 * @param cameo       the most specific CAMEO code that fits ("0312")
 * @param goldstein   the CAMEO code's Goldstein value, -10 to +10
 * @param source      the acting actors, at least one
 * @param target      the actors acted on; empty for types that need none (a missile test)
 * @param polarity    asserted or negated
 * @param modality    asserted, intended, demanded, hypothetical or historical
 * @param date        when
 * @param place       where, or null when neither text nor actors tell
 * @param sentence    the span of the sentence that states the event
 * @param trigger     the span of the words that fired the rule
 * @param attribution who says so
 * @param rule        the id of the dictionary entry that fired
 * @param confidence  0 to 1
 */
public record Event(PloverType type, String mode, String context, String cameo, double goldstein,
                    List<Actor> source, List<Actor> target, Polarity polarity, Modality modality, EventDate date,
                    EventPlace place, Span sentence, Span trigger, Attribution attribution, String rule,
                    double confidence) {
    public Event {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(cameo, "cameo");
        source = List.copyOf(source);
        target = List.copyOf(target);
        Objects.requireNonNull(polarity, "polarity");
        Objects.requireNonNull(modality, "modality");
        Objects.requireNonNull(sentence, "sentence");
        Objects.requireNonNull(trigger, "trigger");
        Objects.requireNonNull(rule, "rule");
    }

    /** The same event dated and placed anew. */
    public Event withDateAndPlace(EventDate newDate, EventPlace newPlace) {
        return new Event(type, mode, context, cameo, goldstein, source, target, polarity, modality, newDate, newPlace,
                sentence, trigger, attribution, rule, confidence);
    }

    /** The quad class of the event's type. */
    public int quadClass() {
        return type.quadClass();
    }
}
