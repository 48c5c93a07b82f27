package id.peristiwa.entity;

/** What a gazetteer entry names, which decides how the mention finder reads a match of it. */
enum EntryKind {
    /** A country: a bare country actor. */
    COUNTRY,
    /** A city or region; a capital marked as metonym may stand for its government. */
    PLACE,
    /** An organization with a fixed code: an international body, a ministry, an armed force, an outlet. */
    ORGANIZATION,
    /** A known person, coded by date. */
    PERSON,
    /** A word that gives a sector to the country after it ("militer", "Kemlu"). */
    BODY,
    /** A title before a person's name ("Presiden", "Menlu"). */
    ROLE
}
