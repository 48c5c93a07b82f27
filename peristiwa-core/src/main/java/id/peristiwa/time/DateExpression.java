package id.peristiwa.time;

import id.peristiwa.document.Span;
import id.peristiwa.event.EventDate;
import java.util.Objects;

/**
 * A date expression in a sentence and the date it resolves to.
 *
 * @param span where the expression is, into the article's clean text ("Selasa (31/1)", "dua hari lalu")
 * @param date the date it means, {@link EventDate#fromText()} true
 */
public record DateExpression(Span span, EventDate date) {
    public DateExpression {
        Objects.requireNonNull(span, "span");
        Objects.requireNonNull(date, "date");
    }
}
