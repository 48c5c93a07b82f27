package id.peristiwa.event;

import java.time.LocalDate;
import java.util.Objects;

/**
 * When an event happened, as precisely as the text says: for a month or a year, {@code value} is its first day.
 *
 * @param value       the date (first day of the month or year when less precise)
 * @param granularity how precise it is
 * @param fromText    true when a date expression in the text gave it; false when it is the publication date
 */
public record EventDate(LocalDate value, DateGranularity granularity, boolean fromText) {
    public EventDate {
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(granularity, "granularity");
    }
}
