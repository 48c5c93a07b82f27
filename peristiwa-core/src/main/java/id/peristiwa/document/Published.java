package id.peristiwa.document;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Objects;

/**
 * A publication date whose precision is what the page told us: a date, optionally a time of day, optionally
 * a UTC offset (WIB is +07:00). {@link #toIso()} writes exactly that much ISO-8601.
 */
public record Published(LocalDate date, LocalTime time, ZoneOffset offset) {
    public Published {
        Objects.requireNonNull(date, "date");
        if (time == null && offset != null) {
            offset = null; // an offset without a time of day says nothing
        }
    }

    public static Published of(OffsetDateTime moment) {
        return new Published(moment.toLocalDate(), moment.toLocalTime(), moment.getOffset());
    }

    public static Published of(LocalDateTime local) {
        return new Published(local.toLocalDate(), local.toLocalTime(), null);
    }

    public static Published of(LocalDate date) {
        return new Published(date, null, null);
    }

    /** ISO-8601: {@code 2021-08-12}, {@code 2021-08-12T10:15:00} or {@code 2021-08-12T10:15:00+07:00}. */
    public String toIso() {
        if (time == null) {
            return date.toString();
        }
        String local = LocalDateTime.of(date, time.withNano(0)).format(DateTimeFormatter.ISO_LOCAL_DATE_TIME);
        return offset == null ? local : local + (offset.equals(ZoneOffset.UTC) ? "+00:00" : offset.getId());
    }

    @Override
    public String toString() {
        return toIso();
    }
}
