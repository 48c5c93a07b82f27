package id.peristiwa.entity;

import java.time.LocalDate;
import java.util.Objects;

/**
 * An actor code valid within a date range, PETRARCH style: a person is {@code RUSGOV} only while in office.
 *
 * @param code the CAMEO-style code
 * @param from the first day the code applies, or null when open towards the past
 * @param to   the first day it no longer applies (exclusive), or null when open towards the future
 */
record DatedCode(String code, LocalDate from, LocalDate to) {
    DatedCode {
        Objects.requireNonNull(code, "code");
    }

    /** A code that applies at every date. */
    static DatedCode always(String code) {
        return new DatedCode(code, null, null);
    }

    /** Whether the code carries no date range at all (the fallback when no dated range covers a date). */
    boolean undated() {
        return from == null && to == null;
    }

    /** Whether the code applies on {@code date}. */
    boolean covers(LocalDate date) {
        return (from == null || !date.isBefore(from)) && (to == null || date.isBefore(to));
    }
}
