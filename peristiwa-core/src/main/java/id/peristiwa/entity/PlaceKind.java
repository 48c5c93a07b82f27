package id.peristiwa.entity;

/** What kind of place a gazetteer {@link Place} is: its group in {@code gazetteer/places.txt}, or a country. */
public enum PlaceKind {
    /** The capital of a country. */
    CAPITAL,
    /** Another city or town (the capitals of Indonesian provinces included). */
    CITY,
    /** A region, sea, strait, island group or territory. */
    REGION,
    /** A country. */
    COUNTRY
}
