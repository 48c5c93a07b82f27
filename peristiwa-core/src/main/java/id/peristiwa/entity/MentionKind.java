package id.peristiwa.entity;

/** What a {@link Mention} names. */
public enum MentionKind {
    /** A person: "Lloyd Austin", "Sin Hong-chol", or a pronoun standing for one ("beliau"). */
    PERSON,
    /** An organization: a ministry, an armed force, an international body, a news agency, a company. */
    ORGANIZATION,
    /** A country, also as a capital used for its government ("Washington") or a group ("kedua negara"). */
    COUNTRY,
    /** A place that is not a country: a city, a region, a sea, a province. */
    LOCATION
}
