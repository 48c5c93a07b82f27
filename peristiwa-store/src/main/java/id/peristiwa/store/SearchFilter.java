package id.peristiwa.store;

import java.time.LocalDate;

/**
 * Restricts an article search; every non-null part must hold, null parts restrict nothing.
 *
 * @param outlet    the outlet exactly as stored ("detik.com")
 * @param section   the section exactly as stored ("Internasional")
 * @param from      the first publication day, inclusive
 * @param to        the last publication day, inclusive
 * @param actor     an actor code the article's mentions or events carry ("PRK", "USAGOV")
 * @param eventType a PLOVER type among the article's events ("ASSAULT")
 */
public record SearchFilter(String outlet, String section, LocalDate from, LocalDate to, String actor,
                           String eventType) {

    /** No restriction. */
    public static final SearchFilter NONE = new SearchFilter(null, null, null, null, null, null);
}
