package id.peristiwa.event;

/** How precisely an event's place is known. */
public enum PlacePrecision {
    /** A city or town named in the text. */
    CITY,
    /** A province, region, sea or other area named in the text. */
    REGION,
    /** A country named in the text as the place. */
    COUNTRY,
    /** No place in the text: the country of the event's actors, a fallback. */
    ACTOR_COUNTRY
}
